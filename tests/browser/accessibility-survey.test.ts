/**
 * WCAG 2.1 A/AA automated gate, part 3: the quarterly survey (leadership's satisfaction view, the answering page,
 * the import panel and the survey administration; cases and the runner in ./axe.ts).
 */
import { surveyCases, useAxe, violations } from './axe';

useAxe();

describe('accessibility (axe, WCAG 2.1 A/AA), part 3', () => {
  it.each(surveyCases)('$label has no violations', async ({ query, ready, button, after }) => {
    expect(await violations(query, ready, undefined, button, after)).toEqual([]);
  });
});
