import type { Container, Pod, Protocol, ServicePort } from './types';

export type PortResolution =
  | { ok: true; port: number; container: string | null }
  | { ok: false; reason: 'no-such-name' | 'other-protocol'; name: string };

function containersWithPorts(pod: Pod): Container[] {
  const sidecars = (pod.spec.initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  return [...pod.spec.containers, ...sidecars];
}

/** The Service port's target as written, defaulted the way the API server does. */
export function targetPortOf(port: ServicePort): number | string {
  return port.targetPort ?? port.port;
}

/**
 * Kubernetes' FindPort (pkg/api/v1/pod): a numeric targetPort is used as is; a named one must
 * match a containerPort `name` with the same protocol in containers, then in sidecar
 * (restartPolicy: Always) init containers. The number may differ per pod.
 */
export function findPort(pod: Pod, servicePort: ServicePort): PortResolution {
  const target = targetPortOf(servicePort);
  if (typeof target === 'number') {
    const owner = containersWithPorts(pod).find((c) => c.ports?.some((p) => p.containerPort === target));
    return { ok: true, port: target, container: owner?.name ?? null };
  }
  const protocol: Protocol = servicePort.protocol ?? 'TCP';
  let otherProtocol = false;
  for (const container of containersWithPorts(pod)) {
    for (const p of container.ports ?? []) {
      if (p.name !== target) continue;
      if ((p.protocol ?? 'TCP') === protocol) return { ok: true, port: p.containerPort, container: container.name };
      otherProtocol = true;
    }
  }
  return { ok: false, reason: otherProtocol ? 'other-protocol' : 'no-such-name', name: target };
}

/** Every containerPort of the pod, as `name(number)` or `number`, for messages. */
export function describeContainerPorts(pod: Pod): string[] {
  return containersWithPorts(pod).flatMap((c) =>
    (c.ports ?? []).map((p) => {
      const proto = p.protocol && p.protocol !== 'TCP' ? `/${p.protocol}` : '';
      return p.name ? `${p.name}(${p.containerPort}${proto})` : `${p.containerPort}${proto}`;
    }),
  );
}

/**
 * The container that serves a Service port in a pod: the one declaring the resolved port, else the
 * pod's only container; null when several containers declare nothing for it (or it does not resolve).
 */
export function servingContainer(pod: Pod, servicePort: ServicePort): Container | null {
  const resolved = findPort(pod, servicePort);
  if (!resolved.ok) return null;
  const all = containersWithPorts(pod);
  if (resolved.container) return all.find((c) => c.name === resolved.container) ?? null;
  return pod.spec.containers.length === 1 ? pod.spec.containers[0]! : null;
}
