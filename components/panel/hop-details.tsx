import type { GraphNode } from '../../lib/graph/types';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 py-0.5">
      <dt className="text-zinc-500 [overflow-wrap:anywhere] dark:text-zinc-400">{label}</dt>
      <dd className="font-mono [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/** The facts of one hop, by kind. */
export function HopDetails({ node }: { node: GraphNode }) {
  const rows: [string, React.ReactNode][] = [];
  switch (node.kind) {
    case 'ingress':
      rows.push(['Class', node.className ?? '(none)'], ['Address', node.addresses.join(', ') || '(none)']);
      for (const r of node.routes) rows.push([`${r.host ?? '*'}${r.path}`, `${r.pathType} → ${r.backend}`]);
      break;
    case 'httproute':
      rows.push(['Parents', node.parents.join(', ')]);
      for (const r of node.routes) rows.push([r.path, `${r.pathType} → ${r.backend}`]);
      break;
    case 'service':
      if (!node.missing) {
        rows.push(['Type', node.type], ['Cluster IP', node.clusterIP ?? '']);
        rows.push(['Selector', node.selector ? Object.entries(node.selector).map(([k, v]) => `${k}=${v}`).join(', ') : '(none)']);
        for (const p of node.ports) rows.push([`Port ${p.name || p.port}`, `${p.port}/${p.protocol} → ${p.targetPort}`]);
      }
      break;
    case 'endpoints':
      rows.push(['Slices', node.slices.join(', ') || '(none)']);
      break;
    case 'pod':
      rows.push(['Phase', node.phase], ['IP', node.podIP ?? '(none)'], ['Node', node.nodeName ?? '(none)'], ['Owner', node.owner ?? '(none)']);
      for (const c of node.containers) rows.push([`Container ${c.name}`, `${c.ready ? 'ready' : 'not ready'}, ${c.state}, ${c.restarts} restarts${c.lastTermination ? `, last: ${c.lastTermination}` : ''}`]);
      break;
    case 'client':
      break;
  }
  if (rows.length === 0) return null;
  return (
    <section data-testid="hop-details" className="border-t border-zinc-200 p-4 text-xs dark:border-zinc-800">
      <dl>{rows.map(([label, value], i) => <Row key={i} label={label}>{value}</Row>)}</dl>
    </section>
  );
}
