import { HOP_KINDS, hopTitle } from '../../lib/graph/hop-kinds';
import { CLIENT_ID } from '../../lib/graph/ids';
import type { TraceResult } from '../../lib/trace/trace';

const name = (id: string) => id.split('/').slice(1).join('/');

/** A traced request as text: the path it takes, why, and what the client sees. */
export function formatTrace(trace: TraceResult): string {
  const { request, outcome } = trace;
  const lines = [`${request.method} ${request.url}`];
  if (trace.route) lines.push(`  via ${trace.via === 'ingress' ? 'Ingress' : 'HTTPRoute'} ${name(trace.route.node)}, ${trace.route.rule}`);
  for (const why of trace.why) lines.push(`    ${why}`);
  if (trace.service) lines.push(`  Service ${name(trace.service.node)} port ${trace.service.port}`);
  if (trace.pods.length) lines.push(`  pods: ${trace.pods.map(name).join(', ')}`);
  if (trace.policy) lines.push(`  NetworkPolicy: ${trace.policy.verdict} (${trace.policy.policies.join(', ')}): ${trace.policy.reason}`);
  lines.push(`=> ${outcome.status}: ${outcome.summary}`);
  if (outcome.findings.length) lines.push(`   explained by: ${outcome.findings.join(', ')}`);
  if (trace.stoppedAt) lines.push(`   stops at ${trace.stoppedAt === CLIENT_ID ? HOP_KINDS.client.label : hopTitle(trace.stoppedAt)}`);
  for (const w of outcome.warnings) lines.push(`   ! ${w.id} on ${hopTitle(w.hop)}: ${w.message}`);
  return lines.join('\n');
}
