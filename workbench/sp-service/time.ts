// Site time zone handling: every site is in Europe/Helsinki (regional settings Id 59, WIRE.md §11.3, §14).
// Values are stored and returned as UTC `YYYY-MM-DDTHH:mm:ssZ` (WIRE.md §14).

export const SITE_TIME_ZONE = 'Europe/Helsinki';

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: SITE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface LocalParts { y: number; mo: number; d: number; h: number; mi: number; s: number }

export function utcToLocalParts(ms: number): LocalParts {
  const p: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year, mo: p.month, d: p.day, h: p.hour % 24, mi: p.minute, s: p.second };
}

/** Site-local wall-clock time → UTC epoch ms (two passes settle the offset around DST switches). */
export function localToUtcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const lp = utcToLocalParts(guess);
    const offset = Date.UTC(lp.y, lp.mo - 1, lp.d, lp.h, lp.mi, lp.s) - guess;
    guess = wall - offset;
  }
  return guess;
}

export function formatUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const nowUtc = (): string => formatUtc(Date.now());

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses what a client may send for a DateTime: ISO with `Z`/offset (that instant), or zone-less
 * (site-local time, WIRE.md §14). Returns UTC epoch ms or null when not a date.
 */
export function parseDateInput(value: string): number | null {
  const m = ISO_RE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  if (zone) {
    const ms = Date.parse(`${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}${zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
    return Number.isNaN(ms) ? null : ms;
  }
  const ms = localToUtcMs(+y, +mo, +d, +h, +mi, +s);
  return Number.isNaN(ms) ? null : ms;
}

/** Date-only fields hold local midnight of the site zone, as UTC (WIRE.md §14). */
export function toDateOnlyUtc(ms: number): number {
  const lp = utcToLocalParts(ms);
  return localToUtcMs(lp.y, lp.mo, lp.d);
}

/** `YYYY-MM-DDTHH:mm:ss` in site-local time (for utcToLocalTime). */
export function formatLocal(ms: number): string {
  const p = utcToLocalParts(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
}

/** FormDigest date part: `21 Apr 2026 10:06:12 -0000` (WIRE.md §11.1). */
export function digestDate(ms: number): string {
  const d = new Date(ms);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} -0000`;
}
