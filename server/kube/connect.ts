import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token';

export interface ConnectOptions {
  /** Like kubectl's --kubeconfig: one file, or a list separated by the path delimiter. */
  kubeconfig?: string;
  /** Like kubectl's --context. */
  context?: string;
  env?: Record<string, string | undefined>;
  home?: string;
  /** Where the service account's files are mounted, as a path prefix (tests; '' in a pod). */
  serviceAccountRoot?: string;
}

/**
 * Finds a cluster the way kubectl does: --kubeconfig, else KUBECONFIG, else ~/.kube/config, else the
 * in-cluster service account. Null when nothing is configured (Hopscope then shows the demo).
 */
export function connect(options: ConnectOptions = {}): KubeConfig | null {
  const env = options.env ?? process.env;
  const config = new KubeConfig();
  const files = (options.kubeconfig ?? env.KUBECONFIG ?? '').split(delimiter).filter((f) => f && existsSync(f));
  const home = join(options.home ?? homedir(), '.kube', 'config');
  if (files.length === 0 && existsSync(home)) files.push(home);
  if (files.length > 0) {
    config.loadFromFile(files[0]!);
    // As kubectl merges KUBECONFIG: the first file that sets current-context wins.
    const current = config.getCurrentContext();
    for (const extra of files.slice(1)) {
      const more = new KubeConfig();
      more.loadFromFile(extra);
      config.mergeConfig(more);
    }
    if (current) config.setCurrentContext(current);
  } else if (env.KUBERNETES_SERVICE_HOST && existsSync(`${options.serviceAccountRoot ?? ''}${SERVICE_ACCOUNT_TOKEN}`)) {
    // client-node reads KUBERNETES_SERVICE_HOST and _PORT from process.env itself.
    config.loadFromCluster(options.serviceAccountRoot ?? '');
  } else {
    return null;
  }
  if (options.context) {
    if (!config.getContextObject(options.context)) throw new Error(`no context "${options.context}" in the kubeconfig (it has ${config.getContexts().map((c) => c.name).join(', ') || 'none'})`);
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster()) throw new Error('the kubeconfig has no current context with a cluster; pass --context');
  return config;
}
