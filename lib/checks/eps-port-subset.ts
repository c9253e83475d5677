import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const epsPortSubset = defineCheck({
  id: 'EPS-PORT-SUBSET',
  hop: 'endpoints',
  title: 'Some endpoints lack a Service port',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends) return [];
    const withEndpoints = backends.slices.filter((s) => (s.endpoints ?? []).length > 0);
    if (withEndpoints.length < 2) return [];
    const names = (backends.service.spec.ports ?? []).map((p) => p.name ?? '');
    const lacking = withEndpoints.flatMap((slice) => {
      const has = new Set((slice.ports ?? []).map((p) => p.name ?? ''));
      const missing = names.filter((n) => !has.has(n));
      return missing.length ? [{ slice, missing }] : [];
    });
    if (lacking.length === 0 || lacking.length === withEndpoints.length) return [];
    const count = lacking.reduce((n, l) => n + (l.slice.endpoints?.length ?? 0), 0);
    const { namespace = '', name } = backends.service.metadata;
    return [
      {
        severity: 'warning',
        message: `${count} endpoint${count > 1 ? 's' : ''} of Service ${namespace}/${name} lack${count > 1 ? '' : 's'} the port${lacking[0]!.missing.length > 1 ? 's' : ''} ${lacking[0]!.missing.map((m) => `"${m || '(unnamed)'}"`).join(', ')}: only a subset of the pods serves ${lacking[0]!.missing.length > 1 ? 'them' : 'it'} (the footprint of a named targetPort that some pods do not declare, often mid-rollout).`,
        evidence: evidence({ fields: lacking.slice(0, 3).map((l) => field(l.slice, 'ports', (l.slice.ports ?? []).map((p) => p.name || '(unnamed)').join(', ') || '(none)')), kubectl: [kubectlSlicesOf(namespace, name)] }),
      },
    ];
  },
});
