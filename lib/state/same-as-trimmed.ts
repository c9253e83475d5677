/**
 * True when `raw` holds the same values as `trimmed` in every field `trimmed` has (its fixed shape
 * includes fields that are undefined), so a trimmed object made from another raw object can be
 * reused as is. Walks both without allocating, unlike comparing JSON strings.
 */
export function sameAsTrimmed(trimmed: unknown, raw: unknown): boolean {
  if (trimmed === raw) return true;
  if (typeof trimmed !== 'object' || trimmed === null) return false;
  if (typeof raw !== 'object' || raw === null) return false;
  if (Array.isArray(trimmed)) {
    if (!Array.isArray(raw) || raw.length !== trimmed.length) return false;
    for (let i = 0; i < trimmed.length; i++) if (!sameAsTrimmed(trimmed[i], raw[i])) return false;
    return true;
  }
  if (Array.isArray(raw)) return false;
  const t = trimmed as Record<string, unknown>;
  const r = raw as Record<string, unknown>;
  for (const key in t) if (!sameAsTrimmed(t[key], r[key])) return false;
  return true;
}
