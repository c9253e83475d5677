// Regular expressions from the cluster (HTTPRoute RegularExpression matches, ingress-nginx paths
// under use-regex) are matched with RE2 (re2js): linear in the input whatever the pattern, and
// the syntax Envoy, the data plane of most Gateway implementations, accepts. JavaScript's RegExp
// backtracks: a route with `(a+)+$` would stall the process on a 50-character path.
import { RE2JS } from 're2js';

export type Regex = { ok: true; pattern: RE2JS } | { ok: false; reason: string };

const CACHE_LIMIT = 2000;
const cache = new Map<string, Regex>();

/** The pattern compiled by RE2, or why RE2 refuses it (once per pattern and flags). */
export function re2(pattern: string, caseInsensitive = false): Regex {
  const key = `${caseInsensitive ? 'i' : '-'}${pattern}`;
  let compiled = cache.get(key);
  if (!compiled) {
    try {
      compiled = { ok: true, pattern: RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0) };
    } catch (error) {
      compiled = { ok: false, reason: (error as Error).message };
    }
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, compiled);
  }
  return compiled;
}

/** Whether the whole input matches (false for a pattern RE2 refuses). */
export function fullMatch(pattern: string, input: string): boolean {
  const regex = re2(pattern);
  return regex.ok && regex.pattern.matches(input);
}

/** Whether the input starts with a match, case-insensitively (ingress-nginx's `~* "^<path>"`). */
export function prefixMatchIgnoringCase(pattern: string, input: string): boolean {
  const regex = re2(pattern, true);
  return regex.ok && regex.pattern.matcher(input).lookingAt();
}
