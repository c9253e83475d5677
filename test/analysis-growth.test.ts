// The growth check of issue 12 in the normal test run: the whole analysis of the bench's multi-tenant
// shape at 4x the objects takes at most 5x the time. A ratio of two timings in one process;
// `npm run bench` prints the absolute figures and the per-check growth at 10k -> 40k.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { multiTenantObjects } from '../bench/shapes/multi-tenant';
import { Analysis } from '../lib/analysis/analysis';
import { stateFromObjects, type ClusterState } from '../lib/state/cluster-state';

const SMALL = 5_000;
const LARGE = 20_000;

// A full collection before each run, so that no run pays for the garbage of the one before.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function analysisMs(state: ClusterState): number {
  gc();
  const started = performance.now();
  new Analysis(state, { now: Date.parse('2026-12-01T00:00:00Z') });
  return performance.now() - started;
}

describe('analysis growth', () => {
  it(`analyses ${LARGE / SMALL}x the pods in at most 5x the time (multi-tenant shape, ${SMALL.toLocaleString('en-US')} -> ${LARGE.toLocaleString('en-US')} pods)`, () => {
    const small = stateFromObjects(multiTenantObjects(SMALL));
    const large = stateFromObjects(multiTenantObjects(LARGE));
    expect(large.list('Pod').length).toBeGreaterThanOrEqual(3.9 * small.list('Pod').length);
    // Interleaved, the fastest of each: a burst of other work slows one run, not every run of one size.
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let round = 0; round < 3; round++) {
      smallMs = Math.min(smallMs, analysisMs(small));
      largeMs = Math.min(largeMs, analysisMs(large));
    }
    console.log(`analysis: ${SMALL} pods ${smallMs.toFixed(0)} ms, ${LARGE} pods ${largeMs.toFixed(0)} ms, ${(largeMs / smallMs).toFixed(2)}x`);
    expect(largeMs / smallMs).toBeLessThanOrEqual(5);
  }, 120_000);
});
