// Access reviews: who a credential is, and what it may list. These POSTs create review objects
// that the API server answers and never stores; they change nothing in the cluster.
import { HttpMethod, KubeConfig, RequestContext } from '@kubernetes/client-node';
import { fetch, Headers } from 'undici';
import type { ResourceRule } from '../../lib/access/rules';
import { KubeApiError } from './reader';

/** Whose access to review: Hopscope's own identity acting as a user (header mode) or the person's own token. */
export type ReviewCredential = { kind: 'impersonate'; user: string; groups: string[] } | { kind: 'token'; token: string };

export interface ListAttributes {
  group: string;
  resource: string;
  /** Omitted: all namespaces (or a cluster-scoped resource). */
  namespace?: string;
  verb?: 'list' | 'get';
  name?: string;
}

export class AccessReviewer {
  constructor(private readonly config: KubeConfig) {}

  /** The person behind a bearer token (SelfSubjectReview); null when the API server does not accept it. */
  async whoAmI(token: string): Promise<{ user: string; groups: string[] } | null> {
    try {
      const review = await this.post({ kind: 'token', token }, '/apis/authentication.k8s.io/v1/selfsubjectreviews', { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' });
      const info = (review.status as { userInfo?: { username?: string; groups?: string[] } } | undefined)?.userInfo;
      return info?.username ? { user: info.username, groups: info.groups ?? [] } : null;
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 401) return null;
      throw error;
    }
  }

  /** SelfSubjectAccessReview as the credential: may it `verb` the resource? */
  async may(credential: ReviewCredential, attributes: ListAttributes): Promise<boolean> {
    const { verb = 'list', ...rest } = attributes;
    const review = await this.post(credential, '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb, ...rest } },
    });
    return (review.status as { allowed?: boolean } | undefined)?.allowed === true;
  }

  /**
   * SelfSubjectRulesReview as the credential: every rule that applies in one namespace, in one
   * request. `incomplete` when some authorizer cannot list its rules (then ask per resource).
   */
  async rulesIn(credential: ReviewCredential, namespace: string): Promise<{ rules: ResourceRule[]; incomplete: boolean }> {
    const review = await this.post(credential, '/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectRulesReview',
      spec: { namespace },
    });
    const status = (review.status ?? {}) as { resourceRules?: ResourceRule[]; incomplete?: boolean };
    return { rules: status.resourceRules ?? [], incomplete: status.incomplete === true };
  }

  private async post(credential: ReviewCredential, path: string, body: unknown): Promise<Record<string, unknown>> {
    const config = credential.kind === 'token' ? this.asToken(credential.token) : this.config;
    const cluster = config.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    const context = new RequestContext(`${cluster.server}${path}`, HttpMethod.POST);
    await config.applySecurityAuthentication(context);
    const headers = new Headers(context.getHeaders());
    if (credential.kind === 'impersonate') {
      headers.set('Impersonate-User', credential.user);
      for (const group of credential.groups) headers.append('Impersonate-Group', group);
    }
    headers.set('Content-Type', 'application/json');
    headers.set('Accept', 'application/json');
    const response = await fetch(context.getUrl(), { method: 'POST', headers, body: JSON.stringify(body), dispatcher: context.getDispatcher() });
    const text = await response.text();
    if (!response.ok) throw new KubeApiError(response.status, path, text.slice(0, 300));
    return JSON.parse(text) as Record<string, unknown>;
  }

  /** The same cluster (server, CA), authenticated only by the person's token: never by Hopscope's own client certificate. */
  private asToken(token: string): KubeConfig {
    const cluster = this.config.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    const config = new KubeConfig();
    config.loadFromOptions({
      clusters: [cluster],
      users: [{ name: 'viewer', token }],
      contexts: [{ name: 'viewer', cluster: cluster.name, user: 'viewer' }],
      currentContext: 'viewer',
    });
    return config;
  }
}
