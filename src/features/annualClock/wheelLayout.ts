/**
 * Where each mark sits on the wheel, pure. Marks of one ring on one day sit side by side while the day's arc has
 * room (a month's zoom); when it has not (the year, a quarter), they become one cluster with a count. The spots
 * come out in date order, then ring from the inside out: the order the arrow keys follow.
 */
import type { IsoDate } from '../../domain/dates';
import type { ClockCategory } from '../../domain/types';
import { angleOf, ClockWindow, inWindow, polar, ringBands } from './geometry';
import { ClockMark, worstState } from './model';
import type { OccurrenceState } from '../../domain/clock';

export interface WheelSpot {
  key: string;
  date: IsoDate;
  ring: number;
  marks: ClockMark[];
  /** More than one mark in one spot. */
  cluster: boolean;
  /** Occurrences behind the spot (accounts × tasks). */
  count: number;
  state: OccurrenceState;
  x: number;
  y: number;
}

export interface WheelGeometry {
  cx: number;
  cy: number;
  inner: number;
  outer: number;
}

/** Room for one mark along the ring, in px of arc. */
const SLOT = 18;

export function layoutSpots(marks: ClockMark[], rings: ClockCategory[], w: ClockWindow, g: WheelGeometry): WheelSpot[] {
  const bands = ringBands(rings.length, g.inner, g.outer);
  const ringOf = new Map(rings.map((c, i) => [c, i]));
  const groups = new Map<string, { date: IsoDate; ring: number; marks: ClockMark[] }>();
  for (const m of marks) {
    const ring = ringOf.get(m.category);
    if (ring === undefined || !inWindow(m.dueDate, w)) continue;
    const k = `${m.dueDate}|${ring}`;
    let grp = groups.get(k);
    if (!grp) groups.set(k, (grp = { date: m.dueDate, ring, marks: [] }));
    grp.marks.push(m);
  }
  const spots: WheelSpot[] = [];
  for (const grp of groups.values()) {
    const band = bands[grp.ring];
    const dayDegrees = 360 / w.days;
    const arc = (2 * Math.PI * band.mid * dayDegrees) / 360;
    const capacity = Math.max(1, Math.floor(arc / SLOT));
    const mid = angleOf(grp.date, w, true);
    const spotOf = (ms: ClockMark[], angle: number, key: string): WheelSpot => {
      const items = ms.flatMap((m) => m.items);
      const p = polar(g.cx, g.cy, band.mid, angle);
      return { key, date: grp.date, ring: grp.ring, marks: ms, cluster: ms.length > 1, count: items.length, state: worstState(items.map((i) => i.state)), x: p.x, y: p.y };
    };
    if (grp.marks.length <= capacity) {
      const n = grp.marks.length;
      const stepDeg = (SLOT / (2 * Math.PI * band.mid)) * 360;
      grp.marks.forEach((m, i) => spots.push(spotOf([m], mid + (i - (n - 1) / 2) * stepDeg, m.key)));
    } else {
      spots.push(spotOf(grp.marks, mid, `cluster|${grp.date}|${grp.ring}`));
    }
  }
  return spots.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.ring - b.ring || a.x - b.x);
}
