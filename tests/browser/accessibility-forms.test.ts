/**
 * WCAG 2.1 A/AA automated gate, part 2: the handover brief and hand-back list, the situation and feedback forms and
 * the team meeting (cases and the runner in ./axe.ts; part 1 is accessibility.test.ts).
 */
import { handoverCases, recordFormCases, teamReviewCases, useAxe, violations } from './axe';

useAxe();

describe('accessibility (axe, WCAG 2.1 A/AA), part 2', () => {
  it.each(handoverCases)('$label has no violations', async ({ query, ready, button, after }) => {
    expect(await violations(query, ready, undefined, button, after)).toEqual([]);
  });

  it.each(recordFormCases)('$label has no violations', async ({ query, ready, button }) => {
    expect(await violations(query, ready, undefined, button)).toEqual([]);
  });

  it.each(teamReviewCases)('$label has no violations', async ({ query, ready, tab, after }) => {
    expect(await violations(query, ready, tab, undefined, after)).toEqual([]);
  });
});
