import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The copy kept in the repository (test/conformance/corpus), for clones that do not sit beside ../shared. */
export const BUNDLED_CORPUS = join(import.meta.dirname, '../../test/conformance/corpus');

/** HOPSCOPE_CONFORMANCE_DIR when given; else ../shared/conformance when it exists; else the bundled copy. */
export function corpusDir(fromEnv: string | undefined): string {
  if (fromEnv) return resolve(fromEnv);
  const shared = resolve('../shared/conformance');
  return existsSync(shared) ? shared : BUNDLED_CORPUS;
}
