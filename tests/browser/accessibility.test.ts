/**
 * WCAG 2.1 A/AA automated gate, part 1: the account tab, site contents, My accounts, the annual clock and the
 * Substitutes view (cases and the runner in ./axe.ts; part 2 is accessibility-forms.test.ts).
 */
import { cases, clockCases, substitutesCases, useAxe, violations } from './axe';

useAxe();

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  // Object rows: with a tuple shorter than the callback's parameters, jest would wait for a `done` callback.
  it.each(cases.map(([label, query, ready, tab]) => ({ label, query, ready, tab })))('$label has no violations', async ({ query, ready, tab }) => {
    expect(await violations(query, ready, tab)).toEqual([]);
  });

  it.each(clockCases)('$label has no violations', async ({ query, ready, button, after }) => {
    expect(await violations(query, ready, undefined, button, after)).toEqual([]);
  });

  it.each(substitutesCases)('$label has no violations', async ({ query, ready, tab }) => {
    expect(await violations(query, ready, tab)).toEqual([]);
  });
});
