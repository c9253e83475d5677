import { kubectlGet } from '../k8s/kubectl';
import type { Ingress } from '../k8s/types';
import { ingressClassName } from '../netpol/controllers';
import { evidence, field } from './evidence';
import { sameItems } from '../util/same-items';
import { defineCheck, type CheckContext } from './types';

const CANARY = 'nginx.ingress.kubernetes.io/canary';

interface HostPath {
  host: string;
  path: string;
  pathType: string;
  field: string;
}

function hostPathsOf(ingress: Ingress): HostPath[] {
  return (ingress.spec.rules ?? []).flatMap((rule, i) =>
    (rule.http?.paths ?? []).map((p, j) => ({ host: rule.host ?? '*', path: p.path ?? '/', pathType: p.pathType ?? 'ImplementationSpecific', field: `spec.rules[${i}].http.paths[${j}]` })),
  );
}

const entryOf = (className: string | null, p: HostPath) => JSON.stringify([className ?? '', p.host, p.path, p.pathType]);

/** Older first, then by namespace/name: the order ingress-nginx keeps duplicates in (the first wins). */
function older(a: Ingress, b: Ingress): number {
  return (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`);
}

/** Every class, host, path and path type of the cluster's Ingresses (canaries aside), oldest Ingress first: built once, not per Ingress. */
function hostPaths(ctx: CheckContext): Map<string, Ingress[]> {
  const table = new Map<string, Ingress[]>();
  for (const ingress of ctx.state.list('Ingress')) {
    if (ingress.metadata.annotations?.[CANARY] === 'true') continue;
    const className = ingressClassName(ctx.state, ingress);
    for (const hostPath of hostPathsOf(ingress)) {
      const entry = entryOf(className, hostPath);
      const list = table.get(entry);
      if (!list) table.set(entry, [ingress]);
      else if (!list.includes(ingress)) list.push(ingress);
    }
  }
  for (const list of table.values()) list.sort(older);
  return table;
}

export const ingDupHostPath = defineCheck({
  id: 'ING-DUP-HOSTPATH',
  hop: 'ingress',
  title: 'Another Ingress already serves this host and path',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress || ingress.metadata.annotations?.[CANARY] === 'true') return [];
    const className = ingressClassName(ctx.state, ingress);
    return hostPathsOf(ingress).flatMap((hostPath) => {
      const oldest = ctx.lookup('ingress-host-paths', () => hostPaths(ctx), entryOf(className, hostPath), sameItems)?.[0];
      const winner = oldest && oldest !== ingress && older(oldest, ingress) < 0 ? oldest : undefined;
      if (!winner) return [];
      const { host, path: rulePath, pathType, field: path } = hostPath;
      const key = `${host} ${rulePath} ${pathType}`;
      return [
        {
          severity: 'warning' as const,
          message: `Host ${host} path ${rulePath} (${pathType}) is also defined by the older Ingress ${winner.metadata.namespace}/${winner.metadata.name} of the same class: ingress-nginx keeps the oldest, so this rule gets no traffic (users see the other app's responses or 404s).`,
          evidence: evidence({ fields: [field(ingress, path, key), field(winner, 'metadata.creationTimestamp', winner.metadata.creationTimestamp)], kubectl: [kubectlGet('Ingress', winner.metadata.namespace, winner.metadata.name), 'kubectl get ingress -A'] }),
        },
      ];
    });
  },
});
