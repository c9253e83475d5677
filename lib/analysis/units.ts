// The units topology is built in: each Ingress, HTTPRoute and Service gives the hops and links it
// draws, and is built again, alone, when what it read changes.
import type { ContainerSummaries } from '../graph/nodes';
import { httpRouteUnit, ingressUnit, serviceUnit, type UnitKind, type UnitTopology } from '../graph/topology';
import type { HTTPRoute, Ingress, Kind, Service } from '../k8s/types';
import type { StateReader } from '../state/state-reader';
import type { Reader } from './dependencies';

/** A built unit: what it read, and the hops and links it contributes. */
export interface Unit {
  kind: UnitKind;
  namespace: string | undefined;
  name: string;
  reader: Reader;
  nodes: string[];
  edges: string[];
  /** The Service hop whose backends this unit holds. */
  service: string | null;
}

export const UNIT_KINDS: readonly UnitKind[] = ['Ingress', 'HTTPRoute', 'Service'];
export const isUnitKind = (kind: Kind): kind is UnitKind => (UNIT_KINDS as readonly Kind[]).includes(kind);
export const unitName = (kind: UnitKind, namespace: string | undefined, name: string) => `${kind} ${namespace ?? ''} ${name}`;

const BUILDERS: { [K in UnitKind]: (state: StateReader, object: never, summaries: ContainerSummaries) => UnitTopology } = {
  Ingress: (state, object: Ingress) => ingressUnit(state, object),
  HTTPRoute: (state, object: HTTPRoute) => httpRouteUnit(state, object),
  Service: (state, object: Service, summaries) => serviceUnit(state, object, summaries),
};

/** The hops and links of one unit, or null when its object is gone. */
export function buildUnit(state: StateReader, kind: UnitKind, namespace: string | undefined, name: string, summaries: ContainerSummaries): UnitTopology | null {
  const object = state.get(kind, namespace, name);
  return object ? BUILDERS[kind](state, object as never, summaries) : null;
}
