// Deployments and StatefulSets with the status their controllers report, from the demo's pods.
import { ago, type Json, podTemplateHash, rv, uid } from './kube';
import type { Workload } from './pods';

export function workloadObject(w: Workload, pods: Json[], serviceName?: string): Json | null {
  if (w.controller === 'DaemonSet') return null;
  const ready = pods.filter((p) => ((p.status as Json).conditions as Json[]).some((c) => c.type === 'Ready' && c.status === 'True')).length;
  const replicas = w.states.length;
  const labels = w.controller === 'Deployment' ? { ...w.labels, 'pod-template-hash': podTemplateHash(`${w.namespace}/${w.name}`) } : w.labels;
  const status: Json =
    w.controller === 'Deployment'
      ? {
          availableReplicas: ready,
          conditions: [
            { lastTransitionTime: ago(w.ageMinutes), lastUpdateTime: ago(w.ageMinutes), message: ready === replicas ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', reason: ready === replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', status: ready === replicas ? 'True' : 'False', type: 'Available' },
            { lastTransitionTime: ago(w.ageMinutes), lastUpdateTime: ago(w.ageMinutes), message: `ReplicaSet has successfully progressed.`, reason: 'NewReplicaSetAvailable', status: 'True', type: 'Progressing' },
          ],
          observedGeneration: 1,
          readyReplicas: ready,
          replicas,
          updatedReplicas: replicas,
        }
      : { availableReplicas: ready, currentReplicas: replicas, observedGeneration: 1, readyReplicas: ready, replicas, updatedReplicas: replicas };
  return {
    apiVersion: 'apps/v1',
    kind: w.controller,
    metadata: { creationTimestamp: ago(w.ageMinutes), generation: 1, labels: w.labels, name: w.name, namespace: w.namespace, resourceVersion: rv(), uid: uid() },
    spec: {
      replicas,
      selector: { matchLabels: w.labels },
      ...(w.controller === 'StatefulSet' ? { serviceName: serviceName ?? w.name } : {}),
      template: { metadata: { labels: w.controller === 'Deployment' ? w.labels : labels }, spec: { containers: w.containers.map((c) => ({ name: c.name, image: c.image })) } },
    },
    status: ready ? status : { ...status, readyReplicas: undefined, availableReplicas: undefined },
  };
}
