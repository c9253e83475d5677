import { delimiter, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from './source/read-files';

const envSchema = z.object({
  HOPSCOPE_FILES: z.string().optional(),
  HOPSCOPE_MAX_FILE_BYTES: z.coerce.number().int().positive().optional(),
});

export interface Config {
  /** Dumps to read instead of the demo; empty means the bundled demo cluster. */
  files: string[];
  maxFileBytes: number;
  demoFile: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return {
    files: (parsed.data.HOPSCOPE_FILES ?? '').split(delimiter).filter(Boolean),
    maxFileBytes: parsed.data.HOPSCOPE_MAX_FILE_BYTES ?? DEFAULT_MAX_FILE_BYTES,
    demoFile: resolve(process.cwd(), 'demo', 'cluster.json'),
  };
}
