'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PodGroup } from '../../lib/graph/collapse-pods';
import { HEALTH_COLOR, HealthIcon } from '../health';
import { NODE_HEIGHT, NODE_WIDTH } from './use-layout';

export type PodGroupFlowNode = Node<{ group: PodGroup; dimmed: boolean; onExpand: () => void }, 'podgroup'>;

function PodGroupView({ data }: NodeProps<PodGroupFlowNode>) {
  const { group, dimmed, onExpand } = data;
  const notReady = group.total - group.ready;
  return (
    <div
      data-testid={`hop-${group.id}`}
      className="relative flex overflow-hidden rounded-md border border-zinc-300 bg-white shadow-[3px_3px_0_-1px_rgba(0,0,0,0.08)] dark:border-zinc-700 dark:bg-zinc-900"
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT, opacity: dimmed ? 0.28 : 1 }}
    >
      <div className="w-1.5 shrink-0" style={{ background: HEALTH_COLOR.ok }} />
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-2.5">
        <div className="text-[10px] font-medium tracking-wide text-zinc-500 uppercase">Pods</div>
        <div className="text-[13px] font-semibold">
          {group.pods.length} healthy pods
        </div>
        <div className="truncate text-[11px] text-zinc-600 dark:text-zinc-400">
          {group.total} pods: {group.ready} ready{notReady ? `, ${notReady} not ready (shown)` : ''}
        </div>
      </div>
      <div className="flex flex-col items-end justify-center gap-1 pr-2">
        <HealthIcon health="ok" size={14} />
        <button type="button" onClick={onExpand} className="nodrag rounded border border-zinc-300 px-1 text-[10px] hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
          Show all
        </button>
      </div>
      <Handle type="target" position={Position.Left} isConnectable={false} className="!h-1.5 !w-1.5 !min-w-0 !border-0 !bg-zinc-400" />
    </div>
  );
}

export const PodGroupNode = memo(PodGroupView);
