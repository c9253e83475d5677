import type { FileRead } from '../source/read-files';

const fmt = (n: number) => n.toLocaleString('en-US');
const count = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/** Progress of a long `hopscope analyze` on stderr: each file read, then the analysis, with the time since start. */
export class Progress {
  private readonly started = performance.now();

  constructor(private readonly enabled: boolean) {}

  file(read: FileRead, objects: number): void {
    this.say(`read ${read.file} (${count(objects, 'object')}; file ${fmt(read.index + 1)} of ${fmt(read.of)})`);
  }

  analysing(counts: { pods: number; services: number }): void {
    this.say(`analysing ${count(counts.pods, 'pod')} behind ${count(counts.services, 'Service')}`);
  }

  done(counts: { hops: number; findings: number }): void {
    this.say(`${count(counts.hops, 'hop')}, ${count(counts.findings, 'finding')}`);
  }

  private say(line: string): void {
    if (this.enabled) process.stderr.write(`hopscope: ${((performance.now() - this.started) / 1000).toFixed(1)} s: ${line}\n`);
  }
}
