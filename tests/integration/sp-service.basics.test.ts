/** @jest-environment node */
// The local SharePoint service through real PnPjs v4: web, identity, digest, lists, fields, items, filters,
// etags, item-level security.
import type { IList } from '@pnp/sp/lists';
import { failure, SITE, startEnv, TestEnv, USERS } from './sp-service.helpers';

jest.setTimeout(60_000);

let env: TestEnv;
beforeAll(async () => { env = await startEnv(); });
afterAll(() => env?.close());

const owner = () => env.sp(USERS.owner.upn);

describe('web, identity and digest', () => {
  test('web, regional settings and the Helsinki time zone', async () => {
    const web = await owner().web.select('Title', 'ServerRelativeUrl', 'Url', 'Language', 'Id')();
    expect(web).toMatchObject({ Title: 'Asiakkuudenhoito', ServerRelativeUrl: SITE, Url: env.url, Language: 1035 });
    expect((await owner().web.regionalSettings()).LocaleId).toBe(1035);
    const tz = await owner().web.regionalSettings.timeZone();
    expect(tz).toMatchObject({ Description: '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', Id: 59, Information: { Bias: -120, DaylightBias: -60, StandardBias: 0 } });
    expect(await owner().web.regionalSettings.timeZone.utcToLocalTime('2026-08-31T21:00:00Z')).toBe('2026-09-01T00:00:00');
  });

  test('unknown or missing users get 401, users without permission 403', async () => {
    expect((await env.raw('/_api/web', { user: 'nobody@contoso.fi' })).status).toBe(401);
    expect((await env.raw('/_api/web', { user: '' })).status).toBe(401);
    const r = await env.raw('/_api/web', { user: USERS.outsider.upn });
    expect(r.status).toBe(403);
    expect(r.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
    expect(await r.json()).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } } });
  });

  test('the ac-user cookie identifies the caller too', async () => {
    const r = await fetch(`${env.url}/_api/web/currentUser`, { headers: { Accept: 'application/json', Cookie: `ac-user=${encodeURIComponent(USERS.member.upn)}` } });
    expect(((await r.json()) as { Email: string }).Email).toBe(USERS.member.mail);
  });

  test('contextinfo issues a digest; writes without a valid one get 403', async () => {
    const info = (await (await env.raw('/_api/contextinfo', { method: 'POST' })).json()) as Record<string, unknown>;
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(info).toMatchObject({ FormDigestTimeoutSeconds: 1800, WebFullUrl: env.url });
    const body = JSON.stringify({ Title: 'NoDigest' });
    const missing = await env.raw('/_api/web/lists', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2130575252, Microsoft.SharePoint.SPException');
    const forged = await env.raw('/_api/web/lists', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-RequestDigest': '0xABC,01 Jan 2026 00:00:00 -0000' } });
    expect(forged.status).toBe(403);
    const ok = await env.raw('/_api/web/lists', { method: 'POST', body, headers: { 'Content-Type': 'application/json', 'X-RequestDigest': await env.digest() } });
    expect(ok.status).toBe(201);
  });

  test('unknown endpoints answer 404 loudly; other URLs are not the service’s business', async () => {
    const r = await env.raw('/_api/web/webtemplates');
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('no emulation for web/webtemplates');
    expect((await fetch(`${env.server.origin}/index.html`)).status).toBe(404);
    const users = (await (await fetch(`${env.server.origin}/_local/users`)).json()) as { upn: string }[];
    expect(users.map((u) => u.upn)).toContain(USERS.owner.upn);
  });

  test('site users: currentUser, ensureUser, getById, getByEmail, getByLoginName', async () => {
    const me = await owner().web.currentUser();
    expect(me).toMatchObject({ LoginName: `i:0#.f|membership|${USERS.owner.upn}`, Email: USERS.owner.mail, IsSiteAdmin: true, PrincipalType: 1 });
    const ensured = await owner().web.ensureUser(`i:0#.f|membership|${USERS.member2.upn}`);
    expect(ensured.Email).toBe(USERS.member2.mail);
    expect(ensured.IsSiteAdmin).toBe(false);
    expect((await owner().web.ensureUser(USERS.member2.mail)).Id).toBe(ensured.Id);
    expect((await owner().web.getUserById(ensured.Id)()).Title).toBe('Matti');
    expect((await owner().web.siteUsers.getById(ensured.Id)()).Email).toBe(USERS.member2.mail);
    expect((await owner().web.siteUsers.getByEmail(USERS.member2.mail)()).Id).toBe(ensured.Id);
    expect((await owner().web.siteUsers.getByLoginName(`i:0#.f|membership|${USERS.member2.upn}`)()).Id).toBe(ensured.Id);
    const filtered = await owner().web.siteUsers.filter(`Email eq '${USERS.member2.mail}'`)();
    expect(filtered).toHaveLength(1);
    const f = await failure(owner().web.ensureUser('i:0#.f|membership|ghost@contoso.fi'));
    expect(f).toEqual({ status: 500, code: '-2146232832, Microsoft.SharePoint.SPException', message: 'The specified user i:0#.f|membership|ghost@contoso.fi could not be found.' });
  });
});

