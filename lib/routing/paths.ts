// Path matching shared by Ingress and Gateway API: exact, and prefix by whole path elements.

function elements(path: string): string[] {
  return path.split('/').filter((e) => e !== '');
}

/** Prefix match per path element, ignoring trailing slashes on both sides (`/aaa` matches `/aaa/b`, not `/aaab`). */
export function prefixMatches(prefix: string, path: string): boolean {
  const want = elements(prefix);
  const have = elements(path);
  return want.length <= have.length && want.every((e, i) => e === have[i]);
}

export function exactMatches(rule: string, path: string): boolean {
  return rule === path;
}
