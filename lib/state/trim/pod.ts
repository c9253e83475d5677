import type { Container, ContainerPort, ContainerStateDetail, ContainerStatus, Labels, OwnerRef, Pod, PodCondition, Probe } from '../../k8s/types';
import type { Interner } from '../interner';
import { num, numOrStr, rec, str, type JsonRecord } from '../read';
import { sameAsTrimmed } from '../same-as-trimmed';
import { ownerRefs, type TrimContext } from './meta';
import { protocol } from './protocol';

// Pods are most of a cluster, so this file is written for speed and size: plain loops, object
// literals of one fixed shape (V8 shares their hidden class), interned repeated strings, and only
// the fields checks read. Container env is dropped entirely (names too): no check reads it.

/** Ready is always kept; other conditions only when not True, or when they are readiness gates. */
const ALWAYS_KEPT_CONDITION = 'Ready';

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Maps to an array of exact length (a pushed-to array keeps spare capacity for 16 more). */
function mapDefined<T>(value: unknown, fn: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const mapped = value.map(fn);
  const out = mapped.includes(undefined) ? (mapped.filter((m) => m !== undefined) as T[]) : (mapped as T[]);
  return out.length ? out : undefined;
}

function ports(value: unknown, interner: Interner): ContainerPort[] | undefined {
  return mapDefined(value, (item): ContainerPort | undefined => {
    const p = rec(item);
    const containerPort = num(p?.containerPort);
    return p && containerPort !== undefined ? { name: interner.opt(str(p.name)), containerPort, protocol: protocol(p.protocol) } : undefined;
  });
}

function probe(value: unknown, interner: Interner): Probe | undefined {
  const p = rec(value);
  if (!p) return undefined;
  const httpGet = rec(p.httpGet);
  const tcpSocket = rec(p.tcpSocket);
  const grpc = rec(p.grpc);
  const exec = rec(p.exec);
  return {
    httpGet: httpGet && { path: interner.opt(str(httpGet.path)), port: numOrStr(httpGet.port) ?? '', scheme: interner.opt(str(httpGet.scheme)) },
    tcpSocket: tcpSocket && { port: numOrStr(tcpSocket.port) ?? '' },
    grpc: grpc && { port: num(grpc.port) ?? 0, service: str(grpc.service) },
    exec: exec && { command: list(exec.command).filter((c): c is string => typeof c === 'string') },
    initialDelaySeconds: num(p.initialDelaySeconds),
    periodSeconds: num(p.periodSeconds),
    timeoutSeconds: num(p.timeoutSeconds),
    failureThreshold: num(p.failureThreshold),
    successThreshold: num(p.successThreshold),
  };
}

function container(c: JsonRecord, interner: Interner): Container {
  const limits = rec(rec(c.resources)?.limits);
  const preStop = rec(c.lifecycle)?.preStop;
  return {
    name: interner.intern(str(c.name) ?? ''),
    image: interner.opt(str(c.image)),
    ports: ports(c.ports, interner),
    readinessProbe: probe(c.readinessProbe, interner),
    livenessProbe: probe(c.livenessProbe, interner),
    startupProbe: probe(c.startupProbe, interner),
    lifecycle: preStop ? { preStop } : undefined,
    resources: limits ? { limits: interner.labels(limits) } : undefined,
    restartPolicy: interner.opt(str(c.restartPolicy)),
  };
}

function containers(value: unknown, interner: Interner): Container[] | undefined {
  return mapDefined(value, (item) => {
    const c = rec(item);
    return c ? container(c, interner) : undefined;
  });
}

/**
 * What the pods of one owner (a ReplicaSet's replicas) almost always share. Kept once per owner and
 * reused for the next pod after checking, field by field, that its values are the same.
 */
interface PodExemplar {
  labels: Labels | undefined;
  ownerReferences: OwnerRef[] | undefined;
  containers: Container[];
  initContainers: Container[] | undefined;
}

function sameStringMap(kept: Labels | undefined, raw: unknown): boolean {
  const r = rec(raw);
  if (!kept || !r) return !kept && (!r || Object.keys(r).length === 0);
  let count = 0;
  for (const key in r) {
    if (kept[key] !== r[key]) return false;
    count++;
  }
  return count === Object.keys(kept).length;
}

