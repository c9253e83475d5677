// RBAC rules as a SelfSubjectRulesReview returns them for one namespace, and whether they allow a
// verb on a resource. Pure; mirrors the RBAC authorizer's matching (wildcards, resourceNames).

export interface ResourceRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

const has = (list: string[] | undefined, value: string) => !!list && (list.includes('*') || list.includes(value));

/** Whether the rules allow `verb` on group/resource (a named object when `name` is given). */
export function rulesAllow(rules: readonly ResourceRule[], verb: string, group: string, resource: string, name?: string): boolean {
  return rules.some(
    (rule) =>
      has(rule.verbs, verb) &&
      has(rule.apiGroups, group) &&
      has(rule.resources, resource) &&
      (!rule.resourceNames?.length || (name !== undefined && rule.resourceNames.includes(name))),
  );
}