describe('lists', () => {
  test('ensure creates (201 entity) and then updates (MERGE)', async () => {
    const first = await owner().web.lists.ensure('Accounts', 'Asiakkaat', 100, false, { ReadSecurity: 1 });
    expect(first.created).toBe(true);
    expect(first.data).toMatchObject({ Title: 'Accounts', Description: 'Asiakkaat', BaseTemplate: 100, BaseType: 0, EntityTypeName: 'AccountsList', ListItemEntityTypeFullName: 'SP.Data.AccountsListItem', ItemCount: 0, ReadSecurity: 1, WriteSecurity: 1 });
    const again = await owner().web.lists.ensure('Accounts', 'Asiakkaat v2');
    expect(again.created).toBe(false);
    expect((await owner().web.lists.getByTitle('Accounts').select('Description')()).Description).toBe('Asiakkaat v2');
    const byId = await owner().web.lists.getById(first.data.Id).select('Title', 'Id')();
    expect(byId.Title).toBe('Accounts');
    const rf = await owner().web.lists.getByTitle('Accounts').select('RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(rf.RootFolder.ServerRelativeUrl).toBe(`${SITE}/Lists/Accounts`);
  });

  test('entity type names encode the title; missing lists give the SharePoint 404', async () => {
    const created = await owner().web.lists.add('Exchange Rate');
    expect(created.EntityTypeName).toBe('Exchange_x0020_RateList');
    const f = await failure(owner().web.lists.getByTitle("O'Nope")());
    expect(f).toEqual({ status: 404, code: '-1, System.ArgumentException', message: `List 'O'Nope' does not exist at site with URL '${env.url}'.` });
  });

  test('__metadata in a JSON-light body is rejected, as is an unknown property', async () => {
    const digest = await env.digest();
    const post = (body: unknown) => env.raw('/_api/web/lists', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest } });
    const meta = await post({ __metadata: { type: 'SP.List' }, Title: 'Verbose', BaseTemplate: 100 });
    expect(meta.status).toBe(400);
    expect(await meta.text()).toContain("The property '__metadata' does not exist on type 'SP.List'.");
    expect((await post({ Title: 'X', Colour: 'red' })).status).toBe(400);
  });

  test('lists collection supports $filter/$select; members cannot create lists, editors can', async () => {
    const lists = await owner().web.lists.select('Title', 'Hidden').filter("Hidden eq false and startswith(Title,'Acc')")();
    expect(lists.map((l) => l.Title)).toEqual(['Accounts']);
    expect((await failure(env.sp(USERS.member.upn).web.lists.add('MemberList'))).status).toBe(403);
    expect((await env.sp(USERS.editor.upn).web.lists.add('EditorList')).Title).toBe('EditorList');
    expect((await failure(env.sp(USERS.visitor.upn).web.lists.getByTitle('EditorList').items.add({ Title: 'x' }))).status).toBe(403);
  });
});

