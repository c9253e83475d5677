import { carriesPort, hasSelector } from '../graph/service-backends';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { lacksTargetPortName } from './svc-targetport-named';
import { defineCheck } from './types';

export const epsPortSubset = defineCheck({
  id: 'EPS-PORT-SUBSET',
  hop: 'endpoints',
  title: 'Endpoints lack a Service port',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends) return [];
    const { service } = backends;
    const slices = backends.slices.filter((s) => (s.endpoints ?? []).length > 0);
    const { namespace = '', name } = service.metadata;
    return (service.spec.ports ?? []).flatMap((port) => {
      const lacking = slices.filter((s) => !carriesPort(s, port));
      if (lacking.length === 0) return [];
      const count = lacking.reduce((n, s) => n + s.endpoints!.length, 0);
      const label = `"${port.name || '(unnamed)'}" (${port.port})`;
      const none = lacking.length === slices.length;
      return [
        {
          severity: none ? ('critical' as const) : ('warning' as const),
          message: none
            ? `No endpoint of Service ${namespace}/${name} serves port ${label}: its ${count} endpoint${count > 1 ? 's are' : ' is'} listed without it, so requests to that port get 503 through an ingress and connection refused in the cluster (see ${hasSelector(service) ? 'SVC-TARGETPORT-NAMED' : 'SVC-MANUAL-SLICE-PORT'}).`
            : `${count} endpoint${count > 1 ? 's' : ''} of Service ${namespace}/${name} lack${count > 1 ? '' : 's'} the port ${label}: only a subset of the pods serves it (the footprint of a named targetPort that some pods do not declare, often mid-rollout).`,
          evidence: evidence({ fields: lacking.slice(0, 3).map((s) => field(s, 'ports', (s.ports ?? []).map((p) => p.name || '(unnamed)').join(', ') || '(none)')), kubectl: [kubectlSlicesOf(namespace, name)] }),
          because: backends.selected.some((pod) => lacksTargetPortName(pod, port)) ? [{ id: 'SVC-TARGETPORT-NAMED', hop: node.service }] : [],
        },
      ];
    });
  },
});
