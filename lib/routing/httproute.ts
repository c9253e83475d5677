// Which backend an HTTP request reaches through a Gateway and its HTTPRoutes, by the Gateway API spec.
import { readLabelSelector, selectorMatches } from '../k8s/label-selector';
import type { BackendRef, GatewayApiObject, HTTPRoute, Labels, ParentRef } from '../k8s/types';
import { arr, num, rec, str } from '../state/read';
import { gatewayHostMatches, hostSpecificity } from './hostnames';
import { exactMatches, prefixMatches } from './paths';
import { fullMatch } from './regex';

export interface HTTPRequest {
  /** Host header, maybe with `:port` (ignored); undefined: sent to the Gateway's address. */
  host?: string;
  method: string;
  path: string;
  /** Raw query string without `?`. */
  query?: string;
  headers?: Record<string, string>;
}

export interface GatewayWorld {
  gateways: readonly GatewayApiObject[];
  routes: readonly HTTPRoute[];
  referenceGrants: readonly GatewayApiObject[];
  namespaceLabels(namespace: string): Labels | undefined;
}

export interface RoutedBackend {
  namespace: string;
  name: string;
  port: number | null;
  weight: number;
  /** Why requests for this backend get 500 instead (missing ReferenceGrant, not a Service, no port). */
  invalid: string | null;
}

export interface HTTPRouteDecision {
  gateway: string | null;
  listener: string | null;
  match: { route: { namespace: string; name: string }; rule: number; match: number; backends: RoutedBackend[] } | null;
  why: string[];
}

export interface Listener {
  name: string;
  hostname: string | null;
  port: number | null;
  protocol: string;
  allowedFrom: string;
  allowedSelector: ReturnType<typeof readLabelSelector>;
  allowedKinds: string[] | null;
}

export function listenersOf(gateway: GatewayApiObject): Listener[] {
  return arr(gateway.spec.listeners).map((item) => {
    const l = rec(item) ?? {};
    const allowed = rec(l.allowedRoutes) ?? {};
    const namespaces = rec(allowed.namespaces) ?? {};
    const kinds = arr(allowed.kinds).map((k) => str(rec(k)?.kind) ?? '');
    return {
      name: str(l.name) ?? '',
      hostname: str(l.hostname) ?? null,
      port: num(l.port) ?? null,
      protocol: str(l.protocol) ?? 'HTTP',
      allowedFrom: str(namespaces.from) ?? 'Same',
      allowedSelector: namespaces.selector ? readLabelSelector(namespaces.selector) : null,
      allowedKinds: kinds.length ? kinds : null,
    };
  });
}

const nsOf = (o: { metadata: { namespace?: string } }) => o.metadata.namespace ?? '';

function hostOf(request: HTTPRequest): string | null {
  if (request.host === undefined || request.host === '') return null;
  return request.host.replace(/:\d+$/, '').toLowerCase();
}

/** The listener a request lands on: of those whose hostname matches, the most specific. */
function pickListener(listeners: Listener[], host: string | null): Listener | null {
  const fitting = listeners.filter((l) => (l.protocol === 'HTTP' || l.protocol === 'HTTPS') && (l.hostname === null || (host !== null && gatewayHostMatches(l.hostname, host))));
  return fitting.sort((a, b) => hostSpecificity(b.hostname) - hostSpecificity(a.hostname))[0] ?? null;
}

export function parentTargets(ref: ParentRef, route: HTTPRoute, gateway: GatewayApiObject, listener: Listener): boolean {
  return (
    (ref.group ?? 'gateway.networking.k8s.io') === 'gateway.networking.k8s.io' &&
    (ref.kind ?? 'Gateway') === 'Gateway' &&
    ref.name === gateway.metadata.name &&
    (ref.namespace ?? nsOf(route)) === nsOf(gateway) &&
    (ref.sectionName === undefined || ref.sectionName === listener.name) &&
    (ref.port === undefined || ref.port === listener.port)
  );
}

