import { delimiter, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../lib/metrics/thresholds';
import { DEFAULT_MAX_FILE_BYTES } from './source/read-files';

const envSchema = z.object({
  HOPSCOPE_SOURCE: z.enum(['auto', 'demo', 'files', 'live']).default('auto'),
  HOPSCOPE_FILES: z.string().optional(),
  HOPSCOPE_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
  HOPSCOPE_KUBECONFIG: z.string().optional(),
  HOPSCOPE_CONTEXT: z.string().optional(),
  HOPSCOPE_NAMESPACES: z.string().optional(),
  HOPSCOPE_PROMETHEUS_URL: z.url({ protocol: /^https?$/ }).optional(),
  HOPSCOPE_PROMETHEUS_TOKEN: z.string().min(1).optional(),
  HOPSCOPE_PROMETHEUS_USER: z.string().min(1).optional(),
  HOPSCOPE_PROMETHEUS_PASSWORD: z.string().optional(),
  HOPSCOPE_PROMETHEUS_CA_FILE: z.string().min(1).optional(),
  HOPSCOPE_PROMETHEUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).optional(),
  /** Comma-separated profile names to use instead of discovering them. */
  HOPSCOPE_METRICS_PROFILES: z.string().optional(),
  /** JSON with any of the threshold fields, e.g. {"errorCritical":0.05}. */
  HOPSCOPE_METRICS_THRESHOLDS: z.string().optional(),
  /** Where snapshots are kept (created on first use). */
  HOPSCOPE_DATA_DIR: z.string().min(1).optional(),
  HOPSCOPE_SNAPSHOT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** postgres://…: keep snapshots in PostgreSQL instead of the data directory. */
  HOPSCOPE_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  /** none | header | token; unset: none for requests from loopback, token for the rest. */
  HOPSCOPE_AUTH: z.enum(['none', 'header', 'token']).optional(),
  /** Addresses (IPs or CIDRs, comma-separated) whose X-Forwarded-User headers are trusted in header mode. */
  HOPSCOPE_TRUSTED_PROXIES: z.string().default('127.0.0.1,::1'),
  /** Groups whose members may create and delete snapshots (comma-separated). */
  HOPSCOPE_SRE_GROUPS: z.string().default('hopscope-sre'),
  /** Seals token-mode sessions; set the same on every replica. Random per process when unset. */
  HOPSCOPE_SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  HOPSCOPE_ACCESS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** Host names people reach Hopscope by, besides loopback (comma-separated; `*.` for any one subdomain level or more). */
  HOPSCOPE_ALLOWED_HOSTS: z.string().default(''),
});

const thresholdsSchema = z.strictObject({
  errorCritical: z.number().min(0).max(1),
  clientErrorWarning: z.number().min(0).max(1),
  clientErrorCritical: z.number().min(0).max(1),
  latencyWarningSeconds: z.number().positive(),
  servfailWarning: z.number().min(0).max(1),
}).partial();

export interface PrometheusConfig {
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  caFile?: string;
  timeoutMs?: number;
  profiles?: string[];
}

export interface Config {
  /** auto: dumps if HOPSCOPE_FILES is set, else the configured cluster, else the demo. */
  source: 'auto' | 'demo' | 'files' | 'live';
  files: string[];
  maxFileBytes: number;
  demoFile: string;
  kubeconfig?: string;
  context?: string;
  /** Namespaces to watch one by one when the identity may not list cluster-wide. */
  namespaces: string[];
  prometheus?: PrometheusConfig;
  thresholds: Thresholds;
  /** The recorded metrics layer shipped with the demo. */
  demoMetricsFile: string;
  dataDir: string;
  snapshotRetentionDays: number;
  databaseUrl?: string;
  auth: AuthConfig;
  /** Host names served besides loopback. */
  allowedHosts: string[];
}

export interface AuthConfig {
  mode?: 'none' | 'header' | 'token';
  trustedProxies: string[];
  sreGroups: string[];
  sessionSecret?: string;
  accessCacheMs: number;
}

