/**
 * WCAG 2.1 A/AA automated gate, service agreements: leadership's portfolio and the RISE agreement's workflow with a
 * refused step's message, in the three languages and the three Teams themes (cases and the runner in ./axe.ts).
 */
import { agreementCases, agreementViolations, useAxe } from './axe';

useAxe();

describe('accessibility (axe, WCAG 2.1 A/AA), service agreements', () => {
  it.each(agreementCases)('$label has no violations', async ({ query, ready, refuse }) => {
    expect(await agreementViolations(query, ready, refuse)).toEqual([]);
  });
});
