import { describe, expect, it } from 'vitest';
import { graphOf, ingress, ingressClass, nodeOf, pod, service, slice } from '../testing/fixtures';
import { orderFindings, orderHopFindings } from './finding-order';
import type { Finding } from './types';

const finding = (id: string, severity: Finding['severity'], cls: Finding['class'], because?: Finding['because']): Finding => ({ id, severity, class: cls, hop: 'pod/shop/web-1', message: id, evidence: { objects: [], fields: [], kubectl: [] }, ...(because ? { because } : {}) });

describe('the one order of findings', () => {
  it('puts failing now before risks, root causes before effects, then the most severe, keeping the order they came in otherwise', () => {
    const list = [
      finding('RISK-CRITICAL', 'critical', 'risk'),
      finding('EFFECT-CRITICAL', 'critical', 'failing-now', [{ id: 'ROOT-WARNING', hop: 'service/shop/web' }]),
      finding('ROOT-WARNING', 'warning', 'failing-now'),
      finding('RISK-INFO', 'info', 'risk'),
      finding('ROOT-CRITICAL', 'critical', 'failing-now'),
      finding('ROOT-WARNING-2', 'warning', 'failing-now'),
    ];
    expect(orderFindings(list).map((f) => f.id)).toEqual(['ROOT-CRITICAL', 'ROOT-WARNING', 'ROOT-WARNING-2', 'EFFECT-CRITICAL', 'RISK-CRITICAL', 'RISK-INFO']);
  });

  it('on one hop, puts an effect after the effect that causes it, whatever the order they came in', () => {
    const web = pod('shop', 'web-1', { labels: { app: 'web' } });
    const node = nodeOf(graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web]), 'pod/shop/web-1');
    const notReady = finding('POD-NOT-READY', 'warning', 'failing-now', [{ id: 'POD-CRASHLOOP', hop: 'pod/shop/web-1' }]);
    const crashLoop = finding('POD-CRASHLOOP', 'warning', 'failing-now', [{ id: 'POD-OOMKILLED', hop: 'pod/shop/web-1' }]);
    const oom = finding('POD-OOMKILLED', 'critical', 'failing-now');
    expect(orderHopFindings(node, [notReady, crashLoop, oom]).map((f) => f.id)).toEqual(['POD-OOMKILLED', 'POD-CRASHLOOP', 'POD-NOT-READY']);
  });

  it('on a route, puts first what breaks the most of its rules', () => {
    const controller = pod('ingress-nginx', 'controller', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } });
    const paths = [{ path: '/a', service: 'a', port: 80 }, ...['/b1', '/b2', '/b3'].map((path) => ({ path, service: 'b', port: 80 }))];
    const route = nodeOf(graphOf([ingressClass('nginx'), controller, ingress('shop', 'shop', paths)]), 'ingress/shop/shop');
    expect(route.findings.map((f) => `${f.id} ${f.edge ?? ''}`.trim())).toEqual(['ING-SVC-MISSING ingress/shop/shop->service/shop/b', 'ING-SVC-MISSING ingress/shop/shop->service/shop/a', 'ING-PORT-NUMERIC']);
  });
});
