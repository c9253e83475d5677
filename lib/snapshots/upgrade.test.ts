import { describe, expect, it } from 'vitest';
import type { Finding } from '../graph/types';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { upgradeSnapshot } from './upgrade';

/** Findings as snapshots frozen before findings had a class stored them. */
const frozen = (id: string, severity: Finding['severity']) => ({ id, severity, message: `${id} fired`, evidence: [] }) as unknown as Finding;

describe('upgradeSnapshot', () => {
  it('gives findings frozen before classes existed their class from the catalog, so the panel does not call a failure a risk', () => {
    const snapshot = snapshotFixture('AbCdEfGhIjKlMnOpQrStUv');
    const [first, ...rest] = snapshot.graph.nodes;
    const old = { ...snapshot, graph: { ...snapshot.graph, nodes: [{ ...first!, findings: [frozen('POD-NOT-READY', 'critical'), frozen('POD-GRACEFUL-SHUTDOWN', 'info'), frozen('POD-OOMKILLED', 'warning'), frozen('NO-LONGER-A-CHECK', 'warning')] }, ...rest] } };
    const classes = upgradeSnapshot(old).graph.nodes[0]!.findings.map((f) => [f.id, f.class]);
    expect(classes).toEqual([
      ['POD-NOT-READY', 'failing-now'],
      ['POD-GRACEFUL-SHUTDOWN', 'risk'],
      ['POD-OOMKILLED', 'risk'],
      ['NO-LONGER-A-CHECK', 'risk'],
    ]);
    expect(upgradeSnapshot(snapshot)).toBe(snapshot);
  });
});
