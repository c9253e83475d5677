// TLS Secrets as `kubectl get -o json` shows them; the values are fake and never kept by Hopscope.
import { ago, hex, type Json, rv, uid } from './kube';

export function tlsSecret(namespace: string, name: string, minutes: number): Json {
  const fake = (label: string) => Buffer.from(`-----BEGIN ${label}-----\n${hex(48)}\n-----END ${label}-----\n`).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { creationTimestamp: ago(minutes), name, namespace, resourceVersion: rv(), uid: uid() },
    type: 'kubernetes.io/tls',
    data: { 'tls.crt': fake('CERTIFICATE'), 'tls.key': fake('PRIVATE KEY') },
  };
}
