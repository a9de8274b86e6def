/**
 * The wheel's geometry, pure: January at 12 o'clock, clockwise; a zoom window (the year, a quarter or a month) is
 * spread over the full circle, so a quarter shows three wide months and a month shows its days.
 */
import { addDays, daysBetween, IsoDate } from '../../domain/dates';

export type Zoom = { kind: 'year' } | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 } | { kind: 'month'; month: number };

export interface ClockWindow {
  /** First day inside the window. */
  start: IsoDate;
  /** Last day inside the window. */
  end: IsoDate;
  /** Days in the window. */
  days: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const monthStart = (year: number, month: number): IsoDate => `${year}-${pad(month)}-01`;
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function windowOf(year: number, zoom: Zoom): ClockWindow {
  const [first, last] = zoom.kind === 'year' ? [1, 12] : zoom.kind === 'quarter' ? [zoom.quarter * 3 - 2, zoom.quarter * 3] : [zoom.month, zoom.month];
  const start = monthStart(year, first);
  const end = `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`;
  return { start, end, days: daysBetween(start, end) + 1 };
}

export function inWindow(date: IsoDate, w: ClockWindow): boolean {
  return date >= w.start && date <= w.end;
}

/** The angle (degrees clockwise from 12 o'clock) of the start of a day; `middle` gives the day's centre. */
export function angleOf(date: IsoDate, w: ClockWindow, middle = false): number {
  return ((daysBetween(w.start, date) + (middle ? 0.5 : 0)) / w.days) * 360;
}

/** A point at `angle` degrees clockwise from 12 o'clock, `r` from the centre. */
export function polar(cx: number, cy: number, r: number, angle: number): { x: number; y: number } {
  const rad = ((angle - 90) * Math.PI) / 180;
  return { x: round(cx + r * Math.cos(rad)), y: round(cy + r * Math.sin(rad)) };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** An annulus sector from angle a0 to a1 (degrees, clockwise) between radii r0 < r1, as an SVG path. */
export function sectorPath(cx: number, cy: number, r0: number, r1: number, a0: number, a1: number): string {
  if (a1 - a0 >= 359.999) {
    // A full ring: two half arcs each way (one arc cannot start and end on the same point).
    const o1 = polar(cx, cy, r1, 0);
    const o2 = polar(cx, cy, r1, 180);
    const i1 = polar(cx, cy, r0, 0);
    const i2 = polar(cx, cy, r0, 180);
    return `M${o1.x} ${o1.y}A${r1} ${r1} 0 1 1 ${o2.x} ${o2.y}A${r1} ${r1} 0 1 1 ${o1.x} ${o1.y}ZM${i1.x} ${i1.y}A${r0} ${r0} 0 1 0 ${i2.x} ${i2.y}A${r0} ${r0} 0 1 0 ${i1.x} ${i1.y}Z`;
  }
  const large = a1 - a0 > 180 ? 1 : 0;
  const p1 = polar(cx, cy, r1, a0);
  const p2 = polar(cx, cy, r1, a1);
  const p3 = polar(cx, cy, r0, a1);
  const p4 = polar(cx, cy, r0, a0);
  return `M${p1.x} ${p1.y}A${r1} ${r1} 0 ${large} 1 ${p2.x} ${p2.y}L${p3.x} ${p3.y}A${r0} ${r0} 0 ${large} 0 ${p4.x} ${p4.y}Z`;
}

/** Ring bands from the inside out: `count` rings between `inner` and `outer`. */
export function ringBands(count: number, inner: number, outer: number): { r0: number; r1: number; mid: number }[] {
  const w = count ? (outer - inner) / count : 0;
  return Array.from({ length: count }, (_, i) => ({ r0: round(inner + i * w), r1: round(inner + (i + 1) * w), mid: round(inner + (i + 0.5) * w) }));
}

/** The segments around the window: months (year, quarter) or days (month), with their angles. */
export interface Segment {
  key: string;
  start: IsoDate;
  a0: number;
  a1: number;
  /** Month number (1–12) for month segments, day of month for day segments. */
  n: number;
  kind: 'month' | 'day';
}

export function segments(year: number, zoom: Zoom): Segment[] {
  const w = windowOf(year, zoom);
  if (zoom.kind === 'month') {
    return Array.from({ length: w.days }, (_, i) => {
      const d = addDays(w.start, i);
      return { key: d, start: d, a0: angleOf(d, w), a1: angleOf(addDays(d, 1), w), n: i + 1, kind: 'day' as const };
    });
  }
  const first = zoom.kind === 'year' ? 1 : zoom.quarter * 3 - 2;
  const count = zoom.kind === 'year' ? 12 : 3;
  return Array.from({ length: count }, (_, i) => {
    const m = first + i;
    const s = monthStart(year, m);
    const next = m === 12 ? `${year + 1}-01-01` : monthStart(year, m + 1);
    return { key: s, start: s, a0: angleOf(s, w), a1: angleOf(next, w), n: m, kind: 'month' as const };
  });
}

/** Where the marks of one ring and day go: up to `lanes` side by side across the ring, the rest in one cluster. */
export function laneRadii(band: { r0: number; r1: number }, lanes: number): number[] {
  const w = (band.r1 - band.r0) / lanes;
  return Array.from({ length: lanes }, (_, i) => round(band.r0 + (i + 0.5) * w));
}

export const quarterOf = (month: number): 1 | 2 | 3 | 4 => (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;

/** Zoom in around a date (year → its quarter → its month) or out (month → quarter → year). */
export function zoomIn(z: Zoom, date: IsoDate): Zoom {
  const m = Number(date.slice(5, 7));
  if (z.kind === 'year') return { kind: 'quarter', quarter: quarterOf(m) };
  if (z.kind === 'quarter') return { kind: 'month', month: z.quarter * 3 - 2 <= m && m <= z.quarter * 3 ? m : z.quarter * 3 - 2 };
  return z;
}

export function zoomOut(z: Zoom): Zoom {
  if (z.kind === 'month') return { kind: 'quarter', quarter: quarterOf(z.month) };
  return { kind: 'year' };
}

/** The previous or next quarter / month (wrapping within the year). */
export function step(z: Zoom, by: 1 | -1): Zoom {
  if (z.kind === 'quarter') return { kind: 'quarter', quarter: ((((z.quarter - 1 + by) % 4) + 4) % 4) + 1 as 1 | 2 | 3 | 4 };
  if (z.kind === 'month') return { kind: 'month', month: ((((z.month - 1 + by) % 12) + 12) % 12) + 1 };
  return z;
}