describe('fields, items and filters', () => {
  let accounts: IList;
  let tasks: IList;
  let ownerId: number;
  let memberId: number;

  beforeAll(async () => {
    const sp = owner();
    await sp.web.lists.add('Sectors');
    const sectors = sp.web.lists.getByTitle('Sectors');
    const sectorIds: number[] = [];
    for (const t of ['Justice', 'Health', 'Education']) sectorIds.push((await sectors.items.add({ Title: t })).Id);
    await sp.web.lists.ensure('Accounts');
    accounts = sp.web.lists.getByTitle('Accounts');
    const sectorList = await sectors.select('Id')();
    await accounts.fields.addLookup('Sector', { LookupListId: sectorList.Id, LookupFieldName: 'Title' });
    await accounts.fields.addText('Code');
    for (const t of ['Alpha', "O'Brien", 'Gamma']) await accounts.items.add({ Title: t, SectorId: sectorIds[t.length % 3], Code: t.toUpperCase() });

    await sp.web.lists.add('Tasks');
    tasks = sp.web.lists.getByTitle('Tasks');
    const accountsInfo = await accounts.select('Id')();
    await tasks.fields.addText('Project Number', { MaxLength: 20 });
    await tasks.fields.addMultilineText('Notes');
    await tasks.fields.addNumber('Effort');
    await tasks.fields.addCurrency('Budget');
    await tasks.fields.addBoolean('Done');
    await tasks.fields.addDateTime('Due', { DisplayFormat: 0 });
    await tasks.fields.addDateTime('Starts', { DisplayFormat: 1 });
    await tasks.fields.addChoice('Status', { Choices: ['Open', 'Closed'] });
    await tasks.fields.addMultiChoice('Tags', { Choices: ['red', 'green', 'blue'] });
    await tasks.fields.addLookup('Account', { LookupListId: accountsInfo.Id, LookupFieldName: 'Title' });
    await tasks.fields.addUser('Owner', {});
    await tasks.fields.addUrl('Link');
    await tasks.fields.createFieldAsXml({
      SchemaXml: `<Field Type="LookupMulti" DisplayName="Related accounts" Name="RelatedAccounts" List="{${accountsInfo.Id}}" ShowField="Title" Mult="TRUE" />`,
      Options: 8,
    });
    await tasks.fields.createFieldAsXml('<Field Type="UserMulti" DisplayName="Helpers" Name="AcHelpers" Mult="TRUE" UserSelectionMode="PeopleOnly" />');
    await tasks.fields.createFieldAsXml('<Field Type="Text" DisplayName="Client key" Name="AcClientKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />', );
    ownerId = (await sp.web.currentUser()).Id;
    memberId = (await sp.web.ensureUser(USERS.member.upn)).Id;
  });

  test('fields have SharePoint names, types and classes', async () => {
    const fields = await tasks.fields.select('InternalName', 'EntityPropertyName', 'TypeAsString', 'FieldTypeKind', 'Hidden').filter('Hidden eq false')();
    const byName = Object.fromEntries(fields.map((f) => [f.InternalName, f]));
    expect(byName.Project_x0020_Number).toMatchObject({ TypeAsString: 'Text', FieldTypeKind: 2 });
    expect(byName.Notes.TypeAsString).toBe('Note');
    expect(byName.Done).toMatchObject({ TypeAsString: 'Boolean', FieldTypeKind: 8 });
    expect(byName.RelatedAccounts).toMatchObject({ TypeAsString: 'LookupMulti', FieldTypeKind: 7 });
    // Without AddFieldInternalNameHint SharePoint derives the internal name from DisplayName.
    expect(byName.Helpers).toMatchObject({ TypeAsString: 'UserMulti' });
    expect(byName.Client_x0020_key).toBeDefined();
    expect(byName.ID).toBeDefined(); // visible built-in
    expect(byName.GUID).toBeUndefined(); // hidden built-in
    const status = await tasks.fields.getByInternalNameOrTitle('Status')();
    expect((status as unknown as Record<string, unknown>)['odata.type']).toBe('SP.FieldChoice');
    expect(status.Choices).toEqual(['Open', 'Closed']);
    const boolField = await tasks.fields.getByTitle('Done')();
    expect((boolField as unknown as Record<string, unknown>)['odata.type']).toBe('SP.Field');
    const lookup = await tasks.fields.getByInternalNameOrTitle('Account')();
    expect(lookup).toMatchObject({ 'odata.type': 'SP.FieldLookup', LookupField: 'Title', AllowMultipleValues: false });
    expect((await tasks.fields.getById(lookup.Id)()).InternalName).toBe('Account');
    const underscore = await tasks.fields.addText('_Secret');
    expect(underscore).toMatchObject({ InternalName: '_Secret', EntityPropertyName: 'OData__Secret' });
    const long = await tasks.fields.addText('A very long display name that exceeds');
    expect(long.InternalName).toBe('A_x0020_very_x0020_long_x0020_di');
    expect((await tasks.fields.addText('Status')).InternalName).toBe('Status0');
    expect(await tasks.fields.filter("InternalName eq 'Effort'").select('Title')()).toEqual([expect.objectContaining({ Title: 'Effort' })]);
  });

  test('EnforceUniqueValues needs an index; a list holds at most 20 indexes', async () => {
    await tasks.fields.addText('Key2');
    const f = await failure(tasks.fields.getByInternalNameOrTitle('Key2').update({ EnforceUniqueValues: true }));
    expect(f.status).toBe(400);
    await tasks.fields.getByInternalNameOrTitle('Key2').update({ Indexed: true });
    await tasks.fields.getByInternalNameOrTitle('Key2').update({ EnforceUniqueValues: true });
    expect((await tasks.fields.getByInternalNameOrTitle('Key2').select('Indexed', 'EnforceUniqueValues')())).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    expect((await failure(tasks.fields.getByInternalNameOrTitle('Tags').update({ Indexed: true }))).status).toBe(400);

    await owner().web.lists.add('Indexes');
    const ix = owner().web.lists.getByTitle('Indexes');
    for (let i = 1; i <= 20; i++) await ix.fields.createFieldAsXml(`<Field Type="Number" DisplayName="N${i}" Name="N${i}" Indexed="TRUE" />`);
    await ix.fields.addNumber('N21');
    const over = await failure(ix.fields.getByInternalNameOrTitle('N21').update({ Indexed: true }));
    expect(over.status).toBe(400);
    expect(over.message).toContain('20');
  });

  test('an item with every field type round-trips in SharePoint shapes', async () => {
    const account = (await accounts.items.select('Id').filter("Title eq 'Alpha'")())[0];
    const added = await tasks.items.add({
      Title: 'Full', Project_x0020_Number: 'P-1', Notes: '<p>x</p>', Effort: 2.5, Budget: 1000, Done: true,
      Due: '2026-09-01', Starts: '2026-09-01T09:30:00', Status: 'Open', Tags: ['red', 'blue'], AccountId: account.Id, OwnerId: memberId,
      Link: { Url: 'https://example.com', Description: 'Example' }, RelatedAccountsId: [account.Id], HelpersId: [ownerId, memberId],
    });
    expect(added).toMatchObject({
      'odata.type': 'SP.Data.TasksListItem', 'odata.etag': '"1"', Title: 'Full', Project_x0020_Number: 'P-1', Effort: 2.5, Budget: 1000, Done: true,
      Due: '2026-08-31T21:00:00Z', Starts: '2026-09-01T06:30:00Z', Status: 'Open', Tags: ['red', 'blue'], AccountId: account.Id, OwnerId: memberId,
      Link: { Description: 'Example', Url: 'https://example.com' }, RelatedAccountsId: [account.Id], HelpersId: [ownerId, memberId],
      AuthorId: ownerId, EditorId: ownerId, Id: added.Id, ID: added.Id,
    });
    expect(added.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(added['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(\d+\)$/);
    const read = await tasks.items.getById(added.Id).select('Title', 'Account/Title', 'Owner/EMail', 'Owner/Title', 'RelatedAccounts/Title', 'Author/EMail').expand('Account', 'Owner', 'RelatedAccounts', 'Author')();
    expect(read.Account).toMatchObject({ Title: 'Alpha' });
    expect(read.Owner).toMatchObject({ 'odata.type': 'SP.Data.UserInfoItem', EMail: USERS.member.mail, Title: 'Maija' });
    expect(read.RelatedAccounts).toEqual([expect.objectContaining({ Title: 'Alpha' })]);
    expect(read.Author.EMail).toBe(USERS.owner.mail);
    // A date-only value given as an instant keeps the Helsinki calendar day.
    const upd = await tasks.items.getById(added.Id).update({ Due: '2026-12-24T10:00:00Z' });
    expect(upd.etag).toBe('"2"');
    expect((await tasks.items.getById(added.Id).select('Due')()).Due).toBe('2026-12-23T22:00:00Z');
  });

  test('writes are validated like SharePoint', async () => {
    const add = (body: Record<string, unknown>) => failure(tasks.items.add(body));
    const unknown = await add({ Title: 'x', Nope: 1 });
    expect(unknown).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: "The property 'Nope' does not exist on type 'SP.Data.TasksListItem'. Make sure to only use property names that are defined by the type." });
    expect((await add({ Title: 'x', Effort: 'five' })).status).toBe(400);
    expect((await add({ Title: 'x', Status: 'Maybe' })).status).toBe(400);
    expect((await add({ Title: 'x', Tags: ['purple'] })).status).toBe(400);
    expect((await add({ Title: 'x', Done: 'yes' })).status).toBe(400);
    expect((await add({ Title: 'x', Due: 'not a date' })).status).toBe(400);
    expect((await add({ Title: 'x', AccountId: 999 })).status).toBe(400);
    expect((await add({ Title: 'x', OwnerId: 999 })).status).toBe(400);
    expect((await add({ Title: 'x', Account: 1 })).status).toBe(400);
    expect((await add({ Title: 'x', Project_x0020_Number: 'x'.repeat(21) })).status).toBe(400);
    expect((await add({ Effort: 1 })).message).toContain("'Title' is required");
    await tasks.items.add({ Title: 'k1', Client_x0020_key: 'abc' });
    const dup = await add({ Title: 'k2', Client_x0020_key: 'ABC' });
    expect(dup).toEqual({ status: 400, code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', message: 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Client key].' });
  });

  test('a stale etag gets 412 and leaves the item unchanged; delete honours etags too', async () => {
    const item = await tasks.items.add({ Title: 'Etag' });
    const first = await tasks.items.getById(item.Id).update({ Title: 'Etag v2' }, item['odata.etag']);
    expect(first.etag).toBe('"2"');
    const stale = await failure(tasks.items.getById(item.Id).update({ Title: 'Lost update' }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(stale.message).toMatch(/^The request ETag value '"1"' does not match the object's ETag value '"[0-9a-f-]+,2"'\.$/);
    const now = await tasks.items.getById(item.Id).select('Title')();
    expect(now.Title).toBe('Etag v2');
    expect(now['odata.etag']).toBe('"2"');
    expect((await failure(tasks.items.getById(item.Id).delete('"1"'))).status).toBe(412);
    await tasks.items.getById(item.Id).delete('"2"');
    const gone = await failure(tasks.items.getById(item.Id)());
    expect(gone).toEqual({ status: 404, code: '-2147024809, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.' });
    const other = await tasks.items.add({ Title: 'Recycle me' });
    expect(await tasks.items.getById(other.Id).recycle()).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('filters: quotes, dates, lookups, users, booleans, null, functions', async () => {
    const ids = async (filter: string, list = tasks) => (await list.items.select('Title').filter(filter).top(50)()).map((i) => i.Title).sort();
    expect(await ids("Title eq 'O''Brien'", accounts)).toEqual(["O'Brien"]);
    expect(await ids("Title eq 'o''brien'", accounts)).toEqual(["O'Brien"]); // text compares case-insensitively
    const alpha = (await accounts.items.select('Id').filter("Title eq 'Alpha'")())[0].Id;
    await tasks.items.add({ Title: 'Lookup', AccountId: alpha, Done: false, Due: '2026-01-15' });
    expect(await ids(`Account/Id eq ${alpha}`)).toEqual(['Full', 'Lookup']);
    expect(await ids(`AccountId eq ${alpha}`)).toEqual(['Full', 'Lookup']);
    expect(await ids("Account/Title eq 'Alpha' and Done eq 0")).toEqual(['Lookup']);
    expect(await ids('Done eq 1')).toEqual(['Full']);
    expect(await ids('Done eq true')).toEqual(['Full']);
    expect(await ids("Due eq '2026-12-23T22:00:00Z'")).toEqual(['Full']);
    expect(await ids("Due ge datetime'2026-01-01T00:00:00Z' and Due lt '2026-02-01T00:00:00.000Z'")).toEqual(['Lookup']);
    expect(await ids(`Author/EMail eq '${USERS.owner.mail}' and Title eq 'Full'`)).toEqual(['Full']);
    expect(await ids(`Owner/Id eq ${memberId}`)).toEqual(['Full']);
    expect((await ids('Account eq null')).length).toBeGreaterThan(0);
    expect(await ids("Account ne null and startswith(Title,'Lo')")).toEqual(['Lookup']);
    expect(await ids("substringof('ook',Title)")).toEqual(['Lookup']);
    expect(await ids("Tags eq 'blue'")).toEqual(['Full']);
    expect(await ids("(Title eq 'Full' or Title eq 'Lookup') and not (Done eq 1)")).toEqual(['Lookup']);

    const missing = await failure(tasks.items.filter("Colour eq 'red'")());
    expect(missing).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "Column 'Colour' does not exist. It may have been deleted by another user." });
    const bad = await failure(tasks.items.filter("Title eq 'unterminated")());
    expect(bad.status).toBe(400);
    expect(bad.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect((await failure(tasks.items.select('Nope')())).message).toBe("The field or property 'Nope' does not exist.");
    expect((await failure(tasks.items.select('Account/Title')())).status).toBe(400); // needs $expand
  });
});

describe('item-level security', () => {
  test('ReadSecurity=2 hides other users’ items; WriteSecurity=2 forbids changing them', async () => {
    await owner().web.lists.add('Private', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const asMember = env.sp(USERS.member.upn).web.lists.getByTitle('Private');
    const asMember2 = env.sp(USERS.member2.upn).web.lists.getByTitle('Private');
    const mine = await asMember.items.add({ Title: 'mine' });
    await asMember2.items.add({ Title: 'theirs' });
    expect((await asMember.items.select('Title')()).map((i) => i.Title)).toEqual(['mine']);
    expect((await asMember2.items.select('Title')()).map((i) => i.Title)).toEqual(['theirs']);
    expect((await failure(asMember2.items.getById(mine.Id)())).status).toBe(404);
    // Owners (Override List Behaviors) see and change everything.
    const ownerList = owner().web.lists.getByTitle('Private');
    expect((await ownerList.items.select('Title')()).map((i) => i.Title).sort()).toEqual(['mine', 'theirs']);
    await asMember.items.getById(mine.Id).update({ Title: 'mine v2' });

    await owner().web.lists.getByTitle('Private').update({ ReadSecurity: 1 });
    const denied = await failure(asMember2.items.getById(mine.Id).update({ Title: 'hijack' }));
    expect(denied).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    expect((await failure(asMember2.items.getById(mine.Id).delete())).status).toBe(403);
    await ownerList.items.getById(mine.Id).update({ Title: 'owner edit' });

    await ownerList.update({ WriteSecurity: 4 });
    expect((await failure(asMember.items.add({ Title: 'no writes' }))).status).toBe(403);
    expect((await env.sp(USERS.designer.upn).web.lists.getByTitle('Private').items.add({ Title: 'designer' })).Title).toBe('designer');
  });
});
