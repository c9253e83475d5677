// The test harness's own client, with write access: the app's client (server/kube) can only read.
import { request as httpsRequest } from 'node:https';

export class AdminClient {
  constructor(
    private readonly server: string,
    private readonly token: string,
  ) {}

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise<T>((resolve, reject) => {
      const req = httpsRequest(
        `${this.server}${path}`,
        {
          method,
          rejectUnauthorized: false,
          headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json', ...(payload ? { 'Content-Type': contentType } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 300)}`));
            else resolve((text ? JSON.parse(text) : {}) as T);
          });
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  create<T = Record<string, unknown>>(path: string, object: unknown): Promise<T> {
    return this.call<T>('POST', path, object);
  }

  patch<T = Record<string, unknown>>(path: string, patch: unknown): Promise<T> {
    return this.call<T>('PATCH', path, patch, 'application/merge-patch+json');
  }

  delete(path: string): Promise<unknown> {
    return this.call('DELETE', path);
  }

  get<T = Record<string, unknown>>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  /** Binds a ClusterRole (e.g. `view`) to a user or service account in one namespace. */
  bindClusterRole(namespace: string, name: string, role: string, subject: { kind: 'User'; name: string } | { kind: 'ServiceAccount'; name: string; namespace: string }): Promise<unknown> {
    return this.create(`/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
      subjects: [subject.kind === 'User' ? { apiGroup: 'rbac.authorization.k8s.io', ...subject } : subject],
    });
  }

  /** Binds a ClusterRole cluster-wide to a user or group. */
  bindClusterRoleEverywhere(name: string, role: string, subject: { kind: 'User' | 'Group'; name: string }): Promise<unknown> {
    return this.create('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', ...subject }],
    });
  }
}
