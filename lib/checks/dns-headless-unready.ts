import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { endpointsOf } from './service-endpoints';
import { defineCheck } from './types';

export const dnsHeadlessUnready = defineCheck({
  id: 'DNS-HEADLESS-UNREADY',
  hop: 'service',
  title: 'Headless Service publishes no address',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const endpoints = endpointsOf(ctx, node.id);
    if (!service || service.spec.clusterIP !== 'None' || service.spec.publishNotReadyAddresses || !endpoints) return [];
    const { ready, notReady } = endpoints.counts;
    if (ready > 0 || notReady === 0) return [];
    const { namespace = '', name } = service.metadata;
    return [
      {
        severity: 'critical',
        message: `Headless Service ${namespace}/${name} has ${notReady} endpoint${notReady > 1 ? 's' : ''}, none ready: DNS publishes only ready addresses, so ${name}.${namespace}.svc resolves to nothing (NXDOMAIN or an empty answer) for every client using its name.`,
        evidence: evidence({ fields: [field(service, 'spec.clusterIP', 'None')], kubectl: [kubectlSlicesOf(namespace, name)] }),
      },
    ];
  },
});
