// Defensive readers for untyped JSON: trimming must never throw on an odd object.

export type JsonRecord = Record<string, unknown>;

export function rec(value: unknown): JsonRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : undefined;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

export function numOrStr(value: unknown): number | string | undefined {
  return num(value) ?? str(value);
}

/**
 * A copy without the keys whose values are undefined. Builds a new object rather than deleting
 * keys: `delete` turns a V8 object into a slow, large dictionary, which at 150k pods costs
 * kilobytes per pod.
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
