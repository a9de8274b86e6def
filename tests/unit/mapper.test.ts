import { listDef } from '../../src/data/schema/lists';
import { entityToRow, rowToEntity, selectFor } from '../../src/data/sp/mapper';
import type { Account, Contact } from '../../src/domain/types';

describe('row ↔ domain mapping', () => {
  const accounts = listDef('accounts');

  it('selects every field explicitly and expands people', () => {
    const { select, expand } = selectFor(accounts);
    expect(select).toEqual(expect.arrayContaining(['Id', 'Title', 'ACAbbreviation', 'ACSegmentId', 'ACAccountManager/Title', 'ACAccountManager/EMail']));
    expect(expand).toEqual(['ACAccountManager', 'ACBackup', 'ACSystemManager', 'ACITCoordinator', 'ACITManager', 'ACServiceOwner', 'ACServiceManager']);
  });

  it('reads a SharePoint row as SharePoint returns it', () => {
    const account = rowToEntity<Account>(accounts, {
      'odata.etag': '"3"',
      Id: 4,
      Title: 'Korkein hallinto-oikeus',
      ACAbbreviation: 'KHO',
      ACAccountType: 'sector',
      ACSegmentId: 2,
      ACAccountManager: { Id: 11, Title: 'Aino Virtanen', EMail: 'aino.virtanen@asiakkuus.example', Name: 'i:0#.f|membership|aino.virtanen@asiakkuus.example' },
      ACBackup: null,
      ACWorkspaceUrl: { Url: 'https://tiimeri.example/kho', Description: 'Tiimeri' },
      ACKeyDocuments: '[{"title":"Strategia","url":"https://x.example/s"}]',
      ACActive: true,
      ACEngagementLevel: 4,
    });
    expect(account).toMatchObject({
      id: 4,
      etag: '"3"',
      name: 'Korkein hallinto-oikeus',
      abbreviation: 'KHO',
      segmentId: 2,
      accountManager: { id: 11, title: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
      workspaceUrl: { url: 'https://tiimeri.example/kho', description: 'Tiimeri' },
      keyDocuments: [{ title: 'Strategia', url: 'https://x.example/s' }],
      active: true,
      engagementLevel: 4,
    });
    expect(account.backup).toBeUndefined();
  });

  it('survives a hand-edited JSON cell', () => {
    const a = rowToEntity<Account>(accounts, { Id: 1, Title: 'x', ACKeyDocuments: '{not json' });
    expect(a.keyDocuments).toBeUndefined();
  });

  it('writes only the properties given, in SharePoint shapes', () => {
    expect(
      entityToRow(accounts, {
        name: 'KKO',
        accountManager: { id: 11 },
        segmentId: 3,
        workspaceUrl: { url: 'https://x.example' },
        keyDocuments: [],
        backup: undefined,
      }),
    ).toEqual({
      Title: 'KKO',
      ACAccountManagerId: 11,
      ACSegmentId: 3,
      ACWorkspaceUrl: { Url: 'https://x.example', Description: 'https://x.example' },
      ACKeyDocuments: '[]',
      ACBackupId: null,
    });
  });

  it('maps multi-choice and date-only values', () => {
    const contacts = listDef('contacts');
    expect(entityToRow(contacts, { roles: ['headOfIt', 'signatory'] })).toEqual({ ACRoles: ['headOfIt', 'signatory'] });
    const c = rowToEntity<Contact>(contacts, { Id: 1, Title: 'Kaisa Ojala', ACRoles: ['chair'] });
    expect(c.roles).toEqual(['chair']);
    const absences = listDef('absences');
    expect(entityToRow(absences, { start: '2026-07-01' })).toEqual({ ACStart: '2026-06-30T21:00:00Z' });
    expect(() => entityToRow(absences, { start: '1.7.2026' })).toThrow();
  });
});
