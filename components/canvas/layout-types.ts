/** Views with more cards than this skip ELK: it gets slow (and never finishes at a few thousand); the column layout stays. */
export const ELK_LIMIT = 250;

export interface LayoutRequest {
  key: string;
  nodes: { id: string; width: number; height: number; column: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface LayoutResult {
  key: string;
  positions: Record<string, { x: number; y: number }>;
  /** Which layout the positions come from: ELK, or the column layout (above ELK_LIMIT, or when ELK failed). */
  engine?: 'elk' | 'columns';
  error?: string;
}
