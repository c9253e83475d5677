import { KUBE_PROXY } from '../k8s/cluster-services';
import { kubectlPodsWithLabels } from '../k8s/kubectl';
import { isPodReady } from '../k8s/pods';
import { evidence } from './evidence';
import { defineCheck } from './types';

export const kpNotRunning = defineCheck({
  id: 'KP-NOT-RUNNING',
  hop: 'client',
  title: 'kube-proxy not ready on some nodes',
  liveState: true,
  run(_node, ctx) {
    const proxies = ctx.state.select('Pod', KUBE_PROXY.namespace, KUBE_PROXY.podLabels);
    // No kube-proxy pods at all: a CNI replaces it (or it runs outside the cluster); nothing to say.
    if (proxies.length === 0) return [];
    const healthy = new Set(proxies.filter(isPodReady).map((p) => p.spec.nodeName));
    const nodes = [...ctx.state.podNodes()].filter(([, pods]) => pods.running > 0).map(([name]) => name);
    const missing = nodes.filter((n) => !healthy.has(n)).sort();
    if (missing.length === 0) return [];
    return [
      {
        severity: 'critical',
        message: `kube-proxy is not ready on ${missing.length} node${missing.length > 1 ? 's' : ''} that run pods (${missing.slice(0, 5).join(', ')}): Service rules there are stale or missing, so ClusterIP calls from those nodes time out.`,
        evidence: evidence({ kubectl: [`${kubectlPodsWithLabels(KUBE_PROXY.namespace, KUBE_PROXY.podLabels)} -o wide`] }),
      },
    ];
  },
});