const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const d = parsed.data;
  let thresholds = DEFAULT_THRESHOLDS;
  if (d.HOPSCOPE_METRICS_THRESHOLDS) {
    let json: unknown;
    try {
      json = JSON.parse(d.HOPSCOPE_METRICS_THRESHOLDS);
    } catch {
      throw new Error('Invalid setting HOPSCOPE_METRICS_THRESHOLDS: not JSON');
    }
    const t = thresholdsSchema.safeParse(json);
    if (!t.success) throw new Error(`Invalid setting HOPSCOPE_METRICS_THRESHOLDS: ${t.error.issues[0]?.path.join('.')}: ${t.error.issues[0]?.message}`);
    thresholds = { ...DEFAULT_THRESHOLDS, ...t.data };
  }
  const prometheus: PrometheusConfig | undefined = d.HOPSCOPE_PROMETHEUS_URL
    ? {
        url: d.HOPSCOPE_PROMETHEUS_URL,
        ...(d.HOPSCOPE_PROMETHEUS_TOKEN ? { bearerToken: d.HOPSCOPE_PROMETHEUS_TOKEN } : {}),
        ...(d.HOPSCOPE_PROMETHEUS_USER ? { basicAuth: { username: d.HOPSCOPE_PROMETHEUS_USER, password: d.HOPSCOPE_PROMETHEUS_PASSWORD ?? '' } } : {}),
        ...(d.HOPSCOPE_PROMETHEUS_CA_FILE ? { caFile: d.HOPSCOPE_PROMETHEUS_CA_FILE } : {}),
        ...(d.HOPSCOPE_PROMETHEUS_TIMEOUT_MS ? { timeoutMs: d.HOPSCOPE_PROMETHEUS_TIMEOUT_MS } : {}),
        ...(d.HOPSCOPE_METRICS_PROFILES ? { profiles: d.HOPSCOPE_METRICS_PROFILES.split(',').map((p) => p.trim()).filter(Boolean) } : {}),
      }
    : undefined;
  return {
    source: d.HOPSCOPE_SOURCE,
    files: (d.HOPSCOPE_FILES ?? '').split(delimiter).filter(Boolean),
    maxFileBytes: d.HOPSCOPE_MAX_FILE_BYTES ?? DEFAULT_MAX_FILE_BYTES,
    demoFile: resolve(process.cwd(), 'demo', 'cluster.json'),
    ...(d.HOPSCOPE_KUBECONFIG ? { kubeconfig: d.HOPSCOPE_KUBECONFIG } : {}),
    ...(d.HOPSCOPE_CONTEXT ? { context: d.HOPSCOPE_CONTEXT } : {}),
    namespaces: list(d.HOPSCOPE_NAMESPACES ?? ''),
    ...(prometheus ? { prometheus } : {}),
    thresholds,
    demoMetricsFile: resolve(process.cwd(), 'demo', 'metrics.json'),
    dataDir: resolve(/*turbopackIgnore: true*/ d.HOPSCOPE_DATA_DIR ?? '.hopscope-data'),
    snapshotRetentionDays: d.HOPSCOPE_SNAPSHOT_RETENTION_DAYS,
    ...(d.HOPSCOPE_DATABASE_URL ? { databaseUrl: d.HOPSCOPE_DATABASE_URL } : {}),
    auth: {
      ...(d.HOPSCOPE_AUTH ? { mode: d.HOPSCOPE_AUTH } : {}),
      trustedProxies: list(d.HOPSCOPE_TRUSTED_PROXIES),
      sreGroups: list(d.HOPSCOPE_SRE_GROUPS),
      ...(d.HOPSCOPE_SESSION_SECRET ? { sessionSecret: d.HOPSCOPE_SESSION_SECRET } : {}),
      accessCacheMs: d.HOPSCOPE_ACCESS_CACHE_SECONDS * 1000,
    },
    allowedHosts: list(d.HOPSCOPE_ALLOWED_HOSTS),
  };
}
