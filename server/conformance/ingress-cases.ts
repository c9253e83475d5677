import { routeIngress } from '../../lib/routing/ingress';
import { stateFromObjects } from '../../lib/state/cluster-state';
import type { IngressCase } from './corpus';
import type { CaseResult } from './result';

export function runIngressCase(data: IngressCase): CaseResult[] {
  const ingresses = stateFromObjects(data.objects).list('Ingress');
  return data.requests.map((request, index) => {
    const decision = routeIngress(ingresses, { host: request.host, path: request.path });
    const service = decision.match?.backend.service;
    const got = service ? { service: service.name, port: service.port?.number ?? service.port?.name } : null;
    const expected = request.expect ? { service: request.expect.service, port: request.expect.port } : null;
    return {
      index,
      what: `${request.host || '(no host)'}${request.path}`,
      pass: JSON.stringify(got) === JSON.stringify(expected),
      expected: JSON.stringify(expected),
      got: `${JSON.stringify(got)} (${decision.why.join(' ')})`,
      comment: request.comment,
    };
  });
}
