// A small client for the Prometheus HTTP API: instant queries pinned to a time, label discovery,
// per-query timeouts, a concurrency limit, bearer or basic auth and a custom CA.
import { readFileSync } from 'node:fs';
import { Agent, fetch } from 'undici';
import { Limiter } from '../../lib/util/limiter';

export interface PrometheusOptions {
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  /** PEM file of the CA that signed Prometheus's certificate. */
  caFile?: string;
  timeoutMs?: number;
  /** Queries in flight at once. */
  concurrency?: number;
}

export type Sample = { metric: Record<string, string>; value: number };

export class PrometheusError extends Error {
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'error',
    message: string,
  ) {
    super(message);
    this.name = 'PrometheusError';
  }
}

export class PrometheusClient {
  private readonly dispatcher: Agent | undefined;
  private readonly headers: Record<string, string> = { Accept: 'application/json' };
  private readonly limiter: Limiter;

  constructor(private readonly options: PrometheusOptions) {
    this.limiter = new Limiter(options.concurrency ?? 4);
    if (options.caFile) this.dispatcher = new Agent({ connect: { ca: readFileSync(options.caFile) } });
    if (options.bearerToken) this.headers.Authorization = `Bearer ${options.bearerToken}`;
    else if (options.basicAuth) this.headers.Authorization = `Basic ${Buffer.from(`${options.basicAuth.username}:${options.basicAuth.password}`).toString('base64')}`;
  }

  get timeoutMs(): number {
    return this.options.timeoutMs ?? 5000;
  }

  private async get(path: string, params: URLSearchParams): Promise<unknown> {
    return this.limiter.run(async () => {
      const url = `${this.options.url.replace(/\/$/, '')}${path}?${params}`;
      let response;
      try {
        response = await fetch(url, { headers: this.headers, dispatcher: this.dispatcher, signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (error) {
        const e = error as Error;
        if (e.name === 'TimeoutError') throw new PrometheusError('timeout', `Prometheus timed out after ${this.timeoutMs / 1000} s`);
        throw new PrometheusError('unreachable', `Prometheus at ${this.options.url} is unreachable (${(e.cause as Error | undefined)?.message ?? e.message})`);
      }
      const body = (await response.json().catch(() => null)) as { status?: string; data?: unknown; error?: string } | null;
      if (!response.ok || body?.status !== 'success') throw new PrometheusError('error', `Prometheus answered ${response.status}${body?.error ? `: ${body.error}` : ''}`);
      return body.data;
    });
  }

  /** An instant query at `time` (Unix seconds); NaN values are dropped (a ratio without traffic). */
  async query(promql: string, time: number): Promise<Sample[]> {
    const data = (await this.get('/api/v1/query', new URLSearchParams({ query: promql, time: String(time) }))) as { resultType: string; result: { metric: Record<string, string>; value: [number, string] }[] };
    return data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) })).filter((s) => !Number.isNaN(s.value));
  }

  /** A range query; NaN points are dropped. */
  async queryRange(promql: string, start: number, end: number, step: number): Promise<{ metric: Record<string, string>; points: [number, number][] }[]> {
    const data = (await this.get('/api/v1/query_range', new URLSearchParams({ query: promql, start: String(start), end: String(end), step: String(step) }))) as {
      result: { metric: Record<string, string>; values: [number, string][] }[];
    };
    return data.result.map((r) => ({ metric: r.metric, points: r.values.map(([t, v]) => [t, Number(v)] as [number, number]).filter(([, v]) => !Number.isNaN(v)) }));
  }

  /** Label names that series of `metric` carry in the hour before `time`. */
  async labelNames(metric: string, time: number): Promise<string[]> {
    return (await this.get('/api/v1/labels', new URLSearchParams({ 'match[]': metric, start: String(time - 3600), end: String(time) }))) as string[];
  }
}
