// Acts as the kubelet, since none runs: Nodes, Pods bound to them, pod status and kubelet Events.
// The real EndpointSlice controller turns what this writes into slices.
import { AdminClient } from './admin-client';

type Json = Record<string, unknown>;

export interface PodSpecOptions {
  labels: Record<string, string>;
  node?: string;
  ports?: { name?: string; containerPort: number }[];
  readinessPath?: string;
}

export class FakeKubelet {
  private ip = 10;

  constructor(private readonly api: AdminClient) {}

  async node(name: string): Promise<void> {
    await this.api.create('/api/v1/nodes', { apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name } } });
  }

  async namespace(name: string): Promise<void> {
    await this.api.create('/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    // Pods need the namespace's default ServiceAccount, which the serviceaccount controller creates.
    await this.until(`ServiceAccount ${name}/default`, async () => !!(await this.api.get(`/api/v1/namespaces/${name}/serviceaccounts/default`).catch(() => null)));
  }

  async pod(namespace: string, name: string, options: PodSpecOptions): Promise<Json> {
    return this.api.create(`/api/v1/namespaces/${namespace}/pods`, {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace, labels: options.labels },
      spec: {
        nodeName: options.node ?? 'node-a',
        containers: [
          {
            name: 'app',
            image: 'example/app:1',
            ports: options.ports ?? [{ name: 'http', containerPort: 8080 }],
            readinessProbe: { httpGet: { path: options.readinessPath ?? '/healthz', port: 8080 } },
            lifecycle: { preStop: { sleep: { seconds: 5 } } },
          },
        ],
      },
    });
  }

  private status(ready: boolean, container: Json, ip: string): Json {
    const condition = (type: string, status: boolean) => ({ type, status: status ? 'True' : 'False', lastTransitionTime: new Date().toISOString() });
    return {
      status: {
        phase: 'Running',
        podIP: ip,
        podIPs: [{ ip }],
        conditions: [condition('Initialized', true), condition('PodScheduled', true), condition('ContainersReady', ready), condition('Ready', ready)],
        containerStatuses: [{ name: 'app', image: 'example/app:1', imageID: '', ready, restartCount: 0, started: true, state: { running: { startedAt: new Date().toISOString() } }, lastState: {}, ...container }],
      },
    };
  }

  private async ipOf(namespace: string, name: string): Promise<string> {
    const pod = await this.api.get<{ status?: { podIP?: string } }>(`/api/v1/namespaces/${namespace}/pods/${name}`);
    return pod.status?.podIP ?? `10.244.0.${this.ip++}`;
  }

  async ready(namespace: string, name: string): Promise<void> {
    await this.api.patch(`/api/v1/namespaces/${namespace}/pods/${name}/status`, this.status(true, {}, await this.ipOf(namespace, name)));
  }

  /** Readiness fails with an HTTP status, with the Event kubelet would record. */
  async notReady(namespace: string, name: string, httpStatus = 404): Promise<void> {
    await this.api.patch(`/api/v1/namespaces/${namespace}/pods/${name}/status`, this.status(false, {}, await this.ipOf(namespace, name)));
    await this.event(namespace, name, 'Unhealthy', `Readiness probe failed: HTTP probe failed with statuscode: ${httpStatus}`);
  }

  async crashLoop(namespace: string, name: string, reason = 'OOMKilled', restarts = 5): Promise<void> {
    const container = {
      ready: false,
      started: false,
      restartCount: restarts,
      state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s restarting failed container' } },
      lastState: { terminated: { reason, exitCode: reason === 'OOMKilled' ? 137 : 1, startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() } },
    };
    await this.api.patch(`/api/v1/namespaces/${namespace}/pods/${name}/status`, this.status(false, container, await this.ipOf(namespace, name)));
  }

  /** A graceful delete: the pod keeps running with a deletionTimestamp until a kubelet would finish it. */
  async terminating(namespace: string, name: string, graceSeconds = 300): Promise<void> {
    await this.api.call('DELETE', `/api/v1/namespaces/${namespace}/pods/${name}?gracePeriodSeconds=${graceSeconds}`);
  }

  async event(namespace: string, pod: string, reason: string, message: string): Promise<void> {
    const object = await this.api.get<{ metadata: { uid: string } }>(`/api/v1/namespaces/${namespace}/pods/${pod}`);
    const now = new Date().toISOString();
    await this.api.create(`/api/v1/namespaces/${namespace}/events`, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${pod}.${Date.now().toString(16)}`, namespace },
      involvedObject: { apiVersion: 'v1', kind: 'Pod', name: pod, namespace, uid: object.metadata.uid, fieldPath: 'spec.containers{app}' },
      reason,
      message,
      type: 'Warning',
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
      source: { component: 'kubelet', host: 'node-a' },
      reportingComponent: 'kubelet',
      reportingInstance: 'node-a',
    });
  }

  async until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  }
}