/** Why a listener does not take routes from the route's namespace, or null when it does. */
export function notAllowed(listener: Listener, gateway: GatewayApiObject, route: HTTPRoute, namespaceLabels: GatewayWorld['namespaceLabels']): string | null {
  if (listener.allowedKinds && !listener.allowedKinds.includes('HTTPRoute')) return `listener ${listener.name} allows only ${listener.allowedKinds.join(', ')}`;
  if (listener.allowedFrom === 'All') return null;
  if (listener.allowedFrom === 'Same') return nsOf(route) === nsOf(gateway) ? null : `listener ${listener.name} takes routes only from namespace ${nsOf(gateway)}`;
  if (listener.allowedFrom === 'Selector') {
    const labels = namespaceLabels(nsOf(route));
    return listener.allowedSelector && labels && selectorMatches(listener.allowedSelector, labels) ? null : `namespace ${nsOf(route)} does not match the selector of listener ${listener.name}`;
  }
  return `listener ${listener.name} has allowedRoutes.namespaces.from ${listener.allowedFrom}`;
}

interface MatchSpec {
  pathType: string;
  pathValue: string;
  method: string | null;
  headers: { name: string; value: string; type: string }[];
  query: { name: string; value: string; type: string }[];
}

function readMatch(value: unknown): MatchSpec {
  const m = rec(value) ?? {};
  const path = rec(m.path);
  const pairs = (list: unknown) => arr(list).map((h) => ({ name: str(rec(h)?.name) ?? '', value: str(rec(h)?.value) ?? '', type: str(rec(h)?.type) ?? 'Exact' }));
  return { pathType: str(path?.type) ?? 'PathPrefix', pathValue: str(path?.value) ?? '/', method: str(m.method) ?? null, headers: pairs(m.headers), query: pairs(m.queryParams) };
}

function valueMatches(type: string, want: string, have: string | undefined): boolean {
  if (have === undefined) return false;
  return type === 'RegularExpression' ? fullMatch(want, have) : want === have;
}

function requestMatches(spec: MatchSpec, request: HTTPRequest, headers: Map<string, string>, query: Map<string, string>): boolean {
  const pathOk =
    spec.pathType === 'Exact' ? exactMatches(spec.pathValue, request.path) : spec.pathType === 'RegularExpression' ? valueMatches('RegularExpression', spec.pathValue, request.path) : prefixMatches(spec.pathValue, request.path);
  return (
    pathOk &&
    (spec.method === null || spec.method === request.method) &&
    spec.headers.every((h) => valueMatches(h.type, h.value, headers.get(h.name.toLowerCase()))) &&
    spec.query.every((q) => valueMatches(q.type, q.value, query.get(q.name)))
  );
}

interface Candidate {
  route: HTTPRoute;
  rule: number;
  match: number;
  spec: MatchSpec;
  host: number;
}

/** Gateway API precedence: hostname, Exact path, longest prefix, method, most headers, most query params, oldest route, name, rule order. */
function compare(a: Candidate, b: Candidate): number {
  const exact = (c: Candidate) => Number(c.spec.pathType === 'Exact');
  const prefix = (c: Candidate) => (c.spec.pathType === 'PathPrefix' ? c.spec.pathValue.length : -1);
  return (
    b.host - a.host ||
    exact(b) - exact(a) ||
    prefix(b) - prefix(a) ||
    Number(b.spec.method !== null) - Number(a.spec.method !== null) ||
    b.spec.headers.length - a.spec.headers.length ||
    b.spec.query.length - a.spec.query.length ||
    (a.route.metadata.creationTimestamp ?? '').localeCompare(b.route.metadata.creationTimestamp ?? '') ||
    `${nsOf(a.route)}/${a.route.metadata.name}`.localeCompare(`${nsOf(b.route)}/${b.route.metadata.name}`) ||
    a.rule - b.rule ||
    a.match - b.match
  );
}

function routeHostSpecificity(route: HTTPRoute, host: string | null): number | null {
  const names = route.spec.hostnames ?? [];
  if (names.length === 0) return 0;
  if (host === null) return null;
  const fitting = names.filter((n) => gatewayHostMatches(n, host));
  return fitting.length ? Math.max(...fitting.map(hostSpecificity)) : null;
}

export function granted(world: Pick<GatewayWorld, 'referenceGrants'>, route: HTTPRoute, namespace: string, name: string): boolean {
  return world.referenceGrants.some((grant) => {
    if (nsOf(grant) !== namespace) return false;
    const from = arr(grant.spec.from).some((f) => {
      const r = rec(f);
      return r?.group === 'gateway.networking.k8s.io' && r.kind === 'HTTPRoute' && r.namespace === nsOf(route);
    });
    const to = arr(grant.spec.to).some((t) => {
      const r = rec(t);
      return (r?.group ?? '') === '' && r?.kind === 'Service' && (r.name === undefined || r.name === '' || r.name === name);
    });
    return from && to;
  });
}

