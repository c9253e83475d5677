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
}

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
    namespaces: (d.HOPSCOPE_NAMESPACES ?? '').split(',').map((n) => n.trim()).filter(Boolean),
    ...(prometheus ? { prometheus } : {}),
    thresholds,
    demoMetricsFile: resolve(process.cwd(), 'demo', 'metrics.json'),
    dataDir: resolve(d.HOPSCOPE_DATA_DIR ?? '.hopscope-data'),
    snapshotRetentionDays: d.HOPSCOPE_SNAPSHOT_RETENTION_DAYS,
    ...(d.HOPSCOPE_DATABASE_URL ? { databaseUrl: d.HOPSCOPE_DATABASE_URL } : {}),
  };
}
