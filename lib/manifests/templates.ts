// Manifests mode reads each workload's pod template as it comes in: what its predicted pods carry
// (labels, containers with their ports and probes) and how many there would be.
import { z } from 'zod';
import { isWorkloadKind } from '../k8s/kinds';
import type { Pod, Workload, WorkloadKind } from '../k8s/types';
import { rec, type JsonRecord } from '../state/read';
import { podTemplateOf } from '../state/trim/cluster';

const portNumberOrName = z.union([z.number(), z.string()]);
const probeSchema = z.looseObject({
  httpGet: z.looseObject({ port: portNumberOrName }).optional(),
  tcpSocket: z.looseObject({ port: portNumberOrName }).optional(),
});
const containerSchema = z.looseObject({
  name: z.string().min(1),
  ports: z.array(z.looseObject({ name: z.string().optional(), containerPort: z.number().int() })).optional(),
  readinessProbe: probeSchema.optional(),
  startupProbe: probeSchema.optional(),
  livenessProbe: probeSchema.optional(),
  restartPolicy: z.string().optional(),
});
const podTemplateSchema = z.looseObject({
  metadata: z.looseObject({ labels: z.record(z.string(), z.string()).optional() }).optional(),
  spec: z.looseObject({
    containers: z.array(containerSchema).min(1),
    initContainers: z.array(containerSchema).optional(),
    readinessGates: z.array(z.looseObject({ conditionType: z.string() })).optional(),
  }),
});
const count = z.number().int().min(0).optional();
/** Where each kind says how many pods it runs (a DaemonSet: one per node). */
const countsSchema = z.looseObject({
  spec: z
    .looseObject({ replicas: count, parallelism: count, jobTemplate: z.looseObject({ spec: z.looseObject({ parallelism: count }).optional() }).optional() })
    .optional(),
});

export type TemplateContainer = z.infer<typeof containerSchema>;

/** One workload whose pod template stands in for its pods (or a Pod manifest, which stands for itself). */
export interface WorkloadTemplate {
  kind: WorkloadKind | 'Pod';
  namespace: string | undefined;
  name: string;
  /** The pods it asks for (replicas, a Job's parallelism); null for a DaemonSet, which runs one per node. */
  pods: number | null;
  labels: Record<string, string>;
  /** The containers, then the sidecars (init containers with restartPolicy Always). */
  containers: TemplateContainer[];
  readinessGates: string[];
  /** The pod spec as written, which the predicted pods carry. */
  spec: JsonRecord;
}

function podCount(kind: WorkloadKind, raw: JsonRecord): number | null {
  const spec = countsSchema.safeParse(raw).data?.spec;
  switch (kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'ReplicaSet':
      return spec?.replicas ?? 1;
    case 'Job':
      return spec?.parallelism ?? 1;
    case 'CronJob':
      return spec?.jobTemplate?.spec?.parallelism ?? 1;
    case 'DaemonSet':
      return null;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * The template of a workload as stored (`object`, trimmed) from its raw form, or of a Pod manifest
 * (its own spec), or why it cannot stand in for pods. A workload another one controls (a
 * Deployment's ReplicaSet, a CronJob's Job) is left to its controller: null.
 */
export function readTemplate(raw: JsonRecord, object: Workload | Pod): WorkloadTemplate | { error: string } | null {
  const kind = object.kind;
  if (kind !== 'Pod' && controllers(raw).some((o) => o.controller && isWorkloadKind(o.kind))) return null;
  const template = kind === 'Pod' ? raw : podTemplateOf(raw, kind);
  const parsed = podTemplateSchema.safeParse(template);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `its pod ${kind === 'Pod' ? 'spec' : 'template'} cannot stand in for pods (${issue ? `${issue.path.join('.') || 'template'}: ${issue.message}` : 'no template'})` };
  }
  const { metadata, spec } = parsed.data;
  const sidecars = (spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  return {
    kind,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    pods: kind === 'Pod' ? 1 : podCount(kind, raw),
    labels: metadata?.labels ?? {},
    containers: [...spec.containers, ...sidecars],
    readinessGates: (spec.readinessGates ?? []).map((g) => g.conditionType),
    spec: rec(template?.spec) ?? {},
  };
}

/** Owners as written (workloads are kept without them). */
function controllers(raw: JsonRecord): { kind: string; controller?: boolean }[] {
  const owners = z.array(z.looseObject({ kind: z.string(), controller: z.boolean().optional() })).safeParse(rec(raw.metadata)?.ownerReferences);
  return owners.data ?? [];
}
