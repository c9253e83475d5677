// A tiny exporter on 127.0.0.1 that Prometheus scrapes: ingress-nginx request counters that grow at
// rates the test sets (and changes) while it runs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exporter {
  target: string;
  /** Requests per second by status code, from now on. */
  setRates(rates: Record<string, number>): void;
  close(): Promise<void>;
}

export async function startExporter(labels: Record<string, string>, rates: Record<string, number>): Promise<Exporter> {
  const counts = new Map<string, number>();
  let current = { ...rates };
  let last = Date.now();
  const advance = () => {
    const now = Date.now();
    for (const [status, rate] of Object.entries(current)) counts.set(status, (counts.get(status) ?? 0) + (rate * (now - last)) / 1000);
    last = now;
  };
  const render = (status: string) => `{${Object.entries({ ...labels, status }).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;
  const server: Server = createServer((_request, response) => {
    advance();
    const body = ['# TYPE nginx_ingress_controller_requests counter', ...[...counts].map(([status, n]) => `nginx_ingress_controller_requests${render(status)} ${n}`)].join('\n');
    response.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' }).end(`${body}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    target: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    setRates(next) {
      advance();
      current = { ...next };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
