import { KUBE_PROXY, kubeProxyMode } from '../k8s/cluster-services';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

const EFFECT: Record<string, string> = {
  iptables: 'a Service with no endpoints REJECTs (connection refused); traffic policy Local without a local endpoint DROPs (timeout)',
  ipvs: 'ClusterIPs are bound to kube-ipvs0, so a Service without real servers is usually refused',
  nftables: 'a Service with no endpoints is rejected (connection refused); traffic policy Local without a local endpoint drops (timeout)',
};

export const kpMode = defineCheck({
  id: 'KP-MODE',
  hop: 'client',
  title: 'kube-proxy mode',
  run(_node, ctx) {
    const configMap = ctx.state.get('ConfigMap', KUBE_PROXY.namespace, KUBE_PROXY.configMap);
    const mode = kubeProxyMode(configMap?.data?.['config.conf']);
    if (!configMap || !mode) return [];
    return [
      {
        severity: 'info',
        message: `kube-proxy runs in ${mode} mode${EFFECT[mode] ? `: ${EFFECT[mode]}` : ''}.`,
        evidence: evidence({ fields: [field(configMap, 'data["config.conf"].mode', mode)], kubectl: [`kubectl get configmap ${KUBE_PROXY.configMap} -n ${KUBE_PROXY.namespace} -o jsonpath='{.data.config\\.conf}'`] }),
      },
    ];
  },
});
