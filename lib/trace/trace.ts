// "Trace a URL": which route, Service, port and pods a request reaches, or where it stops and why.
import { policiesVerb } from '../netpol/evidence';
import type { GatewayApiObject } from '../k8s/types';
import type { MetricsLayer } from '../metrics/types';
import { routeHTTP, type HTTPRouteDecision } from '../routing/httproute';
import { routeIngress, type IngressDecision } from '../routing/ingress';
import type { ClusterState } from '../state/cluster-state';
import { orderFindings } from '../graph/finding-order';
import { hopTitle } from '../graph/hop-kinds';
import { CLIENT_ID, edgeId, nodeId } from '../graph/ids';
import type { EdgePolicy, Graph, GraphEdge, GraphNode } from '../graph/types';
import { failingNow, type TraceWarning } from './failing-now';
import type { TraceRequest } from './request';
import { tlsFailure } from './tls';

export interface TraceOutcome {
  /**
   * The HTTP status the client sees, `timeout`, or `tls-error` (an https handshake fails before any
   * routing); 200 means the request reaches a pod.
   */
  status: number | 'timeout' | 'tls-error';
  ok: boolean;
  summary: string;
  /** Ids of the findings on the path that explain a failure, failing now first and a root cause before its effects. */
  findings: string[];
  /** When 200 is expected: findings on the path that say requests fail now (an OOM loop, a measured 5xx ratio). */
  warnings: TraceWarning[];
}

export interface TraceResult {
  request: TraceRequest;
  via: 'ingress' | 'httproute' | null;
  /** The rule that matched and why it beat the others (or why nothing matched). */
  why: string[];
  route: { node: string; rule: string } | null;
  service: { node: string; port: string } | null;
  endpoints: string | null;
  /** Pods that would serve the request: ready endpoints on the Service port, not blocked by policy. */
  pods: string[];
  policy: EdgePolicy | null;
  /** Every hop and edge on the traced path, for highlighting. */
  nodes: string[];
  edges: string[];
  /** The hop where the request stops (one of `nodes`: the last it reaches), null when pods serve it. */
  stoppedAt: string | null;
  outcome: TraceOutcome;
}

function gatewayWorld(state: ClusterState) {
  return {
    gateways: state.list('Gateway') as GatewayApiObject[],
    routes: state.list('HTTPRoute'),
    referenceGrants: state.list('ReferenceGrant') as GatewayApiObject[],
    namespaceLabels: (ns: string) => state.get('Namespace', undefined, ns)?.metadata.labels ?? { 'kubernetes.io/metadata.name': ns },
  };
}

/** Tries every Gateway; the first that routes the request wins (most clusters have one per host). */
function routeThroughGateways(state: ClusterState, request: TraceRequest): HTTPRouteDecision | null {
  const world = gatewayWorld(state);
  let first: HTTPRouteDecision | null = null;
  for (const gateway of world.gateways) {
    const decision = routeHTTP(world, { host: request.host, method: request.method, path: request.path, query: request.query, headers: request.headers }, `${gateway.metadata.namespace}/${gateway.metadata.name}`);
    if (decision.match) return decision;
    first ??= decision.listener ? decision : first;
  }
  return first;
}

/** The ids of the loud findings of these hops, in the order hops list them (failing now, a root cause before its effects), each once. */
const criticalFindings = (nodes: (GraphNode | undefined)[]) => [...new Set(orderFindings(nodes.flatMap((n) => (n?.findings ?? []).filter((f) => f.severity !== 'info'))).map((f) => f.id))];

interface Backend {
  via: 'ingress' | 'httproute';
  routeNode: string;
  rule: string;
  namespace: string;
  name: string;
  /** Service port as the route names it: a number, or a port name (Ingress only). */
  port: number | string | null;
  /** Why the Gateway answers 500 for this backend, when it does. */
  invalid: string | null;
  why: string[];
}

function fromIngress(decision: IngressDecision): Backend | null {
  const m = decision.match;
  const service = m?.backend.service;
  if (!m || !service) return null;
  return {
    via: 'ingress',
    routeNode: nodeId('ingress', m.ingress.namespace, m.ingress.name),
    rule: m.field === 'spec.defaultBackend' ? 'defaultBackend' : `${m.host ?? '*'} ${m.path} (${m.pathType})`,
    namespace: m.ingress.namespace,
    name: service.name,
    port: service.port?.number ?? service.port?.name ?? null,
    invalid: null,
    why: decision.why,
  };
}