function podExemplar(raw: JsonRecord, spec: JsonRecord, owner: string | undefined, ctx: TrimContext): PodExemplar {
  const meta = rec(raw.metadata) ?? {};
  const known = owner ? (ctx.exemplars.get(owner) as PodExemplar | undefined) : undefined;
  const sidecars = sidecarsOf(spec.initContainers);
  const exemplar: PodExemplar = {
    labels: known && sameStringMap(known.labels, meta.labels) ? known.labels : ctx.interner.labels(rec(meta.labels)),
    ownerReferences: known && sameAsTrimmed(known.ownerReferences, meta.ownerReferences) ? known.ownerReferences : ownerRefs(meta.ownerReferences, ctx.interner),
    containers: known && sameAsTrimmed(known.containers, spec.containers) ? known.containers : (containers(spec.containers, ctx.interner) ?? []),
    initContainers: known && sameAsTrimmed(known.initContainers, sidecars) ? known.initContainers : containers(sidecars, ctx.interner),
  };
  if (owner) ctx.exemplars.set(owner, exemplar);
  return exemplar;
}

/** Init containers with restartPolicy Always (sidecars): the only init containers that serve ports. */
function sidecarsOf(value: unknown): unknown[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const sidecars = value.filter((c) => rec(c)?.restartPolicy === 'Always');
  return sidecars.length ? sidecars : undefined;
}

// Statuses and conditions are kept without timestamps and messages, so that they take only a few
// distinct values across a cluster and pods share them (most share "app: ready, 0 restarts").

function stateDetail(value: unknown, interner: Interner): [ContainerStateDetail | undefined, string] {
  const s = rec(value);
  const waiting = rec(s?.waiting);
  if (waiting) {
    const reason = interner.opt(str(waiting.reason));
    return [{ waiting: { reason } }, `w${reason}`];
  }
  const terminated = rec(s?.terminated);
  if (terminated) {
    const reason = interner.opt(str(terminated.reason));
    const exitCode = num(terminated.exitCode);
    return [{ terminated: { reason, exitCode } }, `t${reason}:${exitCode}`];
  }
  return rec(s?.running) ? [{ running: {} }, 'r'] : [undefined, ''];
}

function containerStatuses(value: unknown, interner: Interner): ContainerStatus[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  let key = 'S';
  const statuses = mapDefined(value, (item): ContainerStatus | undefined => {
    const s = rec(item);
    if (!s) return undefined;
    const [state, stateKey] = stateDetail(s.state, interner);
    const [lastState, lastKey] = stateDetail(s.lastState, interner);
    const status: ContainerStatus = {
      name: interner.intern(str(s.name) ?? ''),
      ready: s.ready === true,
      restartCount: num(s.restartCount) ?? 0,
      started: typeof s.started === 'boolean' ? s.started : undefined,
      state,
      lastState,
    };
    key += `${status.name}|${status.ready}|${status.restartCount}|${status.started}|${stateKey}|${lastKey};`;
    return status;
  });
  return statuses && interner.shared(key, () => statuses);
}

function conditions(value: unknown, interner: Interner, gates: string[]): PodCondition[] | undefined {
  let key = 'C';
  const kept = mapDefined(value, (item): PodCondition | undefined => {
    const c = rec(item);
    const type = str(c?.type);
    const status = c?.status;
    if (!c || !type || (status !== 'True' && status !== 'False' && status !== 'Unknown')) return undefined;
    if (status === 'True' && type !== ALWAYS_KEPT_CONDITION && !gates.includes(type)) return undefined;
    const reason = interner.opt(str(c.reason));
    key += `${type}|${status}|${reason};`;
    return { type: interner.intern(type), status, reason };
  });
  return kept && interner.shared(key, () => kept);
}

/** The controlling owner's uid (names can be reused after a delete; uids cannot). */
/**
 * The key pods of one controller share their exemplar under: namespace/kind/name of the controller
 * owner. Reads raw and trimmed metadata alike, so the state can drop the exemplar with the last pod.
 */
