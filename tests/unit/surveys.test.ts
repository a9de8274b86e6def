import {
  answeredQuestionIds,
  defaultQuarterlyDefinition,
  definitionEditProblems,
  definitionProblems,
  definitionToCopy,
  inviteesOf,
  missingRequired,
  nextQuarterOf,
  overallOf,
  overSurveyed,
  parseQuarter,
  quarterRange,
  quarterTaken,
  respondentKeyOf,
  responseClientKey,
} from '../../src/domain/surveys';
import type { Contact, Survey } from '../../src/domain/types';

const contact = (name: string, accountId: number, email?: string, roles: Contact['roles'] = ['followUpMember'], side: Contact['side'] = 'customer'): Contact =>
  ({ id: accountId * 100 + name.length, etag: '"1"', name, accountId, email, roles, side });

describe('the over-survey guard', () => {
  it('names a person asked about more than one account in a quarter: same e-mail in any case, else the same name', () => {
    const invitees = inviteesOf([
      contact('Mervi Koskela', 5, 'mervi.koskela@kho.example'),
      contact('Mervi Koskela', 1, 'MERVI.KOSKELA@kho.example'),
      contact('Ville  Rantanen', 1),
      contact('ville rantanen', 6),
      contact('Olli Aho', 6, 'olli.aho@tiv.example'),
      contact('Olli Aho', 1, 'olli.aho@tiv.example', ['headOfIt']),
      contact('Pia Provider', 1, 'pia@ork.example', ['followUpMember'], 'provider'),
      contact('Pia Provider', 5, 'pia@ork.example', ['followUpMember'], 'provider'),
    ]);
    const warned = overSurveyed(invitees);
    expect(warned.map((w) => [w.name, w.accountIds.sort()])).toEqual([
      ['Mervi Koskela', [1, 5]],
      ['Ville  Rantanen', [1, 6]],
    ]);
  });

  it('two different people of the same name with different e-mails are two people; a name without e-mail joins the one with it', () => {
    expect(overSurveyed([{ name: 'Anna Virta', email: 'a@x.fi', accountId: 1 }, { name: 'Anna Virta', email: 'b@x.fi', accountId: 2 }])).toEqual([]);
    expect(overSurveyed([{ name: 'Anna Virta', accountId: 2 }, { name: 'Anna Virta', email: 'a@x.fi', accountId: 1 }])).toEqual([{ name: 'Anna Virta', email: 'a@x.fi', accountIds: [1, 2] }]);
    // The same account twice is one survey.
    expect(overSurveyed([{ name: 'A', email: 'a@x.fi', accountId: 1 }, { name: 'A', email: 'a@x.fi', accountId: 1 }])).toEqual([]);
  });
});

describe('editing a definition', () => {
  const before = defaultQuarterlyDefinition();
  const answered = answeredQuestionIds([{ answers: { continuousServices: 8, proactivity: 9 } }, { answers: { expertise: 7 } }]);

  it('refuses removing an answered question or changing its scale; texts may change, questions may be added', () => {
    const removed = { ...before, questions: before.questions.filter((q) => q.id !== 'proactivity') };
    expect(definitionEditProblems(before, removed, answered)).toEqual([{ code: 'removedAnswered', questionId: 'proactivity' }]);
    const rescaled = { ...before, questions: before.questions.map((q) => (q.id === 'expertise' ? { ...q, scale: { min: 1, max: 5 } } : q)) };
    expect(definitionEditProblems(before, rescaled, answered)).toEqual([{ code: 'scaleAnswered', questionId: 'expertise' }]);
    const changed = {
      ...before,
      questions: [
        ...before.questions.filter((q) => q.id !== 'jointDevelopment').map((q) => (q.id === 'continuousServices' ? { ...q, text: { ...q.text, fi: 'Uusi teksti' } } : q)),
        { id: 'new', area: 'overall', text: { fi: 'Uusi', sv: 'Ny', en: 'New' }, scale: { min: 4, max: 10 } },
      ],
    };
    expect(definitionEditProblems(before, changed, answered)).toEqual([]);
    expect(definitionEditProblems(before, { ...before, nps: false }, answered, true)).toEqual([{ code: 'npsAnswered' }]);
  });

  it('requires unique ids and texts in all three languages', () => {
    const def = defaultQuarterlyDefinition();
    def.questions[1] = { ...def.questions[1], id: 'continuousServices', text: { ...def.questions[1].text, sv: ' ' } };
    expect(definitionProblems(def)).toEqual([
      { code: 'duplicateId', questionId: 'continuousServices' },
      { code: 'missingText', questionId: 'continuousServices', lang: 'sv' },
    ]);
    expect(definitionProblems({ questions: [] })).toEqual([{ code: 'noQuestions' }]);
  });
});

