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
