// The Helm chart, rendered by the real Helm (tools/helm) with the value sets a person would use, and
// applied to the real test API server as a server-side dry run: every manifest must be accepted, and
// the ClusterRole must grant reads on exactly the kinds Hopscope reads, impersonation only in header mode.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { KIND_RESOURCES } from '../../server/kube/resources';
import { AdminClient } from '../cluster/admin-client';
import { startControlPlane, type ControlPlane } from '../cluster/control-plane';

const ROOT = join(import.meta.dirname, '..', '..');
const HELM = join(ROOT, 'tools', 'helm', 'bin', 'helm');
const CHART = join(ROOT, 'deploy', 'helm', 'hopscope');
const NAMESPACE = 'hopscope';

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } & Record<string, unknown>;
type Rule = { apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] };

const COLLECTIONS: Record<string, { prefix: string; resource: string; namespaced: boolean }> = {
  ServiceAccount: { prefix: '/api/v1', resource: 'serviceaccounts', namespaced: true },
  Service: { prefix: '/api/v1', resource: 'services', namespaced: true },
  PersistentVolumeClaim: { prefix: '/api/v1', resource: 'persistentvolumeclaims', namespaced: true },
  Deployment: { prefix: '/apis/apps/v1', resource: 'deployments', namespaced: true },
  ClusterRole: { prefix: '/apis/rbac.authorization.k8s.io/v1', resource: 'clusterroles', namespaced: false },
  ClusterRoleBinding: { prefix: '/apis/rbac.authorization.k8s.io/v1', resource: 'clusterrolebindings', namespaced: false },
  Role: { prefix: '/apis/rbac.authorization.k8s.io/v1', resource: 'roles', namespaced: true },
  RoleBinding: { prefix: '/apis/rbac.authorization.k8s.io/v1', resource: 'rolebindings', namespaced: true },
};

let cp: ControlPlane;
let api: AdminClient;

function render(values: string[]): Manifest[] {
  const args = ['template', 'hs', CHART, '--namespace', NAMESPACE, ...values.flatMap((v) => ['--set', v])];
  const text = execFileSync(HELM, args, { encoding: 'utf8' });
  return parseAllDocuments(text).map((d) => d.toJS() as Manifest).filter(Boolean);
}

/** Server-side apply with dryRun=All: validated and admitted by the API server, stored nowhere. */
async function dryRun(manifest: Manifest): Promise<void> {
  const collection = COLLECTIONS[manifest.kind];
  if (!collection) throw new Error(`the chart renders a ${manifest.kind}, which this test does not know`);
  const ns = manifest.metadata.namespace ?? NAMESPACE;
  const path = `${collection.prefix}${collection.namespaced ? `/namespaces/${ns}` : ''}/${collection.resource}/${manifest.metadata.name}`;
  await api.call('PATCH', `${path}?dryRun=All&fieldManager=hopscope-chart-test&force=true`, manifest, 'application/apply-patch+yaml');
}

/** (group/resource) pairs a ClusterRole lets its subject get, list and watch. */
function readable(rules: Rule[]): string[] {
  return rules.filter((r) => ['get', 'list', 'watch'].every((v) => r.verbs.includes(v))).flatMap((r) => r.apiGroups.flatMap((g) => r.resources.map((res) => `${g}/${res}`))).sort();
}

beforeAll(async () => {
  cp = await startControlPlane();
  api = new AdminClient(cp.server, cp.adminToken);
  await api.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE } });
}, 120_000);

afterAll(async () => {
  await cp?.stop();
});

describe('the Helm chart', () => {
  const cases: { name: string; values: string[]; header: boolean; secrets: boolean; pvc: boolean }[] = [
    { name: 'defaults (token sign-in, SQLite on a volume)', values: [], header: false, secrets: false, pvc: true },
    { name: 'oauth2-proxy sidecar (header mode), PostgreSQL, Prometheus, Secrets listed', values: ['oauth2Proxy.enabled=true', 'snapshots.databaseUrlSecretName=hopscope-db', 'prometheus.url=http://prometheus.monitoring:9090', 'readSecrets=true', 'replicaCount=2'], header: true, secrets: true, pvc: false },
    { name: 'header mode behind an ingress proxy', values: ['auth.mode=header', 'auth.trustedProxies=10.0.0.0/8', 'allowedHosts[0]=hopscope.example.com'], header: true, secrets: false, pvc: true },
  ];

  for (const c of cases) {
    it(`renders manifests the API server accepts: ${c.name}`, async () => {
      const manifests = render(c.values);
      for (const manifest of manifests) await dryRun(manifest);
      const kinds = manifests.map((m) => m.kind);
      expect(kinds).toContain('Deployment');
      expect(kinds.includes('PersistentVolumeClaim')).toBe(c.pvc);

      const role = manifests.find((m) => m.kind === 'ClusterRole')!;
      const rules = role.rules as Rule[];
      const verbs = new Set(rules.flatMap((r) => r.verbs));
      expect([...verbs].sort()).toEqual(c.header ? ['get', 'impersonate', 'list', 'watch'] : ['get', 'list', 'watch']);
      const expected = KIND_RESOURCES.filter((r) => !r.namespace && (c.secrets || r.kind !== 'Secret')).map((r) => `${r.group}/${r.resource}`).sort();
      expect(readable(rules)).toEqual(expected);
      // What Hopscope reads in one namespace only (the kube-proxy ConfigMap) is granted there, by name.
      const scoped = manifests.find((m) => m.kind === 'Role')!;
      expect(scoped.metadata.namespace).toBe('kube-system');
      expect(scoped.rules).toEqual([{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['kube-proxy'], verbs: ['get', 'list', 'watch'] }]);

      const deployment = manifests.find((m) => m.kind === 'Deployment') as unknown as { spec: { template: { spec: { securityContext: { runAsNonRoot: boolean }; containers: { name: string; env: { name: string; value?: string }[] }[] } } } };
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      const env = Object.fromEntries(pod.containers.find((x) => x.name === 'hopscope')!.env.map((e) => [e.name, e.value ?? 'from a Secret']));
      expect(env.HOPSCOPE_AUTH).toBe(c.header ? 'header' : 'token');
      expect(env.HOPSCOPE_ALLOWED_HOSTS?.split(',')).toEqual(expect.arrayContaining([`hs.${NAMESPACE}.svc`, ...(c.values.includes('allowedHosts[0]=hopscope.example.com') ? ['hopscope.example.com'] : [])]));
      expect(pod.containers.some((x) => x.name === 'oauth2-proxy')).toBe(c.values.includes('oauth2Proxy.enabled=true'));
    });
  }

  it('refuses a value the API server would not take', async () => {
    const [broken] = render(['service.type=Sideways']).filter((m) => m.kind === 'Service');
    await expect(dryRun(broken!)).rejects.toThrow(/422 .*spec.type: Unsupported value/);
  });
});
