'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { cardBadges } from '../../lib/graph/explain';
import type { GraphNode } from '../../lib/graph/types';
import { HealthIcon, HealthStripe, TRACE_COLOR } from '../health';
import { kindLabel, nodeFacts, nodeTitle } from './node-facts';
import { NODE_HEIGHT, NODE_WIDTH } from './use-layout';

/** `stopped`: the traced request goes no further than this hop. */
export type HopNodeData = { hop: GraphNode; dimmed: boolean; selected: boolean; stopped: boolean };
export type HopFlowNode = Node<HopNodeData, 'hop'>;

function HopNodeView({ data }: NodeProps<HopFlowNode>) {
  const { hop, dimmed, selected, stopped } = data;
  const missing = hop.kind === 'service' && hop.missing;
  const badges = cardBadges(hop);
  return (
    <div
      data-testid={`hop-${hop.id}`}
      data-health={hop.health}
      data-dimmed={dimmed}
      className={`relative flex overflow-hidden rounded-md border bg-white text-left shadow-sm transition-opacity dark:bg-zinc-900 ${missing ? 'border-dashed' : ''} ${
        selected ? 'border-zinc-900 ring-2 ring-zinc-900/20 dark:border-zinc-100 dark:ring-zinc-100/20' : 'border-zinc-300 dark:border-zinc-700'
      }`}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, opacity: dimmed ? 0.28 : 1, outline: stopped ? `3px solid ${TRACE_COLOR}` : undefined }}
    >
      <HealthStripe health={hop.health} />
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-2.5">
        <div className="flex items-center gap-1.5 text-[10px] font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          {kindLabel(hop)}
          {hop.ref?.namespace && <span className="truncate font-normal normal-case text-zinc-500 dark:text-zinc-400">{hop.ref.namespace}</span>}
          {stopped && (
            <span data-testid="trace-stop" className="ml-auto shrink-0 rounded px-1 text-white normal-case" style={{ background: TRACE_COLOR }}>
              trace stops here
            </span>
          )}
        </div>
        <div className={`truncate text-[13px] font-semibold ${missing ? 'text-zinc-500 line-through decoration-1 dark:text-zinc-400' : ''}`} title={nodeTitle(hop)}>
          {nodeTitle(hop)}
        </div>
        <div className="truncate text-[11px] text-zinc-600 dark:text-zinc-400" title={nodeFacts(hop)}>
          {nodeFacts(hop)}
        </div>
      </div>
      <div className="flex flex-col items-end justify-center gap-1 pr-2">
        {badges.length === 0 ? (
          <HealthIcon health={hop.health} size={14} />
        ) : (
          badges.map((b) => (
            <span key={`${b.health}-${b.text}`} title={b.title} className="flex items-center gap-0.5 text-[11px] font-semibold tabular-nums">
              <HealthIcon health={b.health} size={14} />
              {b.text}
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
