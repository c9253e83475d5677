import type { Protocol } from '../../k8s/types';

export function protocol(value: unknown): Protocol | undefined {
  return value === 'TCP' || value === 'UDP' || value === 'SCTP' ? value : undefined;
}
