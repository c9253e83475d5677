import { delimiter, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from './source/read-files';

const envSchema = z.object({
  HOPSCOPE_SOURCE: z.enum(['auto', 'demo', 'files', 'live']).default('auto'),
  HOPSCOPE_FILES: z.string().optional(),
  HOPSCOPE_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
  HOPSCOPE_KUBECONFIG: z.string().optional(),
  HOPSCOPE_CONTEXT: z.string().optional(),
  HOPSCOPE_NAMESPACES: z.string().optional(),
});

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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const d = parsed.data;
  return {
    source: d.HOPSCOPE_SOURCE,
    files: (d.HOPSCOPE_FILES ?? '').split(delimiter).filter(Boolean),
    maxFileBytes: d.HOPSCOPE_MAX_FILE_BYTES ?? DEFAULT_MAX_FILE_BYTES,
    demoFile: resolve(process.cwd(), 'demo', 'cluster.json'),
    ...(d.HOPSCOPE_KUBECONFIG ? { kubeconfig: d.HOPSCOPE_KUBECONFIG } : {}),
    ...(d.HOPSCOPE_CONTEXT ? { context: d.HOPSCOPE_CONTEXT } : {}),
    namespaces: (d.HOPSCOPE_NAMESPACES ?? '').split(',').map((n) => n.trim()).filter(Boolean),
  };
}
