'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { COLUMN_GAP } from '../../lib/layout/columns';

export type HopEdgeData = {
  /** Shown at the edge's arrival, in the gutter before its target card: never over a card. */
  text?: string;
  /** The second edge into one target puts its label below the line, not on top of the first. */
  below: boolean;
  opacity: number;
};
export type HopFlowEdge = Edge<HopEdgeData, 'hop'>;

/** The label's width: the gutter between two columns, less a margin on each side. */
const LABEL_WIDTH = COLUMN_GAP.gapX - 16;

function HopEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, style, markerEnd, data }: EdgeProps<HopFlowEdge>) {
  const [path] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  return (
    <>
      <BaseEdge id={id} path={path} style={style} markerEnd={markerEnd} />
      {data?.text && (
        <EdgeLabelRenderer>
          <div
            data-testid={`edge-label-${id}`}
            title={data.text}
            className="nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 text-right font-mono text-[10px] leading-tight break-words text-zinc-700 dark:bg-zinc-950/90 dark:text-zinc-300"
            style={{
              width: LABEL_WIDTH,
              opacity: data.opacity,
              transform: `translate(${targetX - LABEL_WIDTH - 8}px, ${targetY + (data.below ? 3 : -3)}px) translateY(${data.below ? '0' : '-100%'})`,
            }}
          >
            {data.text}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const HopEdge = memo(HopEdgeView);
