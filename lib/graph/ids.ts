import type { HopKind } from './types';

export const CLIENT_ID = 'client';

export function nodeId(kind: Exclude<HopKind, 'client'>, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

export function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}
