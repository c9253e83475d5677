import type { Container, ContainerPort, ContainerStateDetail, ContainerStatus, Pod, PodCondition, Probe, Protocol } from '../../k8s/types';
import { arr, bool, compact, num, numOrStr, rec, str, type JsonRecord } from '../read';
import { trimMeta, type TrimContext } from './meta';

function protocol(value: unknown): Protocol | undefined {
  return value === 'TCP' || value === 'UDP' || value === 'SCTP' ? value : undefined;
}

function ports(value: unknown, ctx: TrimContext): ContainerPort[] | undefined {
  const out: ContainerPort[] = [];
  for (const p of arr(value).map(rec)) {
    const containerPort = num(p?.containerPort);
    if (!p || containerPort === undefined) continue;
    out.push(compact<ContainerPort>({ name: ctx.interner.opt(str(p.name)), containerPort, protocol: protocol(p.protocol) }));
  }
  return out.length ? out : undefined;
}

function probe(value: unknown, ctx: TrimContext): Probe | undefined {
  const p = rec(value);
  if (!p) return undefined;
  const httpGet = rec(p.httpGet);
  const tcpSocket = rec(p.tcpSocket);
  const grpc = rec(p.grpc);
  const exec = rec(p.exec);
  const port = (r: JsonRecord) => numOrStr(r.port) ?? '';
  return compact<Probe>({
    httpGet: httpGet && compact({ path: ctx.interner.opt(str(httpGet.path)), port: port(httpGet), scheme: str(httpGet.scheme) }),
    tcpSocket: tcpSocket && { port: port(tcpSocket) },
    grpc: grpc && compact({ port: num(grpc.port) ?? 0, service: str(grpc.service) }),
    exec: exec && { command: arr(exec.command).filter((c): c is string => typeof c === 'string') },
    initialDelaySeconds: num(p.initialDelaySeconds),
    periodSeconds: num(p.periodSeconds),
    timeoutSeconds: num(p.timeoutSeconds),
    failureThreshold: num(p.failureThreshold),
    successThreshold: num(p.successThreshold),
  });
}

function quantities(value: unknown, ctx: TrimContext): Record<string, string> | undefined {
  return ctx.interner.labels(rec(value));
}

function container(value: JsonRecord, ctx: TrimContext): Container {
  const resources = rec(value.resources);
  const lifecycle = rec(value.lifecycle);
  const env = arr(value.env)
    .map((e) => str(rec(e)?.name))
    .filter((n): n is string => n !== undefined)
    .map((name) => ({ name: ctx.interner.intern(name) }));
  return compact<Container>({
    name: ctx.interner.intern(str(value.name) ?? ''),
    image: ctx.interner.opt(str(value.image)),
    ports: ports(value.ports, ctx),
    readinessProbe: probe(value.readinessProbe, ctx),
    livenessProbe: probe(value.livenessProbe, ctx),
    startupProbe: probe(value.startupProbe, ctx),
    lifecycle: lifecycle?.preStop ? { preStop: lifecycle.preStop } : undefined,
    resources:
      resources && compact({ limits: quantities(resources.limits, ctx), requests: quantities(resources.requests, ctx) }),
    restartPolicy: ctx.interner.opt(str(value.restartPolicy)),
    env: env.length ? env : undefined,
  });
}

function stateDetail(value: unknown, ctx: TrimContext): ContainerStateDetail | undefined {
  const s = rec(value);
  if (!s) return undefined;
  const waiting = rec(s.waiting);
  const running = rec(s.running);
  const terminated = rec(s.terminated);
  const detail = compact<ContainerStateDetail>({
    waiting: waiting && compact({ reason: ctx.interner.opt(str(waiting.reason)), message: str(waiting.message) }),
    running: running && compact({ startedAt: str(running.startedAt) }),
    terminated:
      terminated &&
      compact({
        reason: ctx.interner.opt(str(terminated.reason)),
        exitCode: num(terminated.exitCode),
        startedAt: str(terminated.startedAt),
        finishedAt: str(terminated.finishedAt),
      }),
  });
  return Object.keys(detail).length ? detail : undefined;
}

function containerStatuses(value: unknown, ctx: TrimContext): ContainerStatus[] | undefined {
  const out = arr(value)
    .map(rec)
    .filter((s): s is JsonRecord => !!s)
    .map((s) =>
      compact<ContainerStatus>({
        name: ctx.interner.intern(str(s.name) ?? ''),
        ready: s.ready === true,
        restartCount: num(s.restartCount) ?? 0,
        started: bool(s.started),
        state: stateDetail(s.state, ctx),
        lastState: stateDetail(s.lastState, ctx),
      }),
    );
  return out.length ? out : undefined;
}

function conditions(value: unknown, ctx: TrimContext): PodCondition[] | undefined {
  const out: PodCondition[] = [];
  for (const c of arr(value).map(rec)) {
    const type = str(c?.type);
    const status = c?.status;
    if (!c || !type || (status !== 'True' && status !== 'False' && status !== 'Unknown')) continue;
    out.push(
      compact<PodCondition>({
        type: ctx.interner.intern(type),
        status,
        reason: ctx.interner.opt(str(c.reason)),
        lastTransitionTime: str(c.lastTransitionTime),
      }),
    );
  }
  return out.length ? out : undefined;
}

function containers(value: unknown, ctx: TrimContext, onlySidecars: boolean): Container[] {
  return arr(value)
    .map(rec)
    .filter((c): c is JsonRecord => !!c && (!onlySidecars || c.restartPolicy === 'Always'))
    .map((c) => container(c, ctx));
}

export function trimPod(raw: JsonRecord, ctx: TrimContext): Pod {
  const spec = rec(raw.spec) ?? {};
  const status = rec(raw.status) ?? {};
  const sidecars = containers(spec.initContainers, ctx, true);
  const gates = arr(spec.readinessGates)
    .map((g) => str(rec(g)?.conditionType))
    .filter((t): t is string => t !== undefined)
    .map((conditionType) => ({ conditionType }));
  return {
    kind: 'Pod',
    metadata: trimMeta(raw.metadata, ctx, false),
    spec: compact<Pod['spec']>({
      nodeName: ctx.interner.opt(str(spec.nodeName)),
      hostNetwork: spec.hostNetwork === true ? true : undefined,
      containers: containers(spec.containers, ctx, false),
      initContainers: sidecars.length ? sidecars : undefined,
      readinessGates: gates.length ? gates : undefined,
      terminationGracePeriodSeconds: num(spec.terminationGracePeriodSeconds),
    }),
    status: compact<Pod['status']>({
      phase: ctx.interner.opt(str(status.phase)),
      reason: ctx.interner.opt(str(status.reason)),
      podIP: str(status.podIP),
      conditions: conditions(status.conditions, ctx),
      containerStatuses: containerStatuses(status.containerStatuses, ctx),
      initContainerStatuses: containerStatuses(status.initContainerStatuses, ctx),
    }),
  };
}
