// Starts Debian's real Prometheus (/usr/bin/prometheus) on 127.0.0.1 over TSDB blocks that promtool
// made from an OpenMetrics fixture, waits for /-/ready, and stops it by pid.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../free-port';

const run = promisify(execFile);
const PROMETHEUS = process.env.HOPSCOPE_PROMETHEUS_BIN ?? '/usr/bin/prometheus';
const PROMTOOL = process.env.HOPSCOPE_PROMTOOL_BIN ?? '/usr/bin/promtool';

export interface TestPrometheus {
  url: string;
  stop(): Promise<void>;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `openMetrics`: fixture text for backfilled history; `scrapeConfig`: YAML of scrape_configs for live tests. */
export async function startPrometheus(options: { openMetrics?: string; scrapeConfig?: string }): Promise<TestPrometheus> {
  if (!existsSync(PROMETHEUS) || !existsSync(PROMTOOL)) throw new Error(`${PROMETHEUS} or ${PROMTOOL} is missing: apt-get install -y --no-install-recommends prometheus`);
  const dir = await mkdtemp(join(tmpdir(), 'hopscope-prom-'));
  const tsdb = join(dir, 'tsdb');
  if (options.openMetrics) {
    await writeFile(join(dir, 'fixture.om'), options.openMetrics);
    await run(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', '-q', join(dir, 'fixture.om'), join(dir, 'blocks')]);
    // Prometheus rewrites its data directory: give it a copy.
    await cp(join(dir, 'blocks'), tsdb, { recursive: true });
  }
  await writeFile(join(dir, 'prometheus.yml'), `global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:${options.scrapeConfig ? `\n${options.scrapeConfig}` : ' []'}\n`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(PROMETHEUS, [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${tsdb}`, '--storage.tsdb.retention.time=10y', `--web.listen-address=127.0.0.1:${port}`], { stdio: 'ignore' });
  const stop = async () => {
    await stopProcess(child);
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited (${child.exitCode}) before it was ready`);
    }
    const ready = await fetch(`${url}/-/ready`).then((r) => r.ok).catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('prometheus was not ready after 30 s');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, stop };
}
