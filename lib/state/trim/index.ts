import type { AnyObject, Kind } from '../../k8s/types';
import { rec, str, type JsonRecord } from '../read';
import { trimConfigMap, trimEvent, trimGatewayApi, trimNamespace, trimNode, trimSecret, trimWorkload } from './cluster';
import type { TrimContext } from './meta';
import { trimEndpointSlice, trimIngress, trimIngressClass, trimNetworkPolicy, trimService } from './network';
import { trimPod } from './pod';

export type { TrimContext } from './meta';

type Trimmer = (raw: JsonRecord, ctx: TrimContext) => AnyObject;

const TRIMMERS: Record<Kind, Trimmer> = {
  Namespace: trimNamespace,
  Node: trimNode,
  Pod: trimPod,
  Service: trimService,
  EndpointSlice: trimEndpointSlice,
  Ingress: trimIngress,
  IngressClass: trimIngressClass,
  NetworkPolicy: trimNetworkPolicy,
  Event: trimEvent,
  ConfigMap: trimConfigMap,
  Gateway: trimGatewayApi,
  GatewayClass: trimGatewayApi,
  HTTPRoute: trimGatewayApi,
  ReferenceGrant: trimGatewayApi,
  Deployment: trimWorkload,
  StatefulSet: trimWorkload,
  DaemonSet: trimWorkload,
  ReplicaSet: trimWorkload,
  Job: trimWorkload,
  CronJob: trimWorkload,
  Secret: trimSecret,
};

/** The one ConfigMap Hopscope reads: kube-proxy's, for its mode. */
export const KUBE_PROXY_CONFIGMAP = { namespace: 'kube-system', name: 'kube-proxy' } as const;

export type TrimResult = { object: AnyObject } | { skipped: string };

export function isReadKind(kind: string): kind is Kind {
  return Object.hasOwn(TRIMMERS, kind);
}

/** Trims one raw object to what Hopscope keeps, or says why it is not kept. */
export function trimObject(raw: JsonRecord, ctx: TrimContext): TrimResult {
  const kind = str(raw.kind) ?? '';
  if (!isReadKind(kind)) return { skipped: `${kind || 'object without kind'} (not a kind Hopscope reads)` };
  if (kind === 'ConfigMap') {
    const meta = rec(raw.metadata);
    if (meta?.namespace !== KUBE_PROXY_CONFIGMAP.namespace || meta?.name !== KUBE_PROXY_CONFIGMAP.name) {
      return { skipped: 'ConfigMap (only kube-system/kube-proxy is read)' };
    }
  }
  return { object: TRIMMERS[kind](raw, ctx) };
}