function backendsOf(world: GatewayWorld, route: HTTPRoute, refs: readonly BackendRef[]): RoutedBackend[] {
  return refs.map((ref) => {
    const namespace = ref.namespace ?? nsOf(route);
    let invalid: string | null = null;
    if ((ref.group ?? '') !== '' || (ref.kind ?? 'Service') !== 'Service') invalid = `backendRef ${ref.kind ?? ''} ${ref.name} is not a Service`;
    else if (ref.port === undefined) invalid = `backendRef ${ref.name} has no port`;
    else if (namespace !== nsOf(route) && !granted(world, route, namespace, ref.name)) invalid = `no ReferenceGrant in namespace ${namespace} lets HTTPRoutes from ${nsOf(route)} use Service ${ref.name}`;
    return { namespace, name: ref.name, port: ref.port ?? null, weight: ref.weight ?? 1, invalid };
  });
}

/** Routes one request through one Gateway (the named one, or the only one there is). */
export function routeHTTP(world: GatewayWorld, request: HTTPRequest, gatewayKey?: string): HTTPRouteDecision {
  const why: string[] = [];
  const gateway = gatewayKey ? world.gateways.find((g) => `${nsOf(g)}/${g.metadata.name}` === gatewayKey) : world.gateways.length === 1 ? world.gateways[0] : undefined;
  if (!gateway) return { gateway: null, listener: null, match: null, why: [gatewayKey ? `No Gateway ${gatewayKey}.` : 'Say which Gateway the request is sent to.'] };
  const gatewayName = `${nsOf(gateway)}/${gateway.metadata.name}`;
  const host = hostOf(request);
  const listener = pickListener(listenersOf(gateway), host);
  if (!listener) return { gateway: gatewayName, listener: null, match: null, why: [`No listener of Gateway ${gatewayName} accepts host "${host ?? '(none)'}": 404.`] };
  why.push(`Listener ${listener.name}${listener.hostname ? ` (${listener.hostname})` : ''} of Gateway ${gatewayName} takes the request.`);
  const headers = new Map(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const query = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(request.query ?? '')) if (!query.has(k)) query.set(k, v);

  const candidates: Candidate[] = [];
  for (const route of world.routes) {
    if (!(route.spec.parentRefs ?? []).some((ref) => parentTargets(ref, route, gateway, listener))) continue;
    const refused = notAllowed(listener, gateway, route, world.namespaceLabels);
    if (refused) {
      why.push(`HTTPRoute ${nsOf(route)}/${route.metadata.name} is not attached: ${refused}.`);
      continue;
    }
    const hostRank = routeHostSpecificity(route, host);
    if (hostRank === null) continue;
    (route.spec.rules ?? []).forEach((rule, r) => {
      const matches = rule.matches?.length ? rule.matches : [{}];
      matches.forEach((m, i) => {
        const spec = readMatch(m);
        if (requestMatches(spec, request, headers, query)) candidates.push({ route, rule: r, match: i, spec, host: hostRank });
      });
    });
  }
  const best = candidates.sort(compare)[0];
  if (!best) {
    why.push(`No HTTPRoute rule on this listener matches ${request.method} ${request.path}: 404.`);
    return { gateway: gatewayName, listener: listener.name, match: null, why };
  }
  const routeName = `${nsOf(best.route)}/${best.route.metadata.name}`;
  why.push(`HTTPRoute ${routeName} rule ${best.rule + 1} matches (${best.spec.pathType} ${best.spec.pathValue}${best.spec.method ? `, method ${best.spec.method}` : ''}${best.spec.headers.length ? `, ${best.spec.headers.length} header(s)` : ''}${best.spec.query.length ? `, ${best.spec.query.length} query param(s)` : ''}).`);
  if (candidates.length > 1) why.push(`It wins over ${candidates.length - 1} other matching rule(s) by Gateway API precedence (hostname, Exact path, longest prefix, method, headers, query params).`);
  const backends = backendsOf(world, best.route, best.route.spec.rules?.[best.rule]?.backendRefs ?? []);
  if (backends.length === 0) why.push('The rule has no backendRefs: 500.');
  for (const b of backends) if (b.invalid) why.push(`${b.invalid}: its share of requests gets 500.`);
  return { gateway: gatewayName, listener: listener.name, match: { route: { namespace: nsOf(best.route), name: best.route.metadata.name }, rule: best.rule, match: best.match, backends }, why };
}
