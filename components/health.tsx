import type { Health } from '../lib/graph/types';

export const HEALTH_COLOR: Record<Health, string> = {
  critical: 'var(--color-critical)',
  warning: 'var(--color-warning)',
  info: 'var(--color-info)',
  ok: 'var(--color-ok)',
  unknown: 'var(--color-unknown)',
};

/** Okabe–Ito blue: the traced path, distinct from every health colour. */
export const TRACE_COLOR = '#0072B2';

const GLYPH: Record<Health, string> = { critical: '✕', warning: '!', info: 'i', ok: '✓', unknown: '?' };

export const HEALTH_LABEL: Record<Health, string> = { critical: 'Critical', warning: 'Warning', info: 'Info', ok: 'Healthy', unknown: 'Unknown' };

/** A round icon with a glyph, so health never depends on colour alone. */
export function HealthIcon({ health, size = 16 }: { health: Health; size?: number }) {
  return (
    <span
      role="img"
      aria-label={HEALTH_LABEL[health]}
      title={HEALTH_LABEL[health]}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-bold text-white"
      style={{ width: size, height: size, fontSize: size * 0.62, background: HEALTH_COLOR[health] }}
    >
      {GLYPH[health]}
    </span>
  );
}
