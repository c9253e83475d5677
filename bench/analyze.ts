// The scale rows of `npm run bench`: `hopscope analyze DIR --json`, process start to output, against
// reading and JSON.parse-ing the same files in a plain node process (the floor), per shape and size;
// then how each check's time grows from 10k to 40k pods.
import { spawnSync } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHAPES, shapeAvailable, shapeDir, type ShapeName } from './shapes/shapes';

const CLI = fileURLToPath(new URL('../bin/hopscope.mjs', import.meta.url));
const GROWTH = fileURLToPath(new URL('./growth.ts', import.meta.url));
const READ_PARSE = 'const fs=require("fs");const d=process.argv[1];for(const f of fs.readdirSync(d))JSON.parse(fs.readFileSync(d+"/"+f,"utf8"))';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function timed(args: string[]): number {
  const out = openSync('/dev/null', 'w');
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  closeSync(out);
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString().slice(0, 2000)}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function analyzeRows(shapes: ShapeName[], sizes: number[], runs = 3): string[] {
  const lines = ['| shape | pods | read + JSON.parse ms | analyze --json ms | ratio |', '|---|---:|---:|---:|---:|'];
  for (const shape of shapes) {
    if (!shapeAvailable(shape)) {
      lines.push(`| ${shape} | - | skipped: ${SHAPES[shape].split(':')[0]} is not here | | |`);
      continue;
    }
    for (const pods of sizes) {
      const dir = shapeDir(shape, pods);
      const floor = median(Array.from({ length: runs }, () => timed(['-e', READ_PARSE, dir])));
      const analyze = median(Array.from({ length: runs }, () => timed([CLI, 'analyze', dir, '--json'])));
      lines.push(`| ${shape} | ${fmt(pods)} | ${fmt(floor)} | ${fmt(analyze)} | ${fmt(analyze / floor, 2)}x |`);
    }
  }
  return lines;
}

interface Growth {
  pods: number;
  analysisMs: number;
  checks: Record<string, number>;
}

function growthRun(shape: ShapeName, pods: number): Growth {
  const run = spawnSync(process.execPath, ['--max-old-space-size=12288', '--import', 'tsx', GROWTH, shape, String(pods)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`growth ${shape} ${pods} failed: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Growth;
}

/** Per-check milliseconds at `small` and `large` pods, the checks that grow most first. */
export function growthRows(shape: ShapeName, small: number, large: number): { lines: string[]; ratio: number } {
  const a = growthRun(shape, small);
  const b = growthRun(shape, large);
  const scale = large / small;
  const ids = Object.keys(b.checks).sort((x, y) => b.checks[y]! - b.checks[x]!);
  const lines = [`| check | ${fmt(small)} pods ms | ${fmt(large)} pods ms | growth (${fmt(scale)}x objects) |`, '|---|---:|---:|---:|'];
  for (const id of ids.slice(0, 15)) {
    const before = a.checks[id] ?? 0;
    const after = b.checks[id]!;
    lines.push(`| ${id} | ${fmt(before, 1)} | ${fmt(after, 1)} | ${before > 0.5 ? `${fmt(after / before, 1)}x` : '-'} |`);
  }
  const ratio = b.analysisMs / a.analysisMs;
  lines.push(`| **whole analysis** | ${fmt(a.analysisMs)} | ${fmt(b.analysisMs)} | **${fmt(ratio, 2)}x** |`);
  return { lines, ratio };
}
