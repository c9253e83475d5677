import { kubectlGet } from '../k8s/kubectl';
import { isPodReady, isTerminating } from '../k8s/pods';
import { evidence, field } from './evidence';
import { isRouted } from './routed';
import { defineCheck } from './types';

export const epsPublishNotReady = defineCheck({
  id: 'EPS-PUBLISH-NOT-READY',
  hop: 'endpoints',
  title: 'Service publishes not-ready addresses',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    const service = backends?.service;
    if (!service?.spec.publishNotReadyAddresses) return [];
    const headless = service.spec.clusterIP === 'None';
    if (headless && !isRouted(ctx, node.service)) return [];
    const bad = backends!.selected.filter((p) => !isPodReady(p) || isTerminating(p));
    const { namespace, name } = service.metadata;
    return [
      {
        severity: bad.length ? 'critical' : 'warning',
        message: `Service ${namespace}/${name} sets publishNotReadyAddresses, so every endpoint counts as ready, even failing or terminating pods${bad.length ? ` (now: ${bad.map((p) => p.metadata.name).slice(0, 3).join(', ')})` : ''}: requests reach pods that cannot answer (502 / connection refused). It is meant for headless peer discovery.`,
        evidence: evidence({ fields: [field(service, 'spec.publishNotReadyAddresses', true)], kubectl: [kubectlGet('Service', namespace, name, '{.spec.publishNotReadyAddresses}')] }),
      },
    ];
  },
});
