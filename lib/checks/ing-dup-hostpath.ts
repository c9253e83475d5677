import { kubectlGet } from '../k8s/kubectl';
import type { Ingress } from '../k8s/types';
import { ingressClassName } from '../netpol/controllers';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

const CANARY = 'nginx.ingress.kubernetes.io/canary';

function keys(ingress: Ingress): { key: string; field: string }[] {
  return (ingress.spec.rules ?? []).flatMap((rule, i) =>
    (rule.http?.paths ?? []).map((p, j) => ({ key: `${rule.host ?? '*'} ${p.path ?? '/'} ${p.pathType ?? 'ImplementationSpecific'}`, field: `spec.rules[${i}].http.paths[${j}]` })),
  );
}

/** Older first, then by namespace/name: the order ingress-nginx keeps duplicates in (the first wins). */
function older(a: Ingress, b: Ingress): number {
  return (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`);
}

export const ingDupHostPath = defineCheck({
  id: 'ING-DUP-HOSTPATH',
  hop: 'ingress',
  title: 'Another Ingress already serves this host and path',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress || ingress.metadata.annotations?.[CANARY] === 'true') return [];
    const className = ingressClassName(ctx.state, ingress);
    const rivals = ctx.state.list('Ingress').filter((other) => other !== ingress && other.metadata.annotations?.[CANARY] !== 'true' && ingressClassName(ctx.state, other) === className && older(other, ingress) < 0);
    return keys(ingress).flatMap(({ key, field: path }) => {
      const winner = rivals.find((r) => keys(r).some((k) => k.key === key));
      if (!winner) return [];
      const [host, rulePath, pathType] = key.split(' ');
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
