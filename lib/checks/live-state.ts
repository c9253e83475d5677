import type { Check } from './types';

export const NOT_RUN_ON_MANIFESTS = 'not run on manifests, which lack what only a running cluster shows (status, readiness, restarts, Events)';

/** A check that reads the live state, as manifests mode runs it: the hop says it was not run. */
export function notRunOnManifests(check: Check): Check {
  return { ...check, run: () => [{ notChecked: NOT_RUN_ON_MANIFESTS }] };
}
