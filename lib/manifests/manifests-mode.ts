// Manifests mode: the input has workloads and no running pods (`helm template` output), or --manifests.
// Each workload's pod template stands in for its pods and the EndpointSlices are predicted from
// them, so the analysis runs as on a cluster where every pod started well; the checks that judge
// what only a running cluster shows are not run (lib/checks/live-state.ts).
import { hasSelector, SERVICE_NAME_LABEL } from '../graph/service-backends';
import type { ClusterState } from '../state/cluster-state';
import type { Templates } from './collector';
import { MAX_PODS_PER_WORKLOAD, PREDICTED_POD_NETWORK, predictedPod, predictedPodIP, predictedPodNames } from './predict-pods';
import { predictedSlices } from './predict-slices';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 workloads`, `3 workloads and 1 Pod manifest`. */
function sources(templates: Templates['templates']): string {
  const manifests = templates.filter((t) => t.kind === 'Pod').length;
  return `${plural(templates.length - manifests, 'workload')}${manifests ? ` and ${plural(manifests, 'Pod manifest')}` : ''}`;
}

/** Drops the pods read and what a running cluster made of them (the controller's EndpointSlices): the templates predict them. */
function forgetLiveState(state: ClusterState): string | null {
  const all = state.list('Pod');
  for (const pod of all) state.remove('Pod', pod.metadata.namespace, pod.metadata.name);
  // Pod manifests (no phase) come back from their own templates.
  const pods = all.filter((p) => p.status.phase !== undefined);
  const slices = state.list('EndpointSlice').filter((slice) => {
    const service = state.get('Service', slice.metadata.namespace, slice.metadata.labels?.[SERVICE_NAME_LABEL] ?? '');
    return service !== undefined && hasSelector(service);
  });
  for (const slice of slices) state.remove('EndpointSlice', slice.metadata.namespace, slice.metadata.name);
  const dropped = [...(pods.length ? [plural(pods.length, 'Pod')] : []), ...(slices.length ? [plural(slices.length, 'EndpointSlice')] : [])];
  return dropped.length ? `Ignored ${dropped.join(' and ')} of the input: manifests mode predicts them from the workloads.` : null;
}

/**
 * Puts the predicted pods and EndpointSlices into the state (read from manifests) and says, in notes
 * for the person, that manifests mode ran and what it predicted.
 */
export function predictFromManifests(state: ClusterState, { templates, problems, hooks }: Templates, forced: boolean): string[] {
  const notes: string[] = [];
  const ignored = forgetLiveState(state);
  if (ignored) notes.push(ignored);
  if (hooks.length) notes.push(`No pods predicted for ${plural(hooks.length, 'Helm hook')} (${hooks.join(', ')}): hooks run at install, upgrade or test, not beside the app.`);
  const nodes = state.list('Node').map((n) => n.metadata.name).sort();
  let predicted = 0;
  for (const template of templates) {
    const where = `${template.kind} ${template.namespace}/${template.name}`;
    // A DaemonSet runs one pod per node; without Nodes, one stands for them (SVC-SINGLE-ENDPOINT then says it cannot count).
    const wanted = template.pods ?? Math.max(nodes.length, 1);
    const count = Math.min(wanted, MAX_PODS_PER_WORKLOAD);
    if (count < wanted) notes.push(`${where}: ${count} of its ${wanted} pods predicted.`);
    const names = predictedPodNames(template, count, (name) => state.get('Pod', template.namespace, name) !== undefined);
    for (const [i, name] of names.entries()) state.ingest(predictedPod(template, { name, ...(template.pods === null && nodes[i] ? { nodeName: nodes[i] } : {}) }, predictedPodIP(predicted++)));
  }
  for (const service of state.list('Service')) {
    const { namespace, name } = service.metadata;
    if (!hasSelector(service) || state.select('EndpointSlice', namespace, { [SERVICE_NAME_LABEL]: name }).length > 0) continue;
    for (const slice of predictedSlices(state, service)) state.ingest(slice);
  }
  const why = forced ? '--manifests' : 'the input has workloads and no running pods';
  notes.unshift(
    `Manifests mode (${why}): each workload's pod template stands in for its pods (${plural(predicted, 'pod')} predicted from ${sources(templates)}, named after them, addresses from ${PREDICTED_POD_NETWORK}), and EndpointSlices are predicted as the EndpointSlice controller would list them. Checks that judge what only a running cluster shows (status, readiness, restarts, Events) are not run.`,
  );
  if (state.list('NetworkPolicy').some((p) => JSON.stringify(p.spec).includes('"ipBlock"'))) notes.push(`NetworkPolicy ipBlock rules are judged against the predicted pod addresses (${PREDICTED_POD_NETWORK}), not the cluster's pod network.`);
  return [...notes, ...problems];
}
