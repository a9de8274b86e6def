import { STANDARD_AGENDA } from '../../src/domain/followUp';
import {
  agendaFor,
  dueBeforeNextFollowUp,
  economyKit,
  followingMeeting,
  InvitationStrings,
  invitationText,
  materialsInfo,
  meetingKit,
  meetingTime,
  nextFollowUpGroup,
  nextUsualMonth,
  openActions,
  satisfactionKit,
} from '../../src/domain/meetingKit';
import type { Action, Meeting } from '../../src/domain/types';
import { privacyThresholdOf } from '../../src/domain/satisfaction';
import { DEFAULT_PRIVACY_THRESHOLD, PRIVACY_THRESHOLD_SETTING } from '../../src/domain/surveys';
import { bundle } from '../../src/features/accountTab/strings/followUp';
import { fixture, meetings, NOW, Q3_MINUTES, responses, surveys, TODAY } from './followUpFixture';

const q3 = meetings.find((m) => m.id === 4)!;
const q4 = meetings.find((m) => m.id === 5)!;
const followUps = meetings.filter((m) => m.meetingType === 'followUpGroup');

describe('agendaFor', () => {
  it('uses the standard nine items in the user language when the meeting has no agenda', () => {
    const fi = agendaFor(q4, 'fi');
    expect(fi.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(fi.map((a) => a.key)).toEqual(STANDARD_AGENDA.map((a) => a.key));
    expect(fi[5].title).toBe('Tilaajatyytyväisyyskysely');
    expect(agendaFor(q4, 'sv')[1].title).toBe('Föregående mötes protokoll');
  });

  it("keeps the meeting's own agenda and its notes, matching items to the standard by title", () => {
    const own = agendaFor(q3, 'en');
    // Stored in Finnish; the standard heading is shown in the reader's language, the notes as written.
    expect(own[2]).toEqual({ number: 3, title: 'Financial review', notes: 'TAE B2 -tarkennus käytiin läpi.', key: 'economy' });
  });

  it('shows standard headings stored in Finnish in Swedish and English, and in Finnish to a Finnish reader', () => {
    expect(agendaFor(q3, 'sv').map((a) => a.title)).toEqual(STANDARD_AGENDA.map((a) => a.sv));
    expect(agendaFor(q3, 'en').map((a) => a.title)).toEqual(STANDARD_AGENDA.map((a) => a.en));
    expect(agendaFor(q3, 'fi').map((a) => a.title)).toEqual(STANDARD_AGENDA.map((a) => a.fi));
    // Numbered or in another language, a standard heading is still recognised.
    expect(agendaFor({ agenda: [{ number: 1, title: '1. Opening and approval of the agenda' }] }, 'sv')[0].title).toBe('Mötets öppnande och godkännande av föredragningslistan');
  });

  it('shows a heading edited to something else as written, in every language', () => {
    const agenda = [
      { number: 1, title: 'Kokouksen avaus ja asialistan hyväksyminen' },
      { number: 2, title: 'Talouskatsaus ja TAE B3' },
      { number: 3, title: 'Tietoturvakatsaus' },
    ];
    for (const lang of ['sv', 'en'] as const) {
      const titles = agendaFor({ agenda }, lang).map((a) => a.title);
      expect(titles).toEqual([STANDARD_AGENDA[0][lang], 'Talouskatsaus ja TAE B3', 'Tietoturvakatsaus']);
    }
    // Nine edited headings matched by position keep their own words too.
    const renamed = STANDARD_AGENDA.map((_, i) => ({ number: i + 1, title: `Kohta ${i + 1}` }));
    expect(agendaFor({ agenda: renamed }, 'en')[2]).toMatchObject({ title: 'Kohta 3', key: 'economy' });
  });

  it('matches an extra item by nothing and renumbered standard items by title', () => {
    const agenda = [
      { number: 1, title: '1. Opening and approval of the agenda' },
      { number: 2, title: 'Tietoturvakatsaus' },
      { number: 3, title: 'Talouskatsaus:' },
    ];
    expect(agendaFor({ agenda }, 'fi').map((a) => a.key)).toEqual(['opening', undefined, 'economy']);
  });

  it('falls back to positions for a nine-item agenda with unrecognised titles', () => {
    const agenda = STANDARD_AGENDA.map((_, i) => ({ number: i + 1, title: `Kohta ${i + 1}` }));
    expect(agendaFor({ agenda }, 'fi')[5].key).toBe('satisfaction');
  });
});

describe('materials and neighbours', () => {
  it('puts the materials date a week before and says how far it is', () => {
    expect(materialsInfo(q4, TODAY, NOW)).toEqual({ date: '2025-12-02', days: 12, state: 'upcoming' });
    expect(materialsInfo(q4, '2025-12-02', NOW).state).toBe('today');
    expect(materialsInfo(q4, '2025-12-04', new Date('2025-12-04T08:00:00Z'))).toEqual({ date: '2025-12-02', days: -2, state: 'overdue' });
    expect(materialsInfo(q3, TODAY, NOW).state).toBe('past');
    expect(materialsInfo({ ...q4, materialsReadyOn: '2025-11-28' }, TODAY, NOW).date).toBe('2025-11-28');
  });

  it('finds the following meeting and the next usual month', () => {
    expect(followingMeeting(followUps, q3)?.id).toBe(5);
    expect(followingMeeting(followUps, q4)).toBeUndefined();
    expect(nextUsualMonth('2025-09-16')).toEqual({ year: 2025, month: 12 });
    expect(nextUsualMonth('2025-12-09')).toEqual({ year: 2026, month: 3 });
    expect(nextUsualMonth('2025-01-20')).toEqual({ year: 2025, month: 3 });
  });

  it('sorts open actions by due date and leaves done ones out', () => {
    expect(openActions(fixture().actions).map((a) => a.id)).toEqual([50, 51]);
  });
});

describe('economyKit', () => {
  it("takes this year's transferred budget and the finance-clock items between the neighbouring meetings", () => {
    const d = fixture();
    const e = economyKit({ meeting: q4, previous: q3, agreements: d.agreements, occurrences: d.occurrences, tasks: d.tasks, today: TODAY });
    expect(e.budget).toBe(1250000);
    expect(e.agreement?.year).toBe(2025);
    expect(e.from).toBe('2025-09-16');
    expect(e.to).toBe('2026-03-11');
    expect(e.tasks.map((t) => [t.occurrence.id, t.state])).toEqual([
      [32, 'overdue'],
      [31, 'done'],
      [33, 'upcoming'],
    ]);
  });

  it("names next year's agreement with its stage and deadline in the year's last group only", () => {
    const d = fixture();
    const agreements = d.agreements.map((a) => (a.year === 2026 ? { ...a, deadline: '2025-12-19' } : a));
    const e = economyKit({ meeting: q4, previous: q3, agreements, occurrences: d.occurrences, tasks: d.tasks, today: TODAY });
    expect(e.agreement?.year).toBe(2025);
    expect(e.next).toMatchObject({ stage: 'drafting', deadline: '2025-12-19', state: 'onTrack' });
    expect(e.next?.agreement.title).toBe('Palvelusopimus 2026 – KHO');
    // Still drafting within four weeks of the deadline: at risk (one PDF and three signatures take time).
    expect(economyKit({ meeting: q4, agreements, occurrences: [], tasks: [], today: '2025-11-24' }).next?.state).toBe('atRisk');
    // Past the deadline it is late; once signed, done.
    expect(economyKit({ meeting: q4, agreements, occurrences: [], tasks: [], today: '2025-12-22' }).next?.state).toBe('late');
    const signed = agreements.map((a) => (a.year === 2026 ? { ...a, stage: 'signed' as const } : a));
    expect(economyKit({ meeting: q4, agreements: signed, occurrences: [], tasks: [], today: '2025-12-22' }).next?.state).toBe('done');
    // Q3 looks at this year's agreement only.
    expect(economyKit({ meeting: q3, agreements, occurrences: [], tasks: [], today: TODAY }).next).toBeUndefined();
    // No agreement for next year yet: nothing to name, rather than a wrong one.
    expect(economyKit({ meeting: q4, agreements: agreements.filter((a) => a.year === 2025), occurrences: [], tasks: [], today: TODAY }).next).toBeUndefined();
  });
});

describe('satisfactionKit', () => {
  it('reviews the latest closed quarter before the meeting against the one before it', () => {
    const k = satisfactionKit(q4, surveys, responses);
    expect(k.latest).toMatchObject({ year: 2025, quarter: 3, responses: 3, overall: 8, nps: 33 });
    expect(k.latest?.areas).toEqual([
      { area: 'continuousServices', average: 8.3, answers: 3 },
      { area: 'financialManagement', average: 7.7, answers: 3 },
    ]);
    expect(k.previous?.quarter).toBe(2);
    expect(k.change).toEqual({ overall: 0.5, nps: -34, areas: { continuousServices: 1.3, financialManagement: 0.7 } });
    expect(k.latest?.comments).toHaveLength(2);
  });

  it('counts only answers given before the meeting and reports a later open survey separately', () => {
    const early = { ...q3, startsAt: '2025-09-10T06:00:00Z' };
    const k = satisfactionKit(early, [...surveys.slice(0, 1), { ...surveys[1], status: 'open' }], responses);
    expect(k.latest?.quarter).toBe(2);
    expect(k.open).toEqual({ year: 2025, quarter: 3, responses: 1 });
  });

  it('is empty without answers', () => {
    expect(satisfactionKit(q4, surveys, [])).toEqual({ actions: [], assessmentActions: [] });
  });

  it('shows no figures, comments or change for a period under the privacy threshold', () => {
    // Q3 has three answers: under a threshold of four only its period is left, and Q2 is not compared with.
    const k = satisfactionKit(q4, surveys, responses, { threshold: 4 });
    expect(k.latest).toMatchObject({ year: 2025, quarter: 3, belowThreshold: 4, responses: 0, areas: [], comments: [] });
    expect(k.latest?.overall).toBeUndefined();
    expect(k.latest?.nps).toBeUndefined();
    expect(k.previous).toBeUndefined();
    expect(k.change).toBeUndefined();
  });

  it('does not compare with a previous period under the threshold (the change would reveal it)', () => {
    const fewerInQ2 = responses.filter((r) => r.id !== 102);
    const k = satisfactionKit(q4, surveys, fewerInQ2);
    expect(k.latest).toMatchObject({ quarter: 3, responses: 3, overall: 8 });
    expect(k.latest?.belowThreshold).toBeUndefined();
    expect(k.previous).toBeUndefined();
    expect(k.change).toBeUndefined();
  });

  it("lists the account's open actions from the survey, the earliest due first", () => {
    const a = (id: number, source: Action['source'], status: Action['status'], dueDate?: string): Action => ({ id, etag: '"1"', title: `T${id}`, accountId: 7, source, status, dueDate });
    const actions = [a(1, 'survey', 'open', '2026-01-15'), a(2, 'survey', 'inProgress', '2025-11-01'), a(3, 'survey', 'done', '2025-10-01'), a(4, 'followUp', 'open', '2025-10-01'), a(5, 'survey', 'cancelled'), a(6, 'survey', 'open')];
    expect(satisfactionKit(q4, surveys, responses, { actions }).actions.map((x) => x.id)).toEqual([2, 1, 6]);
    // Also when there are no results to show.
    expect(satisfactionKit(q4, surveys, [], { actions }).actions.map((x) => x.id)).toEqual([2, 1, 6]);
  });
});

describe("item 6: the partnership assessment's (9E) development actions", () => {
  const a = (id: number, source: Action['source'], status: Action['status'], dueDate?: string): Action => ({ id, etag: '"1"', title: `T${id}`, accountId: 7, source, status, dueDate, sourceRef: source === 'assessment' ? `9e:40:d${id}` : undefined });
  const actions = [a(1, 'assessment', 'open', '2025-12-08'), a(2, 'survey', 'open', '2025-11-01'), a(3, 'assessment', 'done', '2025-10-01'), a(4, 'assessment', 'inProgress', '2025-11-20'), a(5, 'idea', 'open')];

  it('lists the open 9E actions apart from the survey actions, the earliest due first, with or without survey results', () => {
    const k = satisfactionKit(q4, surveys, responses, { actions });
    expect(k.assessmentActions.map((x) => x.id)).toEqual([4, 1]);
    expect(k.actions.map((x) => x.id)).toEqual([2]);
    expect(satisfactionKit(q4, surveys, [], { actions }).assessmentActions.map((x) => x.id)).toEqual([4, 1]);
    expect(satisfactionKit(q4, surveys, [], { actions, hidden: true }).assessmentActions.map((x) => x.id)).toEqual([4, 1]);
  });

  it("reach the kit of the account's next follow-up group", () => {
    const d = fixture();
    const k = meetingKit({ ...d, actions: [...d.actions, ...actions], meeting: q4, today: TODAY, now: NOW, lang: 'fi' });
    expect(k.satisfaction.assessmentActions.map((x) => x.title)).toEqual(['T4', 'T1']);
  });

  it('is due the day before the next follow-up group that is at least two days ahead, else in 30 days', () => {
    const group = (id: number, startsAt: string, status: Meeting['status'] = 'planned'): Meeting => ({ ...q4, id, startsAt, status, meetingType: 'followUpGroup' });
    const list = [group(1, '2026-03-10T07:00:00Z'), group(2, '2026-02-03T07:00:00Z', 'cancelled'), group(3, '2026-01-21T22:30:00Z'), { ...group(4, '2026-02-01T07:00:00Z'), meetingType: 'workshop' as const }];
    // 21 Jan 22:30 UTC is 22 Jan in Helsinki: due on the 21st.
    expect(dueBeforeNextFollowUp(list, '2026-01-15')).toEqual({ dueDate: '2026-01-21', meeting: list[2] });
    // Tomorrow's group is too near to prepare for; the cancelled one and other meeting types are skipped.
    expect(nextFollowUpGroup(list, '2026-01-21')?.id).toBe(1);
    expect(dueBeforeNextFollowUp(list, '2026-01-21').dueDate).toBe('2026-03-09');
    expect(dueBeforeNextFollowUp([], '2026-01-21')).toEqual({ dueDate: '2026-02-20' });
  });
});

describe('privacyThresholdOf', () => {
  const setting = (value?: string) => [{ key: 'cover.maxCoveredAccounts', value: '3' }, { key: PRIVACY_THRESHOLD_SETTING, value }];
  it('is the default without a setting, and the setting when it is a whole number at or above the default', () => {
    expect(privacyThresholdOf([])).toBe(DEFAULT_PRIVACY_THRESHOLD);
    expect(privacyThresholdOf(setting('5'))).toBe(5);
    expect(privacyThresholdOf(setting(' 7 '))).toBe(7);
    expect(privacyThresholdOf(setting(String(DEFAULT_PRIVACY_THRESHOLD)))).toBe(DEFAULT_PRIVACY_THRESHOLD);
  });

  it('never goes below the default, nor takes a fraction or text', () => {
    for (const v of ['1', '0', '-5', '2.5', '4.5', 'viisi', '', undefined]) expect(privacyThresholdOf(setting(v))).toBe(DEFAULT_PRIVACY_THRESHOLD);
  });
});

describe('meetingKit and the invitation', () => {
  const d = fixture();
  const kit = meetingKit({ ...d, meeting: q4, today: TODAY, now: NOW, lang: 'fi' });

  it('attaches the previous minutes, ideas, actions and links', () => {
    expect(kit.previous?.minutes).toBe(Q3_MINUTES);
    expect(kit.following).toBeUndefined();
    expect(kit.suggestedNext).toEqual({ year: 2026, month: 3 });
    expect(kit.development.ideas.map((i) => i.title)).toEqual(['Automaattinen diaarikirjaus', 'Sähköisen asioinnin laajennus']);
    expect(kit.development.inProgress.map((a) => a.id)).toEqual([51]);
    expect(kit.services.appendices).toHaveLength(2);
    expect(kit.services.workspace?.url).toBe('https://tiimeri.example/kho');
    expect(kit.materialsLink?.url).toBe('https://tiimeri.example/kho/seurantaryhma/2025-q4');
    expect(kit.surveyLink?.url).toBe('https://asiakkuus.example/kysely/ork-2025-q4');
  });

  it('passes the threshold and the actions to item 6', () => {
    const survey: Action = { id: 60, etag: '"1"', title: 'Talousraportin selkeytys', accountId: 7, source: 'survey', status: 'open', dueDate: '2025-11-20' };
    const k = meetingKit({ ...d, actions: [...d.actions, survey], privacyThreshold: 5, meeting: q4, today: TODAY, now: NOW, lang: 'fi' });
    expect(k.satisfaction.actions.map((a) => a.id)).toEqual([60]);
    expect(k.satisfaction.latest?.belowThreshold).toBe(5);
    expect(meetingKit({ ...d, responsesHidden: true, meeting: q4, today: TODAY, now: NOW, lang: 'fi' }).satisfaction.hidden).toBe(true);
  });

  it('ignores meetings of other types when looking for the previous one', () => {
    const op: Meeting = { ...meetings[5], startsAt: '2025-12-01T08:00:00Z' };
    expect(meetingKit({ ...d, meetings: [...d.meetings, op], meeting: q4, today: TODAY, now: NOW, lang: 'fi' }).previous?.id).toBe(4);
  });

  it('shows the time in Helsinki for the locale', () => {
    expect(meetingTime(q4, 'fi-FI')).toMatchObject({ date: 'tiistaina 9. joulukuuta 2025', time: '9.00–10.30' });
    // September is summer time: 06:00Z is 9.00 in Helsinki.
    expect(meetingTime(q3, 'fi-FI').start).toBe('9.00');
    expect(meetingTime(q4, 'en-US').date).toBe('Tuesday, 9 December 2025');
  });

  it('writes the invitation with time, agenda and both links', () => {
    const s: InvitationStrings = bundle.get('fi').invitation.text;
    const inv = invitationText(
      { meeting: q4, accountName: 'Korkein hallinto-oikeus', agenda: kit.agenda, locale: 'fi-FI', modeLabel: 'Teams', materialsDate: kit.materials.date, materialsLink: kit.materialsLink, surveyLink: kit.surveyLink, sender: 'Aino Virtanen' },
      s,
    );
    expect(inv.subject).toBe('Korkein hallinto-oikeus: palvelusopimuksen seurantaryhmä Q4/2025');
    const lines = inv.body.split('\n');
    expect(lines).toContain('Aika: tiistaina 9. joulukuuta 2025 klo 9.00–10.30');
    expect(lines).toContain('Paikka: Teams');
    expect(lines).toContain('Puheenjohtaja: Liisa Laine (oikeusministeriö)');
    expect(lines).toContain('1. Kokouksen avaus ja asialistan hyväksyminen');
    expect(lines).toContain('9. Kokouksen päättäminen');
    expect(lines).toContain('Kokouksen materiaalit ovat saatavilla viimeistään 2.12.2025: https://tiimeri.example/kho/seurantaryhma/2025-q4');
    expect(lines).toContain('Vastaathan ennen kokousta tilaajatyytyväisyyskyselyyn: https://asiakkuus.example/kysely/ork-2025-q4');
    expect(lines[lines.length - 1]).toBe('Aino Virtanen');
  });

  it('falls back to the workspace for materials and leaves out a missing survey link', () => {
    const bare = { ...q4, materialsUrl: undefined, surveyUrl: undefined };
    const k = meetingKit({ ...d, meeting: bare, today: TODAY, now: NOW, lang: 'sv' });
    expect(k.materialsLink?.url).toBe('https://tiimeri.example/kho');
    expect(k.surveyLink).toBeUndefined();
    const inv = invitationText({ meeting: bare, accountName: 'KHO', agenda: k.agenda, locale: 'sv-SE', materialsDate: k.materials.date }, bundle.get('sv').invitation.text);
    expect(inv.body).toContain('Mötesmaterialet skickas senast 2.12.2025.');
    expect(inv.body).not.toContain('enkäten');
    expect(inv.body).toContain('2. Föregående mötes protokoll');
  });
});
