import type { AdminClient } from './admin-client';
import type { FakeKubelet } from './kubelet';

/** Installs the HTTPRoute CRD (schema left open), as the Gateway API's own CRDs define the kind. */
export async function installHttpRouteCrd(api: AdminClient): Promise<void> {
  await api.create('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    // k8s.io groups need the API-approval annotation.
    metadata: { name: 'httproutes.gateway.networking.k8s.io', annotations: { 'api-approved.kubernetes.io': 'https://github.com/kubernetes-sigs/gateway-api/pull/1538' } },
    spec: {
      group: 'gateway.networking.k8s.io',
      names: { kind: 'HTTPRoute', listKind: 'HTTPRouteList', plural: 'httproutes', singular: 'httproute' },
      scope: 'Namespaced',
      versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
    },
  });
}

/** Creates HTTPRoute shop/web (shop.example.com → Service web:80 through Gateway public), retried until the new API serves it. */
export async function createShopRoute(api: AdminClient, kubelet: FakeKubelet): Promise<void> {
  await kubelet.until('an HTTPRoute to be accepted', async () =>
    !!(await api
      .create('/apis/gateway.networking.k8s.io/v1/namespaces/shop/httproutes', {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: { name: 'web' },
        spec: { parentRefs: [{ name: 'public' }], hostnames: ['shop.example.com'], rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] },
      })
      .catch(() => null)),
  );
}
