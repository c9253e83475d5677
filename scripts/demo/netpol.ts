// NetworkPolicies as `kubectl get -o json` shows them (the API server fills in policyTypes).
import { ago, type Json, rv, uid } from './kube';

export interface PolicySpec {
  namespace: string;
  name: string;
  spec: Json;
}

export function networkPolicy(p: PolicySpec, minutes: number): Json {
  const spec = p.spec as { policyTypes?: string[]; egress?: unknown[] };
  const policyTypes = spec.policyTypes ?? (spec.egress?.length ? ['Ingress', 'Egress'] : ['Ingress']);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { creationTimestamp: ago(minutes), generation: 1, name: p.name, namespace: p.namespace, resourceVersion: rv(), uid: uid() },
    spec: { ...p.spec, policyTypes },
  };
}
