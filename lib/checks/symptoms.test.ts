import { describe, expect, it } from 'vitest';
import type { Finding } from '../graph/types';
import { groupBySymptom, symptomOf } from './symptoms';

const finding = (id: string, severity: Finding['severity'] = 'critical'): Finding => ({ id, severity, hop: 'x', message: id, evidence: { objects: [], fields: [], kubectl: [] } });

describe('findings grouped by what users see', () => {
  it('maps a check to the first symptom of the catalog table that lists it, prefixes included', () => {
    expect(symptomOf('EPS-EMPTY').symptom?.id).toBe('503');
    expect(symptomOf('PRB-EVENT-HTTP-STATUS').symptom?.id).toBe('503');
    expect(symptomOf('NP-DNS-EGRESS').symptom?.id).toBe('timeout');
    expect(symptomOf('NP-INGRESS-CTRL-BLOCKED').symptom?.id).toBe('504');
    expect(symptomOf('PRB-READINESS-MISSING').symptom).toBeNull();
  });

  it('orders groups as the table does and the most likely check first within a group', () => {
    const groups = groupBySymptom([finding('PRB-READINESS-MISSING', 'warning'), finding('POD-NOT-READY', 'warning'), finding('POD-CRASHLOOP'), finding('PRB-EVENT-HTTP-STATUS'), finding('EPS-NOT-READY')]);
    expect(groups.map((g) => [g.symptom?.id ?? 'other', g.findings.map((f) => f.id)])).toEqual([
      ['502', ['POD-CRASHLOOP']],
      ['503', ['EPS-NOT-READY', 'PRB-EVENT-HTTP-STATUS', 'POD-NOT-READY']],
      ['other', ['PRB-READINESS-MISSING']],
    ]);
  });
});
