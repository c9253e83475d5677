'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { countOf } from '../../lib/graph/hop-kinds';
import type { GroupNode, HopKind } from '../../lib/graph/types';
import { isQuiet } from '../../lib/view/hop-index';
import { HealthIcon, HealthStripe } from '../health';
import { NODE_HEIGHT, NODE_WIDTH } from './use-layout';

export type GroupFlowNode = Node<{ group: GroupNode; dimmed: boolean; onOpen: (group: GroupNode) => void }, 'folded'>;

const fmt = (n: number) => n.toLocaleString('en-US');
const hopsOf = (group: GroupNode, kind: HopKind) => group.hops[kind] ?? 0;

/** The findings the folded hops share, most common first: what the card says instead of hiding it. */
function shared(group: GroupNode): string {
  const entries = Object.entries(group.findings) as [string, number][];
  return entries
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id, n]) => `${id}${n > 1 ? ` ×${fmt(n)}` : ''}`)
    .join(', ');
}

function describe(group: GroupNode): { label: string; title: string; facts: string; action: string } {
  const routes = hopsOf(group, 'ingress') + hopsOf(group, 'httproute');
  const notes = shared(group);
  switch (group.folds) {
    case 'pods': {
      const n = hopsOf(group, 'pod');
      const total = group.pods?.total ?? n;
      const ready = group.pods?.ready ?? n;
      const title = isQuiet(group.health) ? `${fmt(n)} healthy pods` : `${fmt(n)} pods alike`;
      const facts = notes || `${fmt(total)} pods: ${fmt(ready)} ready${total > ready ? `, ${fmt(total - ready)} not ready` : ''}`;
      return { label: 'Pods', title, facts, action: 'Show all' };
    }
    case 'services':
      return { label: 'Services', title: countOf('service', hopsOf(group, 'service')), facts: notes || `${countOf('pod', hopsOf(group, 'pod'))} behind them`, action: 'Show' };
    case 'namespace': {
      const size = `${routes ? `${fmt(routes)} routes · ` : ''}${countOf('service', hopsOf(group, 'service'))} · ${countOf('pod', hopsOf(group, 'pod'))}`;
      const troubled = (group.healths.critical ?? 0) + (group.healths.warning ?? 0);
      const facts = troubled ? `${fmt(troubled)} hops with problems${notes ? `: ${notes}` : ''}` : group.hosts.length ? group.hosts.join(', ') : size;
      if (group.namespace !== null) return { label: 'Namespace', title: group.namespace, facts, action: 'Open' };
      const n = fmt(group.namespaces ?? 0);
      return { label: 'Namespaces', title: isQuiet(group.health) ? `${n} healthy namespaces` : `${n} more namespaces`, facts: troubled ? facts : size, action: 'Show' };
    }
  }
}

function GroupCardView({ data }: NodeProps<GroupFlowNode>) {
  const { group, dimmed, onOpen } = data;
  const { label, title, facts, action } = describe(group);
  return (
    <div
      data-testid={`hop-${group.id}`}
      data-health={group.health}
      className="relative flex overflow-hidden rounded-md border border-zinc-300 bg-white shadow-[3px_3px_0_-1px_rgba(0,0,0,0.08)] dark:border-zinc-700 dark:bg-zinc-900"
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, opacity: dimmed ? 0.28 : 1 }}
    >
      <HealthStripe health={group.health} />
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-2.5">
        <div className="text-[10px] font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{label}</div>
        <div className="truncate text-[13px] font-semibold" title={title}>
          {title}
        </div>
        <div className="truncate text-[11px] text-zinc-600 dark:text-zinc-400" title={facts}>
          {facts}
        </div>
      </div>
      <div className="flex flex-col items-end justify-center gap-1 pr-2">
        <HealthIcon health={group.health} size={14} />
        <button type="button" onClick={() => onOpen(group)} className="nodrag rounded border border-zinc-300 px-1 text-[10px] hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
          {action}
        </button>
      </div>
      <Handle type="target" position={Position.Left} isConnectable={false} className="!h-1.5 !w-1.5 !min-w-0 !border-0 !bg-zinc-400" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="!h-1.5 !w-1.5 !min-w-0 !border-0 !bg-zinc-400" />
    </div>
  );
}

export const GroupCard = memo(GroupCardView);
