export interface LayoutRequest {
  key: string;
  nodes: { id: string; width: number; height: number; column: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface LayoutResult {
  key: string;
  positions: Record<string, { x: number; y: number }>;
  error?: string;
}