export function exemplarKey(meta: unknown): string | undefined {
  const m = rec(meta);
  for (const ref of list(m?.ownerReferences)) {
    const r = rec(ref);
    if (r?.controller === true && typeof r.kind === 'string' && typeof r.name === 'string') return `${str(m?.namespace) ?? ''}/${r.kind}/${r.name}`;
  }
  return undefined;
}

/**
 * Seconds from the last container start to the pod turning Ready, when it is Ready now: the one
 * number the probe-timing checks need, kept instead of every timestamp.
 */
function startupSeconds(status: JsonRecord): number | undefined {
  const ready = list(status.conditions).map(rec).find((c) => c?.type === 'Ready' && c.status === 'True');
  const readyAt = Date.parse(str(ready?.lastTransitionTime) ?? '');
  const started = list(status.containerStatuses).map((c) => Date.parse(str(rec(rec(rec(c)?.state)?.running)?.startedAt) ?? ''));
  if (!Number.isFinite(readyAt) || started.length === 0 || started.some((t) => !Number.isFinite(t))) return undefined;
  const seconds = (readyAt - Math.max(...started)) / 1000;
  return seconds >= 0 ? Math.round(seconds) : undefined;
}

/** The `ndots` option of `spec.dnsConfig`, when the pod overrides it (the default is 5). */
function ndotsOf(dnsConfig: unknown): number | undefined {
  const option = list(rec(dnsConfig)?.options).map(rec).find((o) => o?.name === 'ndots');
  const value = Number(str(option?.value));
  return Number.isInteger(value) ? value : undefined;
}

export function trimPod(raw: JsonRecord, ctx: TrimContext): Pod {
  const { interner } = ctx;
  const spec = rec(raw.spec) ?? {};
  const status = rec(raw.status) ?? {};
  const meta = rec(raw.metadata) ?? {};
  const shared = podExemplar(raw, spec, exemplarKey(meta), ctx);
  const gates = mapDefined(spec.readinessGates, (g) => {
    const conditionType = str(rec(g)?.conditionType);
    return conditionType === undefined ? undefined : { conditionType: interner.intern(conditionType) };
  });
  // Fields most pods lack are added only when present: an undefined field costs 8 bytes too.
  const metadata: Pod['metadata'] = { name: str(meta.name) ?? '', namespace: interner.opt(str(meta.namespace)), uid: str(meta.uid), labels: shared.labels, ownerReferences: shared.ownerReferences };
  const deletionTimestamp = str(meta.deletionTimestamp);
  if (deletionTimestamp) metadata.deletionTimestamp = deletionTimestamp;
  const podSpec: Pod['spec'] = { nodeName: interner.opt(str(spec.nodeName)), containers: shared.containers, terminationGracePeriodSeconds: num(spec.terminationGracePeriodSeconds) };
  if (spec.hostNetwork === true) podSpec.hostNetwork = true;
  const ndots = ndotsOf(spec.dnsConfig);
  if (ndots !== undefined) podSpec.ndots = ndots;
  if (shared.initContainers) podSpec.initContainers = shared.initContainers;
  if (gates) podSpec.readinessGates = gates;
  const podStatus: Pod['status'] = {
    phase: interner.opt(str(status.phase)),
    podIP: str(status.podIP),
    conditions: conditions(status.conditions, interner, gates?.map((g) => g.conditionType) ?? []),
    containerStatuses: containerStatuses(status.containerStatuses, interner),
  };
  const reason = str(status.reason);
  if (reason) podStatus.reason = interner.intern(reason);
  const initStatuses = containerStatuses(status.initContainerStatuses, interner);
  if (initStatuses) podStatus.initContainerStatuses = initStatuses;
  // Kept by an earlier trim (a snapshot's objects), or derived from the timestamps.
  const startup = num(status.startupSeconds) ?? startupSeconds(status);
  if (startup !== undefined) podStatus.startupSeconds = startup;
  return { kind: 'Pod', metadata, spec: podSpec, status: podStatus };
}
