'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphNode, Severity } from '../../lib/graph/types';
import { HEALTH_COLOR, HealthIcon } from '../health';
import { kindLabel, nodeFacts, nodeTitle } from './node-facts';
import { NODE_HEIGHT, NODE_WIDTH } from './use-layout';

export type HopNodeData = { hop: GraphNode; dimmed: boolean; selected: boolean };
export type HopFlowNode = Node<HopNodeData, 'hop'>;

function counts(hop: GraphNode): [Severity, number][] {
  const out: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of hop.findings) out[f.severity]++;
  return (['critical', 'warning', 'info'] as const).filter((s) => out[s] > 0).map((s) => [s, out[s]]);
}

function HopNodeView({ data }: NodeProps<HopFlowNode>) {
  const { hop, dimmed, selected } = data;
  const missing = hop.kind === 'service' && hop.missing;
  return (
    <div
      data-testid={`hop-${hop.id}`}
      data-health={hop.health}
      data-dimmed={dimmed}
      className={`relative flex overflow-hidden rounded-md border bg-white text-left shadow-sm transition-opacity dark:bg-zinc-900 ${missing ? 'border-dashed' : ''} ${
        selected ? 'border-zinc-900 ring-2 ring-zinc-900/20 dark:border-zinc-100 dark:ring-zinc-100/20' : 'border-zinc-300 dark:border-zinc-700'
      }`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, opacity: dimmed ? 0.28 : 1 }}
    >
      <div className="w-1.5 shrink-0" style={{ background: HEALTH_COLOR[hop.health] }} />
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-2.5">
        <div className="flex items-center gap-1.5 text-[10px] font-medium tracking-wide text-zinc-500 uppercase">
          {kindLabel(hop)}
          {hop.ref?.namespace && <span className="truncate font-normal normal-case text-zinc-400">{hop.ref.namespace}</span>}
        </div>
        <div className={`truncate text-[13px] font-semibold ${missing ? 'text-zinc-500 line-through decoration-1' : ''}`} title={nodeTitle(hop)}>
          {nodeTitle(hop)}
        </div>
        <div className="truncate text-[11px] text-zinc-600 dark:text-zinc-400" title={nodeFacts(hop)}>
          {nodeFacts(hop)}
        </div>
      </div>
      <div className="flex flex-col items-end justify-center gap-1 pr-2">
        {hop.findings.length === 0 ? (
          <HealthIcon health={hop.health} size={14} />
        ) : (
          counts(hop).map(([severity, n]) => (
            <span key={severity} className="flex items-center gap-0.5 text-[11px] font-semibold tabular-nums">
              <HealthIcon health={severity} size={14} />
              {n}
            </span>
          ))
        )}
      </div>
      <Handle type="target" position={Position.Left} isConnectable={false} className="!h-1.5 !w-1.5 !min-w-0 !border-0 !bg-zinc-400" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="!h-1.5 !w-1.5 !min-w-0 !border-0 !bg-zinc-400" />
    </div>
  );
}

export const HopNode = memo(HopNodeView);
