import { kubectlGet } from '../k8s/kubectl';
import { re2 } from '../routing/regex';
import { arr, rec, str } from '../state/read';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** Every RegularExpression value of a route's matches (path, headers, query parameters), with its field. */
function regexValues(spec: { rules?: unknown }): { field: string; pattern: string }[] {
  return arr(spec.rules).flatMap((rule, i) =>
    arr(rec(rule)?.matches).flatMap((m, j) => {
      const match = rec(m);
      const at = `spec.rules[${i}].matches[${j}]`;
      const path = rec(match?.path);
      const pairs = (key: 'headers' | 'queryParams') => arr(match?.[key]).map(rec).flatMap((p, k) => (str(p?.type) === 'RegularExpression' ? [{ field: `${at}.${key}[${k}].value`, pattern: str(p?.value) ?? '' }] : []));
      return [...(str(path?.type) === 'RegularExpression' ? [{ field: `${at}.path.value`, pattern: str(path?.value) ?? '' }] : []), ...pairs('headers'), ...pairs('queryParams')];
    }),
  );
}

export const rtRegexInvalid = defineCheck({
  id: 'RT-REGEX-INVALID',
  hop: 'httproute',
  title: 'Regular expression that RE2 refuses',
  run(node, ctx) {
    const route = ctx.object(node, 'HTTPRoute');
    if (!route) return [];
    return regexValues(route.spec).flatMap(({ field: path, pattern }) => {
      const compiled = re2(pattern);
      if (compiled.ok) return [];
      return [
        {
          severity: 'critical' as const,
          message: `HTTPRoute ${route.metadata.name} matches ${path.replace(/^spec\./, '')} with the regular expression ${JSON.stringify(pattern)}, which RE2 (the engine of Envoy and most Gateway implementations) refuses: ${compiled.reason}. The implementation rejects the match or the route, so requests it should match get 404.`,
          evidence: evidence({ fields: [field(route, path, pattern)], kubectl: [kubectlGet('HTTPRoute', route.metadata.namespace, route.metadata.name, '{.spec.rules[*].matches}')] }),
        },
      ];
    });
  },
});