describe('answers and keys', () => {
  const def = defaultQuarterlyDefinition();

  it('overall is the mean of the overall area, one decimal; nothing answered there is no overall', () => {
    expect(overallOf(def, { proactivity: 9, expertise: 8, customerService: 8, continuousServices: 4 })).toBe(8.3);
    expect(overallOf(def, { proactivity: 9, expertise: 10 })).toBe(9.5);
    expect(overallOf(def, { continuousServices: 7 })).toBeUndefined();
    // Off the scale is not an answer.
    expect(overallOf(def, { proactivity: 11, expertise: 8 })).toBe(8);
  });

  it('names the required questions left, optional ones never', () => {
    const d = { ...def, questions: def.questions.map((q) => (q.id === 'projectServices' ? { ...q, required: false } : q)) };
    const answers = Object.fromEntries(d.questions.map((q) => [q.id, 8])) as Record<string, number | undefined>;
    answers.projectServices = undefined;
    answers.expertise = undefined;
    expect(missingRequired(d, answers).map((q) => q.id)).toEqual(['expertise']);
  });

  it('one key per survey, account and respondent, whoever the key was read from', () => {
    const a = respondentKeyOf({ email: ' Kaisa.Ojala@asiakkuus.example ' })!;
    expect(a).toBe(respondentKeyOf({ login: 'i:0#.f|membership|kaisa.ojala@asiakkuus.example' }));
    expect(responseClientKey(40, 5, a)).toBe(responseClientKey(40, 5, 'kaisa.ojala@asiakkuus.example'));
    expect(responseClientKey(40, 5, a)).not.toBe(responseClientKey(40, 1, a));
    expect(responseClientKey(40, 5, a).length).toBeLessThanOrEqual(64);
  });
});

describe('periods', () => {
  const s = (id: number, year: number, quarter?: number, kind: Survey['kind'] = 'quarterly'): Survey =>
    ({ id, etag: '"1"', title: '', kind, year, quarter, status: 'open', definition: { questions: [{ id: `q${id}`, area: 'overall', text: { fi: 'a', sv: 'b', en: 'c' }, scale: { min: 4, max: 10 } }] } });

  it('reads yyyy-Qn, gives a quarter its days and finds the next quarter', () => {
    expect(parseQuarter('2026-q2')).toEqual({ year: 2026, quarter: 2 });
    expect(parseQuarter('2026-Q5')).toBeUndefined();
    expect(quarterRange(2026, 1)).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterRange(2024, 4)).toEqual({ start: '2024-10-01', end: '2024-12-31' });
    expect(nextQuarterOf([s(1, 2026, 1)], '2026-03-02')).toEqual({ year: 2026, quarter: 2 });
    expect(nextQuarterOf([s(1, 2025, 4)], '2026-03-02')).toEqual({ year: 2026, quarter: 1 });
    expect(nextQuarterOf([s(1, 2026, 4)], '2026-03-02')).toEqual({ year: 2027, quarter: 1 });
  });

  it('one quarterly survey per quarter; the latest definition of the kind is copied', () => {
    const surveys = [s(1, 2026, 1), s(2, 2026, undefined, 'annualCustomer'), s(3, 2025, 4)];
    expect(quarterTaken(surveys, 2026, 1)).toBe(true);
    expect(quarterTaken(surveys, 2026, 1, 1)).toBe(false);
    expect(quarterTaken(surveys, 2026, 2)).toBe(false);
    const copy = definitionToCopy(surveys, 'quarterly');
    expect(copy.questions[0].id).toBe('q1');
    copy.questions[0].id = 'changed';
    expect(surveys[0].definition.questions[0].id).toBe('q1');
    expect(definitionToCopy([], 'quarterly')).toEqual(defaultQuarterlyDefinition());
  });
});
