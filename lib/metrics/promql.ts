// PromQL from validated inputs only: label values come from Kubernetes names (checked against the
// DNS-1123 shapes) or from fixed vocabularies, and are escaped anyway.

const K8S_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const WINDOW = /^[1-9][0-9]{0,3}[smhd]$/;

export class PromQLInputError extends Error {}

/** A Kubernetes object name as a PromQL string literal; throws for anything else. */
export function nameLiteral(value: string): string {
  if (!K8S_NAME.test(value) || value.length > 253) throw new PromQLInputError(`not a Kubernetes name: ${JSON.stringify(value).slice(0, 80)}`);
  return JSON.stringify(value);
}

export function labelName(value: string): string {
  if (!LABEL_NAME.test(value)) throw new PromQLInputError(`not a label name: ${JSON.stringify(value).slice(0, 80)}`);
  return value;
}

/** A range window such as `5m`. */
export function windowLiteral(value: string): string {
  if (!WINDOW.test(value)) throw new PromQLInputError(`not a window: ${JSON.stringify(value).slice(0, 20)}`);
  return value;
}

/** `ns=~"a|b|c"` over validated names. */
export function anyOf(label: string, names: readonly string[]): string {
  const values = names.map((n) => JSON.parse(nameLiteral(n)) as string);
  return `${labelName(label)}=~${JSON.stringify(values.join('|'))}`;
}
