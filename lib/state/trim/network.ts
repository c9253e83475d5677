import type {
  Endpoint,
  EndpointConditions,
  EndpointPort,
  EndpointSlice,
  Ingress,
  IngressBackend,
  IngressClass,
  IngressPath,
  IngressRule,
  NetworkPolicy,
  Service,
  ServicePort,
} from '../../k8s/types';
import { arr, bool, compact, num, numOrStr, rec, str, type JsonRecord } from '../read';
import { trimMeta, type TrimContext } from './meta';
import { protocol } from './protocol';


/** The records of an array, in an array of exact length (filter() leaves spare capacity). */
function records(value: unknown): JsonRecord[] {
  const all = arr(value);
  return all.every((r) => rec(r)) ? (all.map(rec) as JsonRecord[]) : all.map(rec).filter((r): r is JsonRecord => !!r);
}

function strings(value: unknown): string[] {
  return arr(value).filter((s): s is string => typeof s === 'string');
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export function trimService(raw: JsonRecord, ctx: TrimContext): Service {
  const spec = rec(raw.spec) ?? {};
  const ports = records(spec.ports).map((p) =>
    compact<ServicePort>({
      name: ctx.interner.opt(str(p.name)),
      port: num(p.port) ?? 0,
      targetPort: numOrStr(p.targetPort),
      protocol: protocol(p.protocol),
      nodePort: num(p.nodePort),
    }),
  );
  const families = strings(spec.ipFamilies);
  const metadata = trimMeta(raw.metadata, ctx, 'full');
  const selector = ctx.interner.labels(rec(spec.selector));
  // Port lists and address families repeat across Services (`http 80 -> http`), and a selector
  // often equals the Service's own labels: keep one copy of each.
  return {
    kind: 'Service',
    metadata,
    spec: compact<Service['spec']>({
      type: ctx.interner.opt(str(spec.type)),
      selector: selector && metadata.labels && sameLabels(selector, metadata.labels) ? metadata.labels : selector,
      ports: ports.length ? ctx.interner.same(ports) : undefined,
      clusterIP: str(spec.clusterIP),
      externalName: str(spec.externalName),
      publishNotReadyAddresses: bool(spec.publishNotReadyAddresses),
      sessionAffinity: ctx.interner.opt(str(spec.sessionAffinity)),
      internalTrafficPolicy: ctx.interner.opt(str(spec.internalTrafficPolicy)),
      externalTrafficPolicy: ctx.interner.opt(str(spec.externalTrafficPolicy)),
      ipFamilies: families.length ? ctx.interner.same(families) : undefined,
    }),
  };
}

function nullableBool(value: unknown): boolean | null | undefined {
  return value === null ? null : bool(value);
}

const CONDITIONS = new Map<string, EndpointConditions>();

/** Only 27 combinations exist, so endpoints with the same conditions share one frozen object. */
function sharedConditions(raw: JsonRecord): EndpointConditions {
  const ready = nullableBool(raw.ready);
  const serving = nullableBool(raw.serving);
  const terminating = nullableBool(raw.terminating);
  const key = `${ready}${serving}${terminating}`;
  let shared = CONDITIONS.get(key);
  if (!shared) CONDITIONS.set(key, (shared = Object.freeze({ ready, serving, terminating })));
  return shared;
}

/** Kind and namespace only when they are not the usual `Pod` in the slice's own namespace. */
function targetRef(target: JsonRecord, namespace: string | undefined, ctx: TrimContext): NonNullable<Endpoint['targetRef']> {
  const ref: NonNullable<Endpoint['targetRef']> = { name: str(target.name), uid: str(target.uid) };
  const kind = str(target.kind);
  if (kind && kind !== 'Pod') ref.kind = ctx.interner.intern(kind);
  const refNamespace = str(target.namespace);
  if (refNamespace && refNamespace !== namespace) ref.namespace = ctx.interner.intern(refNamespace);
  return ref;
}

function endpoint(value: JsonRecord, namespace: string | undefined, ctx: TrimContext): Endpoint {
  const conditions = rec(value.conditions);
  const target = rec(value.targetRef);
  const addresses = Array.isArray(value.addresses) ? value.addresses.filter((a): a is string => typeof a === 'string') : [];
  return {
    addresses: addresses.length === 1 ? [addresses[0]!] : addresses,
    conditions: conditions && sharedConditions(conditions),
    nodeName: ctx.interner.opt(str(value.nodeName)),
    targetRef: target && targetRef(target, namespace, ctx),
  };
}

export function trimEndpointSlice(raw: JsonRecord, ctx: TrimContext): EndpointSlice {
  const namespace = str(rec(raw.metadata)?.namespace);
  const endpoints = Array.isArray(raw.endpoints) ? records(raw.endpoints).map((e) => endpoint(e, namespace, ctx)) : null;
  const ports = Array.isArray(raw.ports)
    ? records(raw.ports).map((p): EndpointPort => ({ name: ctx.interner.opt(str(p.name)), port: num(p.port), protocol: protocol(p.protocol) }))
    : null;
  return {
    kind: 'EndpointSlice',
    metadata: trimMeta(raw.metadata, ctx, 'lean'),
    addressType: ctx.interner.opt(str(raw.addressType)),
    endpoints,
    ports: ports && ctx.interner.same(ports),
  };
}

/** The Ingress written for extensions/v1beta1 or networking.k8s.io/v1beta1: `serviceName` and `servicePort` (a number or a port name). */
const OLD_BACKENDS = 'Ingress with serviceName/servicePort backends (extensions/v1beta1, networking.k8s.io/v1beta1), as networking.k8s.io/v1';

function backend(value: unknown, ctx: TrimContext): IngressBackend | undefined {
  const b = rec(value);
  if (!b) return undefined;
  if (typeof b.serviceName === 'string') {
    ctx.note(OLD_BACKENDS);
    const port = b.servicePort;
    return { service: { name: b.serviceName, port: typeof port === 'number' ? { number: port } : typeof port === 'string' ? (/^\d+$/.test(port) ? { number: Number(port) } : { name: ctx.interner.intern(port) }) : undefined } };
  }
  const service = rec(b.service);
  const port = rec(service?.port);
  const resource = rec(b.resource);
  return compact<IngressBackend>({
    service:
      service && typeof service.name === 'string'
        ? compact({
            name: service.name,
            port: port && compact({ number: num(port.number), name: ctx.interner.opt(str(port.name)) }),
          })
        : undefined,
    resource:
      resource && typeof resource.kind === 'string' && typeof resource.name === 'string'
        ? compact({ apiGroup: str(resource.apiGroup), kind: resource.kind, name: resource.name })
        : undefined,
  });
}

export function trimIngress(raw: JsonRecord, ctx: TrimContext): Ingress {
  const spec = rec(raw.spec) ?? {};
  const rules = records(spec.rules).map((r) => {
    const http = rec(r.http);
    const paths = records(http?.paths).map((p) =>
      compact<IngressPath>({
        path: str(p.path),
        pathType: ctx.interner.opt(str(p.pathType)),
        backend: backend(p.backend, ctx) ?? {},
      }),
    );
    return compact<IngressRule>({ host: str(r.host), http: http ? { paths } : undefined });
  });
  const tls = records(spec.tls).map((t) => compact({ hosts: strings(t.hosts), secretName: str(t.secretName) }));
  const lb = records(rec(rec(raw.status)?.loadBalancer)?.ingress).map((i) => compact({ ip: str(i.ip), hostname: str(i.hostname) }));
  return {
    kind: 'Ingress',
    metadata: trimMeta(raw.metadata, ctx, 'full'),
    spec: compact<Ingress['spec']>({
      ingressClassName: ctx.interner.opt(str(spec.ingressClassName)),
      defaultBackend: backend(spec.defaultBackend ?? spec.backend, ctx),
      rules: rules.length ? rules : undefined,
      tls: tls.length ? tls : undefined,
    }),
    status: lb.length ? { loadBalancer: { ingress: lb } } : undefined,
  };
}

export function trimIngressClass(raw: JsonRecord, ctx: TrimContext): IngressClass {
  return {
    kind: 'IngressClass',
    metadata: trimMeta(raw.metadata, ctx, 'full'),
    spec: compact({ controller: ctx.interner.opt(str(rec(raw.spec)?.controller)) }),
  };
}

export function trimNetworkPolicy(raw: JsonRecord, ctx: TrimContext): NetworkPolicy {
  return { kind: 'NetworkPolicy', metadata: trimMeta(raw.metadata, ctx, 'lean'), spec: rec(raw.spec) ?? {} };
}
