import { symptomOfFinding } from '../../lib/checks/symptoms';
import type { CauseGroup } from '../../lib/graph/because';
import { hopTitle } from '../../lib/graph/hop-kinds';
import type { Finding } from '../../lib/graph/types';
import { HealthIcon } from '../health';
import { CopyButton } from './copy-button';

function objectName(ref: { kind: string; namespace?: string; name: string }): string {
  return `${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

/** Hops named in a "because" line: a few, each a link; the panel's own hop is "here". */
const HOPS_SHOWN = 3;

function CauseHops({ hops, here, onSelect }: { hops: string[]; here: string; onSelect: (id: string) => void }) {
  return (
    <>
      {hops.slice(0, HOPS_SHOWN).map((hop, i) => (
        <span key={hop}>
          {i > 0 && ', '}
          {hop === here ? (
            'here'
          ) : (
            <button type="button" onClick={() => onSelect(hop)} className="underline decoration-dotted">
              {hopTitle(hop)}
            </button>
          )}
        </span>
      ))}
      {hops.length > HOPS_SHOWN && ` and ${hops.length - HOPS_SHOWN} more`}
    </>
  );
}

export function FindingCard({ finding, causes, here, onSelect }: { finding: Finding; causes: CauseGroup[][]; here: string; onSelect: (id: string) => void }) {
  const symptom = symptomOfFinding(finding);
  return (
    <article data-testid={`finding-${finding.id}`} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <header className="flex items-center gap-2">
        <HealthIcon health={finding.severity} size={15} />
        <span className="font-mono text-[11px] font-semibold tracking-tight">{finding.id}</span>
        <span className="text-[11px] text-zinc-500 capitalize dark:text-zinc-400">{finding.severity}</span>
        {symptom && (
          <span data-testid="finding-symptom" className="ml-auto rounded bg-zinc-100 px-1.5 text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
            {symptom.label}
          </span>
        )}
      </header>
      <p className="mt-1.5 text-[13px] leading-snug" data-testid="finding-message">
        {finding.message}
      </p>
      {causes.map((step, i) => (
        <p key={i} data-testid="finding-because" className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
          {i === 0 ? 'Because ' : '… because '}
          {step.map((group, j) => (
            <span key={group.id}>
              {j > 0 && '; '}
              <span className="font-mono">{group.id}</span> on <CauseHops hops={group.hops} here={here} onSelect={onSelect} />
            </span>
          ))}
        </p>
      ))}
      {finding.evidence.fields.length > 0 && (
        <dl className="mt-2 space-y-1 rounded bg-zinc-50 p-2 font-mono text-[11px] dark:bg-zinc-900">
          {finding.evidence.fields.map((f, i) => (
            <div key={i} className="break-words">
              <dt className="inline text-zinc-500 dark:text-zinc-400">
                {objectName(f.object)} <span className="text-zinc-700 dark:text-zinc-300">{f.path}</span> ={' '}
              </dt>
              <dd className="inline">{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {finding.evidence.kubectl.map((cmd) => (
        <div key={cmd} className="mt-1.5 flex items-start gap-2">
          <code className="min-w-0 flex-1 font-mono text-[11px] break-all text-zinc-700 dark:text-zinc-300">$ {cmd}</code>
          <CopyButton text={cmd} />
        </div>
      ))}
    </article>
  );
}
