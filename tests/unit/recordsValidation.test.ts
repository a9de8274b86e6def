/**
 * The forms' rules as properties: any text within the list's limits passes and is sent exactly as typed (plain
 * text, nothing escaped or stripped); one character over the limit is refused with the limit in the message.
 */
import fc from 'fast-check';
import { followUpTitle, parseQuickLink, quickLinkUrl, validateFeedback, validateSituation, withConflictFlags } from '../../src/data/queries/records';
import { NOTE_MAX, TEXT_MAX } from '../../src/data/schema/validate';
import type { SituationValues } from '../../src/data/queries/records';

const base: SituationValues = { recorder: { id: 1 }, date: '2026-03-02', category: 'other', situation: 'x', clientKey: 'k' };
// Any characters, emoji and markup included, never blank (blank is "required", tested separately).
const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 300) }).filter((s) => s.trim() !== '' && s.length <= max);

describe('records validation', () => {
  it('any situation and solution up to the note limit is accepted and kept as typed', () => {
    fc.assert(
      fc.property(text(NOTE_MAX), text(NOTE_MAX), (situation, solution) => {
        const v = withConflictFlags({ ...base, situation, solution });
        expect(validateSituation(v)).toEqual([]);
        expect(v.situation).toBe(situation);
        expect(v.solution).toBe(solution);
      }),
    );
  });

  it('over the note limit is refused with the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.constantFrom('a', 'ä', '<', '=', ' '), (extra, ch) => {
        const situation = `x${ch.repeat(NOTE_MAX - 1 + extra)}`;
        expect(validateSituation({ ...base, situation })).toEqual([{ field: 'situation', code: 'tooLong', params: { max: NOTE_MAX } }]);
      }),
      { numRuns: 20 },
    );
  });

  it('the other reason takes any text up to 255 characters and refuses more', () => {
    const fb = { recorder: { id: 1 }, date: '2026-03-02', kind: 'question' as const, reason: 'other' as const, text: 'Kysymys', status: 'new' as const };
    fc.assert(
      fc.property(text(TEXT_MAX), (reasonOther) => {
        expect(validateFeedback({ ...fb, reasonOther })).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: TEXT_MAX + 1, max: TEXT_MAX + 500 }), (n) => {
        expect(validateFeedback({ ...fb, reasonOther: 'ö'.repeat(n) })).toEqual([{ field: 'reasonOther', code: 'tooLong', params: { max: TEXT_MAX } }]);
      }),
      { numRuns: 20 },
    );
  });

  it('a reaction is required once the feedback is reacted or closed', () => {
    const fb = { recorder: { id: 1 }, date: '2026-03-02', kind: 'negative' as const, reason: 'serviceQuality' as const, text: 'Hidas vastaus' };
    expect(validateFeedback({ ...fb, status: 'inProgress' })).toEqual([]);
    expect(validateFeedback({ ...fb, status: 'answered' })).toEqual([{ field: 'reaction', code: 'required' }]);
    expect(validateFeedback({ ...fb, status: 'closed', reaction: ' ' })).toEqual([{ field: 'reaction', code: 'required' }]);
  });

  it('a conflict contact is always flagged to the supervisor and the team meeting', () => {
    expect(withConflictFlags({ ...base, category: 'conflict' })).toMatchObject({ supervisorNotified: true, forReview: true });
    expect(withConflictFlags({ ...base, category: 'error' }).supervisorNotified).toBeUndefined();
  });

  it('a follow-up title is one line of at most 80 characters, cut between words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const t = followUpTitle(s);
        expect(t.length).toBeLessThanOrEqual(80);
        expect(t).not.toMatch(/\n/);
      }),
    );
  });

  it('quick links: known values are taken, anything else ignored, and a copied link round-trips', () => {
    expect(parseQuickLink({ account: 'KHO', category: 'conflict', kind: 'nope', feedbackId: '-3' })).toEqual({ account: 'KHO', category: 'conflict' });
    fc.assert(
      fc.property(fc.constantFrom('challenging', 'conflict', 'adviceRequest', 'error', 'other'), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), (category, account) => {
        const url = quickLinkUrl('https://contoso.sharepoint.com/sites/ork/SitePages/Tilanne.aspx?feedbackId=4&x=1', { account, category });
        const q = Object.fromEntries(new URL(url).searchParams.entries());
        expect(q.x).toBe('1');
        expect(parseQuickLink(q)).toEqual({ account, category });
      }),
    );
  });
});
