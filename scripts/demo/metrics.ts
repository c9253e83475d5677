// The demo's recorded metrics layer: what a Prometheus with ingress-nginx, Envoy Gateway,
// kube-state-metrics, the kubelet, kube-proxy and CoreDNS would show for the demo's failures.
import type { RecordedMetrics } from '../../lib/metrics/recorded';
import type { RedMetrics } from '../../lib/metrics/types';
import type { Json } from './kube';

const red = (rate: number, errorRatio: number, clientErrorRatio: number, p95Seconds: number | null): RedMetrics => ({ rate, errorRatio: rate ? errorRatio : null, clientErrorRatio: rate ? clientErrorRatio : null, p95Seconds: rate ? p95Seconds : null });
const ing = (ns: string, ingress: string, service: string) => `ingress/${ns}/${ingress}->service/${ns}/${service}`;

/** `pods` by workload name: their metadata names, to key pod hops. */
export function demoMetrics(at: number, pods: Record<string, Json[]>): RecordedMetrics {
  const names = (workload: string) => (pods[workload] ?? []).map((p) => String((p.metadata as Json).name));
  const nodes: RecordedMetrics['nodes'] = {};
  for (const name of names('cart-api')) nodes[`pod/shop/${name}`] = { readinessFailures: 30 };
  const [, flapping] = names('payments-api');
  if (flapping) nodes[`pod/payments/${flapping}`] = { readinessFailures: 4 };
  const [, crashing] = names('recommendations');
  if (crashing) nodes[`pod/shop/${crashing}`] = { restarts: 2 };
  const [, dns] = names('coredns');
  if (dns) nodes[`pod/kube-system/${dns}`] = { restarts: 1 };
  nodes['service/kube-system/kube-dns'] = { servfailRatio: 0.004 };
  return {
    window: '5m',
    at,
    profiles: ['ingress-nginx', 'envoy-gateway', 'kube-state-metrics', 'kubelet-prober', 'kube-proxy', 'coredns'],
    edges: {
      [ing('shop', 'shop', 'frontend')]: red(42.3, 0.002, 0.011, 0.18),
      // No ready endpoint: ingress-nginx answers 503 itself, fast.
      [ing('shop', 'shop', 'cart-api')]: red(6.5, 1, 0, 0.002),
      [ing('shop', 'shop', 'catalog')]: red(9.1, 1, 0, 0.002),
      [ing('shop', 'shop', 'checkout')]: red(3.1, 0.008, 0.02, 0.42),
      [ing('shop', 'shop', 'search')]: red(5.2, 0.024, 0.004, 0.27),
      // One of two pods crash-loops: connections reset mid-request (502).
      [ing('shop', 'shop', 'recommendations')]: red(4, 0.12, 0, 1.4),
      // The duplicate of the older rule: never gets a request.
      [ing('shop', 'shop-legacy', 'search')]: red(0, 0, 0, null),
      [ing('payments', 'payments', 'payments-api')]: red(2.1, 1, 0, 0.003),
      [ing('payments', 'payments', 'payments-webhooks')]: red(0.3, 1, 0, 0.002),
      [ing('blog', 'blog', 'wordpress')]: red(1.2, 0, 0.03, 0.31),
      [ing('monitoring', 'grafana', 'grafana')]: red(0.4, 0, 0, 0.12),
      // Blocked by NetworkPolicy: ingress-nginx gives up after its connect timeouts (504).
      [ing('reviews', 'reviews', 'reviews')]: red(1.5, 1, 0, 15),
      [ing('inventory', 'inventory', 'inventory')]: red(0.8, 1, 0, 15),
      ['httproute/shop/storefront-v2->service/shop/frontend']: red(12, 0.001, 0.006, 0.2),
      // RefNotPermitted: the Gateway answers 500.
      ['httproute/payments/refunds->service/shop/checkout']: red(0.5, 1, 0, 0.001),
    },
    nodes,
    kubeProxyStuck: [],
  };
}
