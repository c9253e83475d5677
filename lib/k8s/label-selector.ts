import { arr, rec, str } from '../state/read';
import type { LabelSelector, LabelSelectorRequirement, Labels } from './types';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/**
 * A metav1.LabelSelector from raw JSON. Returns null for one that cannot be valid (an unknown
 * operator, In/NotIn without values): the API server would not have accepted it, so it selects nothing.
 */
export function readLabelSelector(value: unknown): LabelSelector | null {
  const raw = rec(value) ?? {};
  const matchLabels: Record<string, string> = {};
  for (const [key, v] of Object.entries(rec(raw.matchLabels) ?? {})) {
    if (typeof v !== 'string') return null;
    matchLabels[key] = v;
  }
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const item of arr(raw.matchExpressions)) {
    const e = rec(item);
    const key = str(e?.key);
    const operator = str(e?.operator);
    if (!e || !key || !operator || !OPERATORS.has(operator)) return null;
    const values = arr(e.values).filter((v): v is string => typeof v === 'string');
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) return null;
    matchExpressions.push({ key, operator: operator as LabelSelectorRequirement['operator'], values });
  }
  return { matchLabels, matchExpressions };
}

/** Standard label selector semantics: `{}` matches everything; NotIn and DoesNotExist match an absent key. */
export function selectorMatches(selector: LabelSelector, labels: Labels | undefined): boolean {
  const l = labels ?? {};
  for (const key in selector.matchLabels) if (l[key] !== selector.matchLabels[key]) return false;
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    const has = Object.hasOwn(l, key);
    switch (operator) {
      case 'In':
        if (!has || !values.includes(l[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(l[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** `app=web, tier in (a,b)`: a selector as kubectl prints it. */
export function formatSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    if (operator === 'Exists') parts.push(key);
    else if (operator === 'DoesNotExist') parts.push(`!${key}`);
    else parts.push(`${key} ${operator === 'In' ? 'in' : 'notin'} (${values.join(',')})`);
  }
  return parts.length ? parts.join(', ') : '(all)';
}
