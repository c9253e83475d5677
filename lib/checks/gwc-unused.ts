import type { GatewayApiObject } from '../k8s/types';
import { str } from '../state/read';
import { evidence } from './evidence';
import { defineCheck } from './types';

/** A class no Gateway uses is on no request path: it is listed on the Client hop. */
export const gwcUnused = defineCheck({
  id: 'GWC-UNUSED',
  hop: 'client',
  title: 'GatewayClass no Gateway uses',
  run(_node, ctx) {
    const used = new Set((ctx.state.list('Gateway') as GatewayApiObject[]).map((g) => str(g.spec.gatewayClassName)));
    const unused = (ctx.state.list('GatewayClass') as GatewayApiObject[]).map((c) => c.metadata.name).filter((name) => !used.has(name));
    if (unused.length === 0) return [];
    return [{ severity: 'info', message: `GatewayClass ${unused.join(', ')} ${unused.length > 1 ? 'are' : 'is'} used by no Gateway.`, evidence: evidence({ kubectl: ['kubectl get gatewayclass,gateway -A'] }) }];
  },
});
