import type { Container, Probe } from './types';

/** The port a probe checks, with a named port resolved inside its own container (as the kubelet does); null for exec probes or an unknown name. */
export function probePort(container: Container, probe: Probe): number | null {
  const port = probe.httpGet?.port ?? probe.tcpSocket?.port ?? probe.grpc?.port;
  if (port === undefined) return null;
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return container.ports?.find((p) => p.name === port)?.containerPort ?? null;
}

/** `httpGet :8080/healthz`, `tcpSocket :5432`, `exec cat /tmp/ready`: what a probe does, with ports resolved. */
export function describeProbe(container: Container, probe: Probe): string {
  const port = probePort(container, probe) ?? probe.httpGet?.port ?? probe.tcpSocket?.port;
  if (probe.httpGet) return `httpGet :${port}${probe.httpGet.path ?? '/'}`;
  if (probe.tcpSocket) return `tcpSocket :${port}`;
  if (probe.grpc) return `grpc :${port}${probe.grpc.service ? ` ${probe.grpc.service}` : ''}`;
  return `exec ${(probe.exec?.command ?? []).join(' ')}`;
}

/**
 * The port name a probe checks when its own container declares no port of that name, else null.
 * The kubelet resolves probe port names only in the probed container (a string of digits is a
 * number), so it cannot run such a probe: a readiness or startup probe then never passes.
 */
export function undeclaredProbePort(container: Pick<Container, 'ports'>, probe: Pick<Probe, 'httpGet' | 'tcpSocket'>): string | null {
  const port = probe.httpGet?.port ?? probe.tcpSocket?.port;
  if (typeof port !== 'string' || port === '' || /^\d+$/.test(port)) return null;
  return container.ports?.some((p) => p.name === port) ? null : port;
}

type ProbeKind = 'readiness' | 'startup' | 'liveness';
const PROBE_KINDS: readonly ProbeKind[] = ['readiness', 'startup', 'liveness'];
const NONE: readonly { kind: ProbeKind; port: string }[] = Object.freeze([]);

/** The probes of a container, by kind, that name a port it does not declare (checked on every pod: no allocation when there are none). */
export function undeclaredProbes(container: Pick<Container, 'ports' | 'readinessProbe' | 'startupProbe' | 'livenessProbe'>): readonly { kind: ProbeKind; port: string }[] {
  let found: { kind: ProbeKind; port: string }[] | undefined;
  for (const kind of PROBE_KINDS) {
    const probe = kind === 'readiness' ? container.readinessProbe : kind === 'startup' ? container.startupProbe : container.livenessProbe;
    const port = probe ? undeclaredProbePort(container, probe) : null;
    if (port !== null) (found ??= []).push({ kind, port });
  }
  return found ?? NONE;
}

/** Whether a readiness or startup probe of one of these containers can never pass, so the pod never becomes Ready. */
export function neverReady(containers: readonly Pick<Container, 'ports' | 'readinessProbe' | 'startupProbe' | 'livenessProbe'>[]): boolean {
  return containers.some((c) => undeclaredProbes(c).some((p) => p.kind !== 'liveness'));
}
