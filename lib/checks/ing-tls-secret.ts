import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

const TLS_KEYS = ['tls.crt', 'tls.key'];

/**
 * Existence (and, from dumps that carry it, type and key names) of each `tls[].secretName`. Hopscope
 * keeps no Secret values, so the certificate's SANs are not checked.
 */
export const ingTlsSecret = defineCheck({
  id: 'ING-TLS-SECRET',
  hop: 'ingress',
  title: 'TLS Secret missing or not a TLS Secret',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    const named = (ingress?.spec.tls ?? []).flatMap((t) => (t.secretName ? [t.secretName] : []));
    if (!ingress || named.length === 0) return [];
    // No Secret known at all: the source could not list them (RBAC) or left them out.
    if (!ctx.state.has('Secret')) return [{ notChecked: `the input has no Secrets (Hopscope may not list them here, or the dump left them out), so whether ${named.join(', ')} exist${named.length > 1 ? '' : 's'} as a TLS Secret is unknown` }];
    const namespace = ingress.metadata.namespace;
    // Manifests rarely hold TLS Secrets: cert-manager or the platform makes them.
    const absent = ctx.manifests ? named.filter((name) => !ctx.state.get('Secret', namespace, name)) : [];
    const unknown = absent.length ? [{ notChecked: `${absent.join(', ')} ${absent.length > 1 ? 'are' : 'is'} not in the manifests (cert-manager or the platform often makes TLS Secrets), so whether ${absent.length > 1 ? 'they exist' : 'it exists'} is unknown` }] : [];
    const findings = (ingress.spec.tls ?? []).flatMap((tls, i) => {
      const name = tls.secretName;
      if (!name || absent.includes(name)) return [];
      const secret = ctx.state.get('Secret', namespace, name);
      const missingKeys = secret?.keys ? TLS_KEYS.filter((k) => !secret.keys!.includes(k)) : [];
      const problem = !secret
        ? `does not exist in namespace ${namespace}`
        : secret.type !== undefined && secret.type !== 'kubernetes.io/tls'
          ? `is of type ${secret.type}, not kubernetes.io/tls`
          : missingKeys.length
            ? `lacks ${missingKeys.join(' and ')}`
            : null;
      if (!problem) return [];
      return [
        {
          severity: 'warning' as const,
          message: `The TLS Secret ${name} for ${(tls.hosts ?? []).join(', ') || 'this Ingress'} ${problem}: the controller serves its default (fake) certificate, so browsers and clients fail the TLS handshake.`,
          evidence: evidence({ fields: [field(ingress, `spec.tls[${i}].secretName`, name)], kubectl: [`kubectl get secret ${name} -n ${namespace} -o jsonpath='{.type}'`, kubectlGet('Ingress', namespace, ingress.metadata.name, '{.spec.tls}')] }),
        },
      ];
    });
    return [...unknown, ...findings];
  },
});