function fromGateway(decision: HTTPRouteDecision): Backend | null {
  const m = decision.match;
  if (!m) return null;
  // A weighted split: trace the heaviest valid backend, and say so.
  const backend = [...m.backends].sort((a, b) => Number(!!a.invalid) - Number(!!b.invalid) || b.weight - a.weight)[0];
  if (!backend) return null;
  const why = [...decision.why];
  if (m.backends.length > 1) why.push(`The rule splits traffic over ${m.backends.map((b) => `${b.namespace}/${b.name} (weight ${b.weight})`).join(', ')}; traced: the heaviest valid one.`);
  return {
    via: 'httproute',
    routeNode: nodeId('httproute', m.route.namespace, m.route.name),
    rule: `rule ${m.rule + 1}, match ${m.match + 1}`,
    namespace: backend.namespace,
    name: backend.name,
    port: backend.port,
    invalid: backend.invalid,
    why,
  };
}

/** Follows the request past TLS: the route, the Service and its port, the endpoints, NetworkPolicy. */
function follow(state: ClusterState, graph: Graph, request: TraceRequest, ingress: IngressDecision, metrics: MetricsLayer | null): TraceResult {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const result: TraceResult = { request, via: null, why: [], route: null, service: null, endpoints: null, pods: [], policy: null, nodes: [CLIENT_ID], edges: [], stoppedAt: CLIENT_ID, outcome: { status: 404, ok: false, summary: '', findings: [], warnings: [] } };
  const gateway = ingress.match ? null : routeThroughGateways(state, request);
  const backend = fromIngress(ingress) ?? (gateway ? fromGateway(gateway) : null);
  if (!backend) {
    const matched = ingress.match ?? null;
    result.why = gateway?.listener ? gateway.why : ingress.why;
    if (matched) {
      const routeNode = nodeId('ingress', matched.ingress.namespace, matched.ingress.name);
      result.nodes.push(routeNode);
      result.edges.push(edgeId(CLIENT_ID, routeNode));
      result.stoppedAt = routeNode;
    }
    result.outcome = {
      status: matched ? 503 : 404,
      ok: false,
      summary: matched ? 'The matching Ingress rule has no Service backend.' : `No Ingress or HTTPRoute rule matches ${request.host}${request.path}: the controller answers 404 from its default backend.`,
      findings: [],
      warnings: [],
    };
    return result;
  }
  result.via = backend.via;
  result.why = backend.why;
  result.route = { node: backend.routeNode, rule: backend.rule };
  const serviceNode = nodeId('service', backend.namespace, backend.name);
  result.nodes.push(backend.routeNode, serviceNode);
  result.edges.push(edgeId(CLIENT_ID, backend.routeNode), edgeId(backend.routeNode, serviceNode));
  const failStatus = backend.via === 'httproute' ? 500 : 503;
  const fail = (status: number | 'timeout', summary: string, at: string, on: string[]) => {
    result.stoppedAt = at;
    result.outcome = { status, ok: false, summary, findings: criticalFindings(on.map((id) => byId.get(id))), warnings: [] };
    return result;
  };
  if (backend.invalid) return fail(500, `${backend.invalid}: the Gateway answers 500.`, backend.routeNode, [backend.routeNode]);
  const service = state.get('Service', backend.namespace, backend.name);
  // A missing Service is drawn (dashed) when the graph has it; else the route is the last hop there is.
  if (!service) return fail(failStatus, `Service ${backend.namespace}/${backend.name} does not exist: ${failStatus}.`, byId.has(serviceNode) ? serviceNode : backend.routeNode, [backend.routeNode, serviceNode]);
  const servicePort = (service.spec.ports ?? []).find((p) => (typeof backend.port === 'string' ? p.name === backend.port : p.port === backend.port));
  if (!servicePort) return fail(failStatus, `Service ${backend.namespace}/${backend.name} has no port ${backend.port ?? '(none)'}: ${failStatus}.`, serviceNode, [backend.routeNode, serviceNode]);
  result.service = { node: serviceNode, port: `${servicePort.port}${servicePort.name ? ` (${servicePort.name})` : ''}` };
  const endpointsNode = nodeId('endpoints', backend.namespace, backend.name);
  if (!byId.has(endpointsNode)) return fail(503, `Service ${backend.namespace}/${backend.name} is outside the namespaces shown, or has no endpoints hop.`, serviceNode, [serviceNode]);
  result.endpoints = endpointsNode;
  result.nodes.push(endpointsNode);
  result.edges.push(edgeId(serviceNode, endpointsNode));

  const podEdges = graph.edges.filter((e) => e.source === endpointsNode && e.kind === 'endpoints-pod');
  const servesPort = (e: GraphEdge) => e.ports.some((p) => p.name === (servicePort.name ?? '') && p.to !== null);
  const ready = podEdges.filter((e) => e.endpoint?.ready && servesPort(e));
  const on = [serviceNode, endpointsNode, ...podEdges.map((e) => e.target)];
  if (ready.length === 0) {
    const terminating = podEdges.some((e) => e.endpoint?.serving && e.endpoint.terminating);
    result.nodes.push(...podEdges.map((e) => e.target));
    result.edges.push(...podEdges.map((e) => e.id));
    return fail(503, `No ready endpoint serves Service ${backend.namespace}/${backend.name} port ${servicePort.port}${terminating ? ' (only terminating ones, which kube-proxy would still use in-cluster)' : ''}: 503.`, endpointsNode, on);
  }
  const open = ready.filter((e) => edgeById.get(e.id)?.policy?.verdict !== 'blocked');
  result.policy = ready.map((e) => e.policy).find((p) => p !== undefined && (open.length === 0 ? p.verdict === 'blocked' : p.verdict !== 'blocked')) ?? null;
  const serving = open.length ? open : ready;
  result.pods = open.map((e) => e.target);
  result.nodes.push(...serving.map((e) => e.target));
  result.edges.push(...serving.map((e) => e.id));
  if (open.length === 0) return fail('timeout', `${policiesVerb(result.policy?.policies ?? [], 'blocks', 'block')} the controller from every ready pod: the connection times out and the controller answers 504.`, endpointsNode, on);
  // Every pod of the EndpointSlices is on the path: one that is not ready now joins it again after each restart.
  const warnings = failingNow([backend.routeNode, ...on].map((id) => byId.get(id)), new Set([...result.edges, ...podEdges.map((e) => e.id)]), metrics);
  const served = `Served by ${open.length} ready pod${open.length > 1 ? 's' : ''} of Service ${backend.namespace}/${backend.name} on port ${servicePort.port}${ready.length > open.length ? ` (${ready.length - open.length} more are blocked by NetworkPolicy)` : ''}.`;
  result.stoppedAt = null;
  result.outcome = {
    status: 200,
    ok: true,
    summary: warnings.length ? `${served} 200 expected, but the path is failing now: ${warnings.map((w) => `${w.id} on ${hopTitle(w.hop)}`).join(', ')}.` : served,
    findings: criticalFindings(serving.map((e) => byId.get(e.target))),
    warnings,
  };
  return result;
}

