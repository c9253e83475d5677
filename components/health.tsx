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

/** The glyph's colour: white only where it keeps 4.5:1 on the health colour (critical, info); near-black on the light ones. */
const GLYPH_COLOR: Record<Health, string> = { critical: '#fff', warning: '#18181b', info: '#fff', ok: '#18181b', unknown: '#18181b' };

export const HEALTH_LABEL: Record<Health, string> = { critical: 'Critical', warning: 'Warning', info: 'Info', ok: 'Healthy', unknown: 'Unknown' };

/** A round icon with a glyph, so health never depends on colour alone. */
export function HealthIcon({ health, size = 16 }: { health: Health; size?: number }) {
  return (
    <span
      role="img"
      aria-label={HEALTH_LABEL[health]}
      title={HEALTH_LABEL[health]}
      className="inline-flex shrink-0 items-center justify-center rounded-full font-bold"
      style={{ width: size, height: size, fontSize: size * 0.62, background: HEALTH_COLOR[health], color: GLYPH_COLOR[health] }}
    >
      {GLYPH[health]}
    </span>
  );
}

/** Critical is hatched: at a card's edge, solid orange and solid amber are hard to tell apart. */
const STRIPE: Record<Health, string> = { ...HEALTH_COLOR, critical: 'repeating-linear-gradient(135deg, var(--color-critical) 0 4px, #7a2e00 4px 7px)' };

/** The health stripe along a card's left edge. */
export function HealthStripe({ health }: { health: Health }) {
  return <div aria-hidden data-stripe={health} className="w-2 shrink-0" style={{ background: STRIPE[health] }} />;
}
