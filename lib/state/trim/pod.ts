import type { Container, ContainerPort, ContainerStateDetail, ContainerStatus, Pod, PodCondition, Probe } from '../../k8s/types';
import type { Interner } from '../interner';
import { num, numOrStr, rec, str, type JsonRecord } from '../read';
import { sameAsTrimmed } from '../same-as-trimmed';
import { trimMeta, type TrimContext } from './meta';
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

function containers(value: unknown, interner: Interner, onlySidecars: boolean): Container[] | undefined {
  return mapDefined(value, (item) => {
    const c = rec(item);
    return c && (!onlySidecars || c.restartPolicy === 'Always') ? container(c, interner) : undefined;
  });
}

/**
 * Pods of one owner (a ReplicaSet's replicas) almost always have the same containers: keep one
 * copy per owner, reused after checking field by field that this pod's are the same.
 */
function sharedContainers(value: unknown, owner: string | undefined, ctx: TrimContext, onlySidecars: boolean): Container[] | undefined {
  if (!owner) return containers(value, ctx.interner, onlySidecars);
  const key = onlySidecars ? `${owner}/init` : owner;
  const known = ctx.exemplars.get(key) as Container[] | undefined;
  if (known && sameAsTrimmed(known, onlySidecars ? sidecarsOf(value) : value)) return known;
  const made = containers(value, ctx.interner, onlySidecars);
  ctx.exemplars.set(key, made);
  return made;
}

function sidecarsOf(value: unknown): unknown[] | undefined {
  const sidecars = list(value).filter((c) => rec(c)?.restartPolicy === 'Always');
  return sidecars.length ? sidecars : undefined;
}

function stateDetail(value: unknown, interner: Interner): ContainerStateDetail | undefined {
  const s = rec(value);
  const waiting = rec(s?.waiting);
  const running = rec(s?.running);
  const terminated = rec(s?.terminated);
  if (!waiting && !running && !terminated) return undefined;
  return {
    waiting: waiting && { reason: interner.opt(str(waiting.reason)), message: str(waiting.message) },
    running: running && { startedAt: str(running.startedAt) },
    terminated: terminated && {
      reason: interner.opt(str(terminated.reason)),
      exitCode: num(terminated.exitCode),
      startedAt: str(terminated.startedAt),
      finishedAt: str(terminated.finishedAt),
    },
  };
}

function containerStatuses(value: unknown, interner: Interner): ContainerStatus[] | undefined {
  return mapDefined(value, (item): ContainerStatus | undefined => {
    const s = rec(item);
    if (!s) return undefined;
    return {
      name: interner.intern(str(s.name) ?? ''),
      ready: s.ready === true,
      restartCount: num(s.restartCount) ?? 0,
      started: typeof s.started === 'boolean' ? s.started : undefined,
      state: stateDetail(s.state, interner),
      lastState: stateDetail(s.lastState, interner),
    };
  });
}

function conditions(value: unknown, interner: Interner, gates: string[]): PodCondition[] | undefined {
  return mapDefined(value, (item): PodCondition | undefined => {
    const c = rec(item);
    const type = str(c?.type);
    const status = c?.status;
    if (!c || !type || (status !== 'True' && status !== 'False' && status !== 'Unknown')) return undefined;
    if (status === 'True' && type !== ALWAYS_KEPT_CONDITION && !gates.includes(type)) return undefined;
    return { type: interner.intern(type), status, reason: interner.opt(str(c.reason)), lastTransitionTime: str(c.lastTransitionTime) };
  });
}

/** The controlling owner's uid (names can be reused after a delete; uids cannot). */
function ownerKey(meta: unknown): string | undefined {
  for (const ref of list(rec(meta)?.ownerReferences)) {
    const r = rec(ref);
    if (r?.controller === true && typeof r.uid === 'string') return r.uid;
  }
  return undefined;
}

export function trimPod(raw: JsonRecord, ctx: TrimContext): Pod {
  const { interner } = ctx;
  const spec = rec(raw.spec) ?? {};
  const status = rec(raw.status) ?? {};
  const metadata = trimMeta(raw.metadata, ctx, 'lean');
  const owner = ownerKey(raw.metadata);
  const gates = mapDefined(spec.readinessGates, (g) => {
    const conditionType = str(rec(g)?.conditionType);
    return conditionType === undefined ? undefined : { conditionType: interner.intern(conditionType) };
  });
  return {
    kind: 'Pod',
    metadata,
    spec: {
      nodeName: interner.opt(str(spec.nodeName)),
      hostNetwork: spec.hostNetwork === true ? true : undefined,
      containers: sharedContainers(spec.containers, owner, ctx, false) ?? [],
      initContainers: sharedContainers(spec.initContainers, owner, ctx, true),
      readinessGates: gates,
      terminationGracePeriodSeconds: num(spec.terminationGracePeriodSeconds),
    },
    status: {
      phase: interner.opt(str(status.phase)),
      reason: interner.opt(str(status.reason)),
      podIP: str(status.podIP),
      conditions: conditions(status.conditions, interner, gates?.map((g) => g.conditionType) ?? []),
      containerStatuses: containerStatuses(status.containerStatuses, interner),
      initContainerStatuses: containerStatuses(status.initContainerStatuses, interner),
    },
  };
}
