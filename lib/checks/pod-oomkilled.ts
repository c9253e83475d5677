import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck, type FindingDraft } from './types';

export const podOomKilled = defineCheck({
  id: 'POD-OOMKILLED',
  hop: 'pod',
  title: 'Container killed for running out of memory',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const findings: FindingDraft[] = [];
    for (const status of pod.status.containerStatuses ?? []) {
      const where = status.lastState?.terminated?.reason === 'OOMKilled' ? 'lastState' : status.state?.terminated?.reason === 'OOMKilled' ? 'state' : null;
      if (!where) continue;
      const limit = pod.spec.containers.find((c) => c.name === status.name)?.resources?.limits?.memory;
      const repeating = status.restartCount > 1;
      findings.push({
        severity: repeating ? 'critical' : 'warning',
        message: `Container ${status.name} of pod ${pod.metadata.name} was killed for using more memory than ${limit ? `its limit of ${limit}` : 'the node had (it has no memory limit)'} (OOMKilled, exit 137)${repeating ? `, and has restarted ${status.restartCount} times` : ''}: in-flight requests get 502, and 503 while it restarts.`,
        evidence: evidence({
          fields: [
            field(pod, `status.containerStatuses[${status.name}].${where}.terminated.reason`, 'OOMKilled'),
            field(pod, `spec.containers[${status.name}].resources.limits.memory`, limit),
            field(pod, `status.containerStatuses[${status.name}].restartCount`, status.restartCount),
          ],
          kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, `{.status.containerStatuses[?(@.name=="${status.name}")].lastState}`)],
        }),
      });
    }
    return findings;
  },
});
