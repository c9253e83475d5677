import { CLUSTER_DNS } from '../k8s/cluster-services';
import { kubectlPodsWithLabels } from '../k8s/kubectl';
import { describeState, isPodReady } from '../k8s/pods';
import { evidence, field } from './evidence';
import { notReadyPods } from './pod-not-ready';
import { endpointsOf } from './service-endpoints';
import { defineCheck } from './types';

export const dnsClusterDnsDown = defineCheck({
  id: 'DNS-CLUSTER-DNS-DOWN',
  hop: 'service',
  title: 'Cluster DNS is down',
  run(node, ctx) {
    if (node.ref?.namespace !== CLUSTER_DNS.namespace || node.ref.name !== CLUSTER_DNS.service || node.missing) return [];
    const endpoints = endpointsOf(ctx, node.id);
    const pods = ctx.state.select('Pod', CLUSTER_DNS.namespace, CLUSTER_DNS.podLabels);
    const down = pods.filter((p) => !isPodReady(p));
    const none = (endpoints?.counts.ready ?? 0) === 0;
    if (!none && down.length === 0) return [];
    // The down pods that the Service selects are hops, with POD-NOT-READY on those that run.
    const selected = new Set(ctx.backends(node.id)?.selected);
    return [
      {
        // The catalog says critical for any DNS pod down; with some replicas answering, lookups still work.
        severity: none ? 'critical' : 'warning',
        message: none
          ? `The cluster DNS (${CLUSTER_DNS.namespace}/${CLUSTER_DNS.service}) has no ready endpoint: every in-cluster name lookup fails (timeout / NXDOMAIN), so calls between services fail with 502/504.`
          : `${down.length} of ${pods.length} cluster DNS pods are not ready (${down.map((p) => `${p.metadata.name}: ${describeState(p.status.containerStatuses?.[0])}`).join(', ')}): lookups sent to them time out and are retried.`,
        evidence: evidence({ fields: down.slice(0, 3).map((p) => field(p, 'status.containerStatuses[0].state', describeState(p.status.containerStatuses?.[0]))), kubectl: [kubectlPodsWithLabels(CLUSTER_DNS.namespace, CLUSTER_DNS.podLabels)] }),
        because: notReadyPods(ctx, down.filter((pod) => selected.has(pod))),
      },
    ];
  },
});
