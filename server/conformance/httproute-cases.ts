import type { GatewayApiObject } from '../../lib/k8s/types';
import { routeHTTP } from '../../lib/routing/httproute';
import { stateFromObjects } from '../../lib/state/cluster-state';
import type { HTTPRouteCase } from './corpus';
import type { CaseResult } from './result';

export function runHTTPRouteCase(data: HTTPRouteCase): CaseResult[] {
  const state = stateFromObjects(data.objects);
  const world = {
    gateways: state.list('Gateway') as GatewayApiObject[],
    routes: state.list('HTTPRoute'),
    referenceGrants: state.list('ReferenceGrant') as GatewayApiObject[],
    namespaceLabels: (ns: string) => state.get('Namespace', undefined, ns)?.metadata.labels,
  };
  return data.requests.map((request, index) => {
    const decision = routeHTTP(world, request, request.gateway);
    const served = decision.match?.backends.filter((b) => b.weight > 0 && !b.invalid) ?? [];
    const got = served.length === 1 ? { service: served[0]!.name, namespace: served[0]!.namespace, port: served[0]!.port } : served.length ? served : null;
    return {
      index,
      what: `${request.method} ${request.host ?? '(no host)'}${request.path}${request.query ? `?${request.query}` : ''}${request.headers ? ` ${JSON.stringify(request.headers)}` : ''}`,
      pass: JSON.stringify(got) === JSON.stringify(request.expect),
      expected: JSON.stringify(request.expect),
      got: `${JSON.stringify(got)} (${decision.why.join(' ')})`,
      comment: request.comment,
    };
  });
}
