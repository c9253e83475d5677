import { describe, expect, it } from 'vitest';
import { ClusterState, stateFromObjects } from './cluster-state';

const rawPod = (name: string, labels: Record<string, string>, ns = 'shop') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name,
    namespace: ns,
    uid: `uid-${ns}-${name}`,
    labels,
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"huge":true}', note: 'x' },
    managedFields: [{ manager: 'kubectl', fieldsV1: {} }],
  },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'shop/web:1',
        env: [
          { name: 'DB_PASSWORD', value: 'hunter2' },
          { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
        ],
        ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
      },
    ],
  },
  status: { phase: 'Running', podIP: '10.0.0.1' },
});

describe('ClusterState', () => {
  it('trims on ingest: no managedFields, no last-applied, no env values, no Secret values', () => {
    const state = stateFromObjects([
      rawPod('web-1', { app: 'web' }),
      { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'db', namespace: 'shop', annotations: { note: 'aHVudGVyMg==' } }, data: { password: 'aHVudGVyMg==' }, stringData: { token: 'hunter2' } },
    ]);
    expect(state.get('Secret', 'shop', 'db')).toEqual({ kind: 'Secret', metadata: expect.objectContaining({ name: 'db', namespace: 'shop' }), type: 'Opaque', keys: ['password', 'token'] });
    const kept = JSON.stringify([...state.list('Pod'), ...state.list('Secret')]);
    expect(kept).not.toContain('aHVudGVyMg==');
    expect(kept).not.toContain('managedFields');
    expect(kept).not.toContain('last-applied');
    expect(kept).not.toContain('hunter2');
    expect(kept).not.toContain('secretKeyRef');
    expect(kept).not.toContain('DB_PASSWORD');
    expect([...state.skipped()]).toEqual([]);
  });

  it('skips unknown kinds and ConfigMaps other than kube-proxy with a count, never failing', () => {
    const state = stateFromObjects([
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'web', namespace: 'shop' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-config', namespace: 'shop' }, data: { k: 'v' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, data: { 'config.conf': 'mode: ipvs' } },
    ]);
    expect(state.get('ConfigMap', 'kube-system', 'kube-proxy')?.data?.['config.conf']).toBe('mode: ipvs');
    expect(state.count('ConfigMap')).toBe(1);
    expect(new Map(state.skipped())).toEqual(
      new Map([
        ['PersistentVolumeClaim (not a kind Hopscope reads)', 1],
        ['ConfigMap (only kube-system/kube-proxy is read)', 1],
      ]),
    );
  });

  it('finds objects by namespace/name (checking the uid), and by every label of a selector', () => {
    const state = stateFromObjects([
      rawPod('web-1', { app: 'web', tier: 'front' }),
      rawPod('web-2', { app: 'web', tier: 'back' }),
      rawPod('web-3', { app: 'web', tier: 'front' }, 'other'),
    ]);
    expect(state.podRef({ name: 'web-2', uid: 'uid-shop-web-2' }, 'shop')?.metadata.name).toBe('web-2');
    expect(state.podRef({ name: 'web-2', uid: 'an-older-pod' }, 'shop')).toBeUndefined();
    expect(state.select('Pod', 'shop', { app: 'web', tier: 'front' }).map((p) => p.metadata.name)).toEqual(['web-1']);
    expect(state.select('Pod', 'shop', { app: 'web' })).toHaveLength(2);
    expect(state.select('Pod', 'shop', { app: 'nope' })).toEqual([]);
    expect(state.select('Pod', 'shop', {})).toEqual([]);
    expect(state.namespaces()).toEqual(['other', 'shop']);
  });

  it('keeps indexes right when objects change labels or go away', () => {
    const state = new ClusterState();
    state.ingest(rawPod('web-1', { app: 'web' }));
    state.ingest(rawPod('web-1', { app: 'api' }));
    expect(state.select('Pod', 'shop', { app: 'web' })).toEqual([]);
    expect(state.select('Pod', 'shop', { app: 'api' })).toHaveLength(1);
    state.remove('Pod', 'shop', 'web-1');
    expect(state.select('Pod', 'shop', { app: 'api' })).toEqual([]);
    expect(state.podRef({ name: 'web-1' }, 'shop')).toBeUndefined();
    expect(state.count('Pod')).toBe(0);
  });
  it('shares one controller\'s container specs between its pods, and forgets them with its last pod', () => {
    const owned = (name: string) => ({ ...rawPod(name, { app: 'web' }), metadata: { ...rawPod(name, { app: 'web' }).metadata, ownerReferences: [{ kind: 'ReplicaSet', name: 'web-7d9', uid: 'rs', controller: true }] } });
    const state = new ClusterState();
    const containersOf = (name: string) => state.get('Pod', 'shop', name)?.spec.containers;
    state.ingest(owned('web-1'));
    state.ingest(owned('web-2'));
    expect(containersOf('web-2')).toBe(containersOf('web-1'));
    const first = containersOf('web-1');
    state.remove('Pod', 'shop', 'web-2');
    state.ingest(owned('web-3'));
    expect(containersOf('web-3')).toBe(first);
    state.remove('Pod', 'shop', 'web-1');
    state.remove('Pod', 'shop', 'web-3');
    state.ingest(owned('web-4'));
    expect(containersOf('web-4')).toEqual(first);
    expect(containersOf('web-4')).not.toBe(first);
  });

  it('finds events by the uid of their object, or by kind and name when a dump has no uids', () => {
    const event = (name: string, uid?: string) => ({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${name}.1`, namespace: 'shop' },
      involvedObject: { kind: 'Pod', name: 'web-1', namespace: 'shop', ...(uid ? { uid } : {}) },
      reason: 'Unhealthy',
    });
    const pod = { kind: 'Pod', metadata: { name: 'web-1', namespace: 'shop', uid: 'uid-shop-web-1' } };
    const withUid = stateFromObjects([event('a', 'uid-shop-web-1'), event('old', 'uid-of-an-older-web-1')]);
    expect(withUid.eventsFor(pod).map((e) => e.metadata.name)).toEqual(['a.1']);
    const withoutUid = stateFromObjects([event('b')]);
    expect(withoutUid.eventsFor(pod).map((e) => e.metadata.name)).toEqual(['b.1']);
  });

  describe('v1 Endpoints (older dumps)', () => {
    const endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web', namespace: 'shop' },
      subsets: [
        {
          addresses: [{ ip: '10.0.0.1', nodeName: 'node-a', targetRef: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: 'uid-shop-web-1' } }],
          notReadyAddresses: [{ ip: '10.0.0.2', targetRef: { kind: 'Pod', name: 'web-2', namespace: 'shop' } }],
          ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        },
      ],
    };
    const realSlice = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'web-abcde', namespace: 'shop', labels: { 'kubernetes.io/service-name': 'web' } }, addressType: 'IPv4', endpoints: [], ports: [] };

    it('are read as the EndpointSlices Kubernetes would mirror from them when the input has none, with a note', () => {
      const state = stateFromObjects([endpoints]);
      const [slice] = state.select('EndpointSlice', 'shop', { 'kubernetes.io/service-name': 'web' });
      expect(slice?.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
      expect(slice?.endpoints?.map((e) => [e.addresses[0], e.conditions?.ready, e.targetRef?.name])).toEqual([
        ['10.0.0.1', true, 'web-1'],
        ['10.0.0.2', false, 'web-2'],
      ]);
      expect([...state.conversions()]).toEqual([['v1 Endpoints as EndpointSlices (the input has no EndpointSlices)', 1]]);
      expect([...state.skipped()]).toEqual([]);
    });

    it('are skipped when the input has EndpointSlices, whichever comes first', () => {
      for (const objects of [
        [realSlice, endpoints],
        [endpoints, realSlice],
      ]) {
        const state = stateFromObjects(objects);
        expect(state.list('EndpointSlice').map((s) => s.metadata.name)).toEqual(['web-abcde']);
        expect([...state.skipped()]).toEqual([['Endpoints (the input has EndpointSlices, which are read instead)', 1]]);
        expect([...state.conversions()]).toEqual([]);
      }
    });
  });
});
