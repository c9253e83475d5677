// Writes OpenMetrics fixtures for `promtool tsdb create-blocks-from openmetrics`: counters that grow
// at exact rates, so tests can assert exact rates, ratios and quantiles. Seconds timestamps, each
// series once and in time order, no blank lines, `# EOF` at the end (the recipe's gotchas).

export const STEP_SECONDS = 15;
export const SPAN_SECONDS = 2 * 3600;

export interface CounterSeries {
  name: string;
  labels: Record<string, string>;
  /** Increase per second (a counter)... */
  rate: number;
  /** ...or a constant value (a gauge). */
  value?: number;
}

const render = (labels: Record<string, string>) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;

/** Families are `unknown` (so a name without `_total` is stored as is, like ingress-nginx's). */
export function openMetrics(series: CounterSeries[], end: number): string {
  const lines: string[] = [];
  const families = [...new Set(series.map((s) => s.name.replace(/_bucket$|_count$|_sum$/, '')))];
  for (const family of families) {
    const members = series.filter((s) => s.name.replace(/_bucket$|_count$|_sum$/, '') === family);
    lines.push(`# TYPE ${family} ${members.some((m) => m.name.endsWith('_bucket')) ? 'histogram' : 'unknown'}`);
    for (const s of members) {
      for (let t = end - SPAN_SECONDS; t <= end; t += STEP_SECONDS) lines.push(`${s.name}${render(s.labels)} ${s.value ?? s.rate * (t - (end - SPAN_SECONDS))} ${t}`);
    }
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

/** A histogram whose cumulative buckets grow at `rate × share(le)`: the quantiles follow from the shares. */
export function histogram(name: string, labels: Record<string, string>, rate: number, shares: [string, number][]): CounterSeries[] {
  return [
    ...shares.map(([le, share]) => ({ name: `${name}_bucket`, labels: { ...labels, le }, rate: rate * share })),
    { name: `${name}_count`, labels, rate },
    { name: `${name}_sum`, labels, rate: rate * 0.2 },
  ];
}
