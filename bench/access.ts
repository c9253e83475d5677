// The access row of `npm run bench`: how long a developer's access takes to review (cold, then
// cached) in a real kube-apiserver with many namespaces, and how many review requests it costs.
import { KIND_RESOURCES } from '../server/kube/resources';
import { AccessReviewer, type ReviewCredential } from '../server/kube/reviews';
import { reviewAccess } from '../server/auth/access';
import { connect } from '../server/kube/connect';
import { AdminClient } from '../test/cluster/admin-client';
import { startControlPlane } from '../test/cluster/control-plane';
import { Limiter } from '../lib/util/limiter';

const NAMESPACES = Number(process.argv[2] ?? 300);
const MINE = 5;
const cp = await startControlPlane([{ user: 'dev', groups: ['developers'] }]);
try {
  const api = new AdminClient(cp.server, cp.adminToken);
  const names = Array.from({ length: NAMESPACES }, (_, i) => `team-${i}`);
  const creating = new Limiter(16);
  await Promise.all(names.map((name) => creating.run(() => api.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } }))));
  for (const name of names.slice(0, MINE)) await api.bindClusterRole(name, 'dev-view', 'view', { kind: 'User', name: 'dev' });
  const reviewer = new AccessReviewer(connect({ kubeconfig: cp.kubeconfig })!);
  let requests = 0;
  const counting = Object.assign(Object.create(reviewer) as AccessReviewer, {
    may: (...args: Parameters<AccessReviewer['may']>) => (requests++, reviewer.may(...args)),
    rulesIn: (...args: Parameters<AccessReviewer['rulesIn']>) => (requests++, reviewer.rulesIn(...args)),
  });
  const credential: ReviewCredential = { kind: 'impersonate', user: 'dev', groups: ['developers'] };
  const runs: number[] = [];
  let visible = 0;
  for (let i = 0; i < 3; i++) {
    requests = 0;
    const start = performance.now();
    const access = await reviewAccess(counting, credential, names);
    runs.push(performance.now() - start);
    visible = access.kind === 'scoped' ? (access.kinds.get('Pod') === 'all' ? NAMESPACES : ((access.kinds.get('Pod') as Set<string> | undefined)?.size ?? 0)) : NAMESPACES;
  }
  runs.sort((a, b) => a - b);
  console.log(JSON.stringify({ namespaces: NAMESPACES, kinds: KIND_RESOURCES.length, visible, requests, medianMs: Math.round(runs[1]!) }));
} finally {
  await cp.stop();
}
