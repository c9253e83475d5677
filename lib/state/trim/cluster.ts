import { readLabelSelector } from '../../k8s/label-selector';
import { KIND_FACTS } from '../../k8s/kinds';
import type { ConfigMap, GatewayApiObject, HTTPRoute, KubeEvent, Namespace, Node, PodCondition, Secret, Workload, WorkloadKind } from '../../k8s/types';
import { arr, compact, num, rec, str, type JsonRecord } from '../read';
import { trimMeta, type TrimContext } from './meta';

export function trimNamespace(raw: JsonRecord, ctx: TrimContext): Namespace {
  const phase = str(rec(raw.status)?.phase);
  return { kind: 'Namespace', metadata: trimMeta(raw.metadata, ctx, 'lean'), status: phase ? { phase } : undefined };
}

export function trimNode(raw: JsonRecord, ctx: TrimContext): Node {
  const status = rec(raw.status) ?? {};
  const conditions = arr(status.conditions)
    .map(rec)
    .filter((c): c is JsonRecord => !!c && typeof c.type === 'string')
    .map((c) => ({ type: c.type as string, status: (str(c.status) ?? 'Unknown') as PodCondition['status'] }));
  const addresses = arr(status.addresses)
    .map(rec)
    .filter((a): a is JsonRecord => !!a && typeof a.type === 'string' && typeof a.address === 'string')
    .map((a) => ({ type: a.type as string, address: a.address as string }));
  return { kind: 'Node', metadata: trimMeta(raw.metadata, ctx, 'lean'), status: { conditions, addresses } };
}

export function trimEvent(raw: JsonRecord, ctx: TrimContext): KubeEvent {
  const involved = rec(raw.involvedObject) ?? rec(raw.regarding) ?? {};
  const series = rec(raw.series);
  return compact<KubeEvent>({
    kind: 'Event',
    metadata: trimMeta(raw.metadata, ctx, 'lean'),
    involvedObject: compact({
      kind: ctx.interner.opt(str(involved.kind)),
      name: str(involved.name),
      namespace: ctx.interner.opt(str(involved.namespace)),
      uid: str(involved.uid),
      fieldPath: str(involved.fieldPath),
    }),
    reason: ctx.interner.opt(str(raw.reason)),
    message: str(raw.message) ?? str(raw.note),
    type: ctx.interner.opt(str(raw.type)),
    count: num(raw.count) ?? num(series?.count),
    firstTimestamp: str(raw.firstTimestamp) ?? str(raw.eventTime),
    lastTimestamp: str(raw.lastTimestamp) ?? str(series?.lastObservedTime) ?? str(raw.eventTime),
  });
}

export function trimConfigMap(raw: JsonRecord, ctx: TrimContext): ConfigMap {
  return { kind: 'ConfigMap', metadata: trimMeta(raw.metadata, ctx, 'lean'), data: ctx.interner.labels(rec(raw.data)) };
}

export function trimGatewayApi(raw: JsonRecord, ctx: TrimContext): GatewayApiObject | HTTPRoute {
  return {
    kind: raw.kind as GatewayApiObject['kind'],
    metadata: trimMeta(raw.metadata, ctx, 'full'),
    spec: rec(raw.spec) ?? {},
    status: rec(raw.status),
  } as GatewayApiObject | HTTPRoute;
}

/** The pod template of a workload, where its kind keeps it (a CronJob's is in its job template). */
export function podTemplateOf(raw: JsonRecord, kind: WorkloadKind): JsonRecord | undefined {
  let at: JsonRecord | undefined = raw;
  for (const key of KIND_FACTS[kind].podTemplate ?? []) at = rec(at?.[key]);
  return at;
}

/** Workloads: replicas, selector, the template's labels, serviceName, and the status counts and conditions. */
export function trimWorkload(raw: JsonRecord, ctx: TrimContext): Workload {
  const kind = raw.kind as WorkloadKind;
  const spec = rec(raw.spec) ?? {};
  const status = rec(raw.status) ?? {};
  const selector = readLabelSelector(spec.selector);
  const conditions = arr(status.conditions).flatMap((c) => {
    const r = rec(c);
    const type = str(r?.type);
    // The message of a ReplicaFailure names the cause (a missing ServiceAccount, a quota); others are not read.
    const message = type === 'ReplicaFailure' ? str(r?.message) : undefined;
    return type ? [compact({ type: ctx.interner.intern(type), status: str(r?.status) ?? 'Unknown', reason: ctx.interner.opt(str(r?.reason)), message })] : [];
  });
  return {
    kind,
    metadata: trimMeta(raw.metadata, ctx, 'lean'),
    spec: compact({
      replicas: num(spec.replicas),
      selector: selector ?? undefined,
      // `templateLabels` when the object was trimmed before (a snapshot's objects).
      templateLabels: ctx.interner.labels(rec(rec(podTemplateOf(raw, kind)?.metadata)?.labels) ?? rec(spec.templateLabels)),
      serviceName: str(spec.serviceName),
    }),
    status: compact({ replicas: num(status.replicas), readyReplicas: num(status.readyReplicas), availableReplicas: num(status.availableReplicas), conditions: conditions.length ? conditions : undefined }),
  };
}

/** A Secret's name, type and key names (for ING-TLS-SECRET); its values are dropped here and never kept. */
export function trimSecret(raw: JsonRecord, ctx: TrimContext): Secret {
  const data = { ...rec(raw.data), ...rec(raw.stringData) };
  const keys = raw.keys !== undefined ? arr(raw.keys).filter((k): k is string => typeof k === 'string') : Object.keys(data).sort();
  return compact<Secret>({ kind: 'Secret', metadata: trimMeta(raw.metadata, ctx, 'lean'), type: ctx.interner.opt(str(raw.type)), keys: keys.length ? keys : undefined });
}
