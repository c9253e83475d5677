import { ingSvcMissing } from './ing-svc-missing';
import type { Check } from './types';

/** Every check Hopscope runs. Adding a check is adding its file and a line here. */
export const CHECKS: readonly Check[] = [ingSvcMissing] as Check[];
