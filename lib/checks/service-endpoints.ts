import type { EndpointsNode } from '../graph/types';
import type { CheckContext } from './types';

/** The EndpointSlices hop of a Service hop, when it has one. */
export function endpointsOf(ctx: CheckContext, serviceNodeId: string): EndpointsNode | undefined {
  const edge = ctx.outgoing(serviceNodeId).find((e) => e.kind === 'service-endpoints');
  const node = edge && ctx.node(edge.target);
  return node?.kind === 'endpoints' ? node : undefined;
}
