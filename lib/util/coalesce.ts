/**
 * Runs `fn` at most once per `ms`: the first call schedules it, later calls in that window ride
 * along. A rollout of 500 pods becomes a few updates, not 500.
 */
export function coalesce(fn: () => void, ms: number, timers: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'> = globalThis): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    fn();
  };
  const trigger = () => {
    if (timer === null) timer = timers.setTimeout(run, ms);
  };
  trigger.cancel = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  return trigger;
}
