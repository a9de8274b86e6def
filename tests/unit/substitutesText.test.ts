/** The cover warnings as a team lead reads them: one sentence per situation, the accounts named together. */
import type { CoverWarning } from '../../src/domain/cover';
import type { Account, PersonRef } from '../../src/domain/types';
import fi from '../../src/features/substitutes/strings.fi';
import sv from '../../src/features/substitutes/strings.sv';
import { warningLines } from '../../src/features/substitutes/text';

const AINO: PersonRef = { id: 7, title: 'Aino Virtanen' };
const JUHA: PersonRef = { id: 10, title: 'Juha Nieminen' };
const MIKKO: PersonRef = { id: 8, title: 'Mikko Korhonen' };
const accounts = new Map<number, Account>(
  [
    [1, 'KKO'],
    [2, 'RISE'],
    [3, 'UO'],
  ].map(([id, abbreviation]) => [id as number, { id, abbreviation, name: String(abbreviation) } as Account]),
);
const away = (accountId: number, next?: PersonRef): CoverWarning => ({ kind: 'substituteAway', accountId, absenceId: 1, person: AINO, until: '2026-12-01', next, since: '2026-12-01', to: '2026-12-01' });

it('says once that the substitute is away, naming every account the next person takes', () => {
  const lines = warningLines([away(1, JUHA), away(2, JUHA), away(3, JUHA)], fi, 'fi-FI', accounts);
  expect(lines.map((l) => l.text)).toEqual(['Aino Virtanen on itse poissa 1.12.2026; asiakkuudet KKO, RISE ja UO hoitaa silloin Juha Nieminen.']);
});

it('keeps one account in the singular, and different next people or days apart', () => {
  const other: CoverWarning = { ...away(3, MIKKO), since: '2026-12-02', to: '2026-12-02' };
  const lines = warningLines([away(1, JUHA), other], sv, 'sv-FI', accounts);
  expect(lines.map((l) => l.text)).toEqual([
    'Aino Virtanen är själv frånvarande 1.12.2026; kundrelationen KKO sköts då av Juha Nieminen.',
    'Aino Virtanen är själv frånvarande 2.12.2026; kundrelationen UO sköts då av Mikko Korhonen.',
  ]);
});

it('names the accounts left without cover together', () => {
  const none = (accountId: number): CoverWarning => ({ kind: 'noCover', accountId, absenceId: 2, manager: MIKKO, since: '2026-12-21', to: '2026-12-27' });
  expect(warningLines([none(1), none(2)], fi, 'fi-FI', accounts).map((l) => l.text)).toEqual([
    'Asiakkuuksilla KKO ja RISE ei ole tuuraajaa, kun Mikko Korhonen on poissa 21.12.2026–27.12.2026.',
  ]);
});
