// Where well-known cluster components live (the kubeadm / most distributions' defaults).

export const CLUSTER_DNS = { namespace: 'kube-system', service: 'kube-dns', podLabels: { 'k8s-app': 'kube-dns' } } as const;
export const KUBE_PROXY = { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-proxy' }, configMap: 'kube-proxy' } as const;

/** kube-proxy's mode from its ConfigMap's `config.conf` (`mode:`; empty means iptables on Linux), or null without it. */
export function kubeProxyMode(configConf: string | undefined): string | null {
  if (configConf === undefined) return null;
  const mode = /^mode:\s*"?([a-z]*)"?\s*$/m.exec(configConf)?.[1];
  return mode || 'iptables';
}
