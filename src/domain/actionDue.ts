/**
 * When an action made from a result (a survey area, a weak 9E dimension) is due: the day before the account's next
 * follow-up group, so the group reviews it (docs/care-model.md §3–4). A module of its own, so a view that only
 * needs the due date does not load the meeting kit.
 */
import { addDays, IsoDate, toHelsinkiDate } from './dates';
import type { Meeting } from './types';

/**
 * The meetings that follow an agreement up: ORK's quarterly follow-up group, and the tactical meeting of a city unit's
 * care tier (its operational / tactical / strategic levels), which does the same job under another name.
 */
export const isFollowUpMeeting = (m: Pick<Meeting, 'meetingType'>): boolean => m.meetingType === 'followUpGroup' || m.meetingType === 'tactical';

/** Without a planned follow-up group an action made from a result is due in 30 days (the satisfaction form's default). */
export const DEFAULT_ACTION_DAYS = 30;

/**
 * The account's next follow-up group far enough ahead to prepare for: not cancelled, on the day after tomorrow or
 * later (Helsinki), so an action due the day before it is due tomorrow at the earliest. Every action made from a
 * result follows it (the satisfaction view's nextFollowUpDue reads the account's coming meetings for it).
 */
export function nextFollowUpGroup(meetings: readonly Meeting[], today: IsoDate): Meeting | undefined {
  const from = addDays(today, 2);
  return [...meetings]
    .filter((m) => isFollowUpMeeting(m) && m.status !== 'cancelled' && toHelsinkiDate(m.startsAt) >= from)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

/** When an action should be done to be reviewed in the next follow-up group: the day before it; else in 30 days. */
export function dueBeforeNextFollowUp(meetings: readonly Meeting[], today: IsoDate): { dueDate: IsoDate; meeting?: Meeting } {
  const meeting = nextFollowUpGroup(meetings, today);
  return meeting ? { dueDate: addDays(toHelsinkiDate(meeting.startsAt), -1), meeting } : { dueDate: addDays(today, DEFAULT_ACTION_DAYS) };
}
