/**
 * The keyboard model of the wheel's marks (one tab stop, roving focus): the arrows move to the next or previous
 * mark in date order, Home/End to the first and last, PageDown/PageUp to the first mark of the next or previous
 * month. Pure, so it is tested without a DOM.
 */
import type { IsoDate } from '../../domain/dates';

export type MoveKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export const MOVE_KEYS: readonly string[] = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];

/** The index focus moves to from `current` among marks in date order (their due dates), or `current` at an end. */
export function nextIndex(key: MoveKey, current: number, dates: readonly IsoDate[]): number {
  const n = dates.length;
  if (n === 0) return -1;
  const at = Math.min(Math.max(current, 0), n - 1);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(at + 1, n - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return n - 1;
    case 'PageDown': {
      const month = dates[at].slice(0, 7);
      const i = dates.findIndex((d, k) => k > at && d.slice(0, 7) > month);
      return i < 0 ? n - 1 : i;
    }
    case 'PageUp': {
      const month = dates[at].slice(0, 7);
      // The first mark of the month before this mark's month.
      let k = at;
      while (k > 0 && dates[k - 1].slice(0, 7) === month) k--;
      if (k === 0) return 0;
      const prev = dates[k - 1].slice(0, 7);
      while (k > 0 && dates[k - 1].slice(0, 7) === prev) k--;
      return k;
    }
    default:
      return at;
  }
}

/** The mark to focus when the list changes (a filter, a zoom): the same mark, else the first on/after today. */
export function initialIndex(keys: readonly string[], dates: readonly IsoDate[], keep: string | undefined, today: IsoDate): number {
  if (keys.length === 0) return -1;
  const same = keep ? keys.indexOf(keep) : -1;
  if (same >= 0) return same;
  const next = dates.findIndex((d) => d >= today);
  return next < 0 ? dates.length - 1 : next;
}