/**
 * Where a request goes and what the client sees. An https request to an Ingress whose TLS Secret
 * for the host is broken fails at the handshake, which comes first; what follows it is said after.
 * With a metrics layer, a measured 5xx ratio on the path's route -> Service edge is a warning too.
 */
export function traceRequest(state: ClusterState, graph: Graph, request: TraceRequest, metrics: MetricsLayer | null = null): TraceResult {
  const ingress = routeIngress(state.list('Ingress'), { host: request.host, path: request.path });
  const result = follow(state, graph, request, ingress, metrics);
  const matched = ingress.match && state.get('Ingress', ingress.match.ingress.namespace, ingress.match.ingress.name);
  if (request.scheme !== 'https' || !matched) return result;
  const routeNode = nodeId('ingress', matched.metadata.namespace, matched.metadata.name);
  const tls = tlsFailure(matched, graph.nodes.find((n) => n.id === routeNode), request.host);
  if (!tls) return result;
  const after = result.outcome;
  result.stoppedAt = routeNode;
  result.outcome = {
    status: 'tls-error',
    ok: false,
    summary: `${tls.message} Past the handshake (a client that skips verification, such as curl -k): ${after.summary}`,
    // Past the handshake a 200 explains nothing; a failure there is the next thing to fix.
    findings: [...new Set([tls.id, ...(after.ok ? [] : after.findings)])],
    warnings: after.warnings,
  };
  return result;
}
