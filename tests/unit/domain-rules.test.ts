import { deadlineState, stageProgress } from '../../src/domain/agreements';
import { glanceItems, occurrenceState } from '../../src/domain/clock';
import { materialsReadyDate, previousMeeting, quarterOf, splitMeetings } from '../../src/domain/followUp';
import { aggregate, npsOf, trend } from '../../src/domain/satisfaction';
import { accountsCoveredBy } from '../../src/domain/cover';
import { needsCover } from '../../src/domain/substitution';
import type { Absence, Account, Meeting, Survey, SurveyResponse } from '../../src/domain/types';

describe('agreement deadline', () => {
  it('is done once signed, late after the deadline, at risk when approval or signatures cannot make it', () => {
    expect(deadlineState({ stage: 'signed', deadline: '2026-12-18' }, '2026-12-30')).toBe('done');
    expect(deadlineState({ stage: 'inSignature', deadline: '2026-12-18' }, '2026-12-19')).toBe('late');
    expect(deadlineState({ stage: 'customerReview', deadline: '2026-12-18' }, '2026-11-23')).toBe('atRisk');
    expect(deadlineState({ stage: 'drafting', deadline: '2026-12-18' }, '2026-10-01')).toBe('onTrack');
    expect(deadlineState({ stage: 'approved', deadline: '2026-12-18' }, '2026-12-10')).toBe('atRisk');
    expect(deadlineState({ stage: 'inSignature', deadline: '2026-12-18' }, '2026-12-10')).toBe('onTrack');
    expect(deadlineState({ stage: 'planning' }, '2026-12-10')).toBe('noDeadline');
  });

  it('counts changes requested as the review step', () => {
    expect(stageProgress('planning')).toEqual({ step: 1, of: 8 });
    expect(stageProgress('changesRequested')).toEqual(stageProgress('customerReview'));
    expect(stageProgress('stored')).toEqual({ step: 8, of: 8 });
  });
});

describe('annual clock occurrences', () => {
  it('marks overdue, due soon and upcoming relative to today', () => {
    expect(occurrenceState({ dueDate: '2026-11-20' }, '2026-11-23')).toBe('overdue');
    expect(occurrenceState({ dueDate: '2026-12-01' }, '2026-11-23')).toBe('dueSoon');
    expect(occurrenceState({ dueDate: '2027-01-15' }, '2026-11-23')).toBe('upcoming');
    expect(occurrenceState({ dueDate: '2026-11-20', done: true }, '2026-11-23')).toBe('done');
  });

  it('shows every overdue item and the next five', () => {
    const items = ['2026-10-01', '2026-11-01', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'].map((d, i) => ({ id: i, dueDate: d }));
    expect(glanceItems(items, '2026-11-23').map((x) => x.dueDate)).toEqual(['2026-10-01', '2026-11-01', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
  });
});

describe('follow-up groups', () => {
  const m = (id: number, startsAt: string, status: Meeting['status'] = 'planned'): Meeting => ({ id, etag: '"1"', title: `M${id}`, accountId: 1, meetingType: 'followUpGroup', startsAt, status });

  it('has materials ready a week before, in Helsinki days', () => {
    expect(materialsReadyDate({ startsAt: '2026-12-10T07:00:00Z' })).toBe('2026-12-03');
    expect(materialsReadyDate({ startsAt: '2026-12-10T07:00:00Z', materialsReadyOn: '2026-12-01' })).toBe('2026-12-01');
    expect(quarterOf('2026-09-15')).toBe(3);
  });

  it('finds the next meeting and the previous one whose minutes are reviewed', () => {
    const meetings = [m(3, '2026-12-10T08:00:00Z'), m(1, '2026-06-10T08:00:00Z', 'held'), m(2, '2026-09-10T08:00:00Z', 'held'), m(4, '2026-11-01T08:00:00Z', 'cancelled')];
    const split = splitMeetings(meetings, new Date('2026-11-23T00:00:00Z'));
    expect(split.next?.id).toBe(3);
    expect(split.past.map((x) => x.id)).toEqual([1, 2]);
    expect(previousMeeting(meetings, split.next!)?.id).toBe(2);
  });
});

describe('satisfaction', () => {
  const survey = (id: number, quarter: number): Survey => ({
    id,
    etag: '"1"',
    title: `Q${quarter}`,
    kind: 'quarterly',
    year: 2026,
    quarter,
    status: 'closed',
    definition: { questions: [{ id: 'q1', area: 'continuousServices', text: { fi: '', sv: '', en: '' }, scale: { min: 4, max: 10 } }] },
  });
  const answer = (surveyId: number, q1: number, nps: number, overall: number): SurveyResponse => ({
    id: Math.random(),
    etag: '"1"',
    surveyId,
    accountId: 1,
    answers: { q1 },
    nps,
    overall,
    submittedAt: '2026-06-01T00:00:00Z',
  });

  it('computes NPS as promoters minus detractors', () => {
    expect(npsOf([10, 9, 8, 7, 6])).toBe(20);
    expect(npsOf([])).toBeUndefined();
  });

  it('averages areas on the 4–10 scale, ignoring answers outside it, and orders the trend by quarter', () => {
    const responses = [answer(2, 8, 9, 8), answer(2, 9, 10, 9), answer(2, 11, 6, 7), answer(1, 7, 5, 7)];
    expect(aggregate(survey(2, 3), responses)).toMatchObject({ responses: 3, areas: [{ area: 'continuousServices', average: 8.5, answers: 2 }], overall: 8, nps: 33 });
    expect(trend([survey(2, 3), survey(1, 2), survey(3, 4)], responses).map((p) => p.quarter)).toEqual([2, 3]);
  });
});

describe('substitution', () => {
  const acc = (id: number, managerId: number, backupId?: number): Account => ({
    id,
    etag: '"1"',
    name: `A${id}`,
    abbreviation: `A${id}`,
    accountType: 'sector',
    accountManager: { id: managerId },
    backup: backupId ? { id: backupId } : undefined,
  });
  const away = (personId: number, start: string, end: string, extra: Partial<Absence> = {}): Absence => ({ id: personId, etag: '"1"', person: { id: personId }, start, end, kind: 'holiday', ...extra });

  it('does not cover absences of 1–2 days unless marked (Vantaa)', () => {
    expect(needsCover(away(1, '2026-11-23', '2026-11-24'))).toBe(false);
    expect(needsCover(away(1, '2026-11-23', '2026-11-24', { coverShort: true }))).toBe(true);
    expect(needsCover(away(1, '2026-11-23', '2026-11-25'))).toBe(true);
  });

  it('gives the absent manager’s accounts to the named substitute, else to the backup', () => {
    const accounts = [acc(1, 10, 20), acc(2, 10, 30), acc(3, 11, 20)];
    const absences = [away(10, '2026-11-16', '2026-11-27', { substitute: { id: 30 } }), away(11, '2026-11-23', '2026-11-23')];
    expect(accountsCoveredBy(30, accounts, absences, '2026-11-23').map((a) => a.id)).toEqual([1, 2]);
    expect(accountsCoveredBy(20, accounts, absences, '2026-11-23')).toEqual([]);
    expect(accountsCoveredBy(20, accounts, [away(10, '2026-11-16', '2026-11-27')], '2026-11-23').map((a) => a.id)).toEqual([1]);
    expect(accountsCoveredBy(30, accounts, absences, '2026-11-30')).toEqual([]);
  });
});
