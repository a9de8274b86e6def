/** @jest-environment node */
// What a generic SharePoint Online site answers beyond lists and items, so SPFx code written against the real
// thing runs unchanged: the default Documents library, SharePoint's own field ids, site columns, the standard
// item and list properties, field values as text, effective permissions, parent information, the change log,
// reserved item ids, nometadata responses, the property bag, and a loud 501 for what is not emulated.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/sites';
import { failure, startEnv, TestEnv, USERS } from './sp-service.helpers';

jest.setTimeout(60_000);

const TITLE_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';
let env: TestEnv;
let sp: SPFI;
let itemId: number;

beforeAll(async () => {
  env = await startEnv();
  sp = env.sp(USERS.owner.upn);
  await sp.web.lists.add('Visits');
  const visits = sp.web.lists.getByTitle('Visits');
  await visits.fields.addNumber('Hours');
  await visits.fields.addBoolean('Done');
  itemId = ((await visits.items.add({ Title: 'First <visit>', Hours: 1.5, Done: true })) as { Id: number }).Id;
});

afterAll(() => env?.close());

const json = async (path: string, init: RequestInit & { user?: string } = {}) => {
  const r = await env.raw(path, init);
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: (await r.json()) as Record<string, unknown> };
};

describe('a new site', () => {
  test('has the Documents library of a team site: template 101 in Shared Documents, whose items are files (not emulated)', async () => {
    const lib = (await sp.web.lists.getByTitle('Documents').select('BaseTemplate', 'BaseType', 'RootFolder/ServerRelativeUrl').expand('RootFolder')()) as {
      BaseTemplate: number; BaseType: number; RootFolder: { ServerRelativeUrl: string };
    };
    expect(lib).toMatchObject({ BaseTemplate: 101, BaseType: 1, RootFolder: { ServerRelativeUrl: '/sites/ork/Shared Documents' } });
    expect((await failure(sp.web.lists.getByTitle('Documents').items.add({ Title: 'x' }))).message).toContain('SPFileCollection.Add');
    expect((await env.raw("/_api/web/lists/getByTitle('Documents')/files")).status).toBe(501);
  });

  test('built-in fields carry SharePoint’s own ids on every list', async () => {
    const byId = (await sp.web.lists.getByTitle('Visits').fields.getById(TITLE_ID).select('InternalName')()) as { InternalName: string };
    expect(byId.InternalName).toBe('Title');
    const ids = (await sp.web.lists.getByTitle('Documents').fields.select('InternalName', 'Id')()) as { InternalName: string; Id: string }[];
    expect(Object.fromEntries(ids.map((f) => [f.InternalName, f.Id]))).toMatchObject({
      Title: TITLE_ID, ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
      Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18', Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
    });
  });
});

describe('site columns', () => {
  test('the root web lists SharePoint’s columns and takes new ones, also as XML; built-ins cannot be deleted', async () => {
    const country = (await sp.site.rootWeb.fields.getByInternalNameOrTitle('Other Address Country/Region').select('InternalName', 'Group')()) as Record<string, string>;
    expect(country).toMatchObject({ InternalName: 'OtherAddressCountry', Group: 'Core Contact and Calendar Columns' });
    const added = (await sp.web.fields.addText('Region code', { Group: 'Account Care' })) as { Id: string };
    expect((await sp.web.availablefields.getById(added.Id).select('Title', 'Group')())).toMatchObject({ Title: 'Region code', Group: 'Account Care' });
    const id = '0b4bb7d5-28c7-4a4b-a0b5-7d1b8c8f0a11';
    await sp.web.fields.createFieldAsXml(`<Field ID="{${id}}" Name="Rate" DisplayName="Rate" Type="Currency" />`);
    expect((await sp.web.fields.getById(id).select('TypeAsString')()).TypeAsString).toBe('Currency');
    expect((await failure(sp.web.fields.getById(TITLE_ID).delete())).status).toBe(400);
    await sp.web.fields.getById(id).delete();
    expect((await failure(sp.web.fields.getById(id)())).status).toBe(404);
  });

  test('setShowInDisplayForm is stored on the field', async () => {
    await sp.web.lists.getByTitle('Visits').fields.getByTitle('Hours').setShowInDisplayForm(false);
    expect(((await sp.web.lists.getByTitle('Visits').fields.getByTitle('Hours')()) as Record<string, unknown>).ShowInDisplayForm).toBe(false);
  });
});

describe('items and lists', () => {
  test('standard item properties answer in $select instead of failing the request', async () => {
    const [item] = (await sp.web.lists.getByTitle('Visits').items.select('Id', 'FileRef', 'FileDirRef', 'FileLeafRef', 'FSObjType', 'UniqueId', 'OData__ModerationStatus')()) as Record<string, unknown>[];
    expect(item).toMatchObject({ FileRef: `/sites/ork/Lists/Visits/${itemId}_.000`, FileDirRef: '/sites/ork/Lists/Visits', FSObjType: 0, OData__ModerationStatus: 0 });
    expect(item.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('field values as text, as HTML and for edit follow the site’s language and time zone', async () => {
    const item = sp.web.lists.getByTitle('Visits').items.getById(itemId);
    const text = (await item.fieldValuesAsText()) as Record<string, string>;
    expect(text).toMatchObject({ Title: 'First <visit>', Hours: '1,5', Done: 'Kyllä', Author: 'Olli' });
    expect(((await item.fieldValuesAsHTML()) as Record<string, string>).Title).toBe('First &lt;visit&gt;');
    expect(((await item.fieldValuesForEdit()) as Record<string, string>).Hours).toBe('1.5');
    const [expanded] = (await sp.web.lists.getByTitle('Visits').items.select('Id', 'FieldValuesAsText/Done').expand('FieldValuesAsText')()) as { FieldValuesAsText: Record<string, string> }[];
    expect(expanded.FieldValuesAsText.Done).toBe('Kyllä');
  });

  test('effective permissions of web, list and item come from the same roles that decide access', async () => {
    const visitor = env.sp(USERS.visitor.upn);
    const item = await visitor.web.lists.getByTitle('Visits').items.getById(itemId).effectiveBasePermissions();
    const list = (await json("/_api/web/lists/getByTitle('Visits')/EffectiveBasePermissionsForUI", { user: USERS.visitor.upn })).body;
    expect(item).toMatchObject({ High: '176', Low: '138612833' });
    expect(list).toMatchObject({ High: '176', Low: '138612833' });
    const edit = encodeURIComponent('{"High":"0","Low":"4"}');
    const can = (user: string) => json(`/_api/web/lists/getByTitle('Visits')/doesUserHavePermissions(@v)?@v=${edit}`, { user }).then((r) => r.body.value);
    expect(await can(USERS.visitor.upn)).toBe(false);
    expect(await can(USERS.member.upn)).toBe(true);
  });

  test('getParentInfos of a list and of an item', async () => {
    const list = await sp.web.lists.getByTitle('Visits').getParentInfos();
    expect(list.List.RootFolderServerRelativeUrl).toBe('/sites/ork/Lists/Visits');
    expect(list.ParentWeb.ServerRelativeUrl).toBe('/sites/ork');
    const item = await sp.web.lists.getByTitle('Visits').items.getById(itemId).getParentInfos();
    expect(item).toMatchObject({ Item: { Id: itemId }, ParentList: { Title: 'Visits', RootFolderServerRelativePath: { DecodedUrl: '/sites/ork/Lists/Visits' } } });
  });

  test('a list title over 255 characters is refused, as SharePoint does', async () => {
    expect((await failure(sp.web.lists.add('x'.repeat(256)))).status).toBe(400);
  });

  test('reserveListItemId hands out the id the next item would have taken', async () => {
    const list = sp.web.lists.getByTitle('Visits');
    const reserved = (await list.reserveListItemId()) as unknown as number;
    const next = ((await list.items.add({ Title: 'after' })) as { Id: number }).Id;
    expect(next).toBe(reserved + 1);
  });

  test('getChanges reads the change log by type, object and token', async () => {
    const list = sp.web.lists.getByTitle('Visits');
    const adds = (await list.getChanges({ Add: true, Item: true })) as { ChangeType: number; ItemId: number; ChangeToken: { StringValue: string } }[];
    expect(adds.map((c) => c.ItemId)).toContain(itemId);
    await list.items.getById(itemId).update({ Hours: 2 });
    const since = (await list.getChanges({ Update: true, Item: true, ChangeTokenStart: adds[adds.length - 1].ChangeToken })) as { ChangeType: number; ItemId: number }[];
    expect(since).toEqual([expect.objectContaining({ ChangeType: 2, ItemId: itemId })]);
    expect(await list.getChanges({ Add: true })).toEqual([]);
    const web = (await sp.web.getChanges({ Add: true, List: true })) as { ListId: string }[];
    expect(web.length).toBeGreaterThan(0);
    const xml = (await list.getListItemChangesSinceToken({ Contains: '<Contains><FieldRef Name="Title"/><Value Type="Text">first</Value></Contains>' })) as unknown as string;
    expect(xml).toContain(`ows_ID="${itemId}"`);
    expect(xml).toContain('ItemCount="1"');
  });
});

describe('the web', () => {
  test('nometadata answers leave out the odata annotations', async () => {
    const r = await json("/_api/web/lists/getByTitle('Visits')/items?$select=Id,Title", { headers: { Accept: 'application/json;odata=nometadata' } });
    expect(r.type).toContain('odata=nometadata');
    expect(JSON.stringify(r.body)).not.toContain('odata.');
    expect((r.body.value as unknown[]).length).toBeGreaterThan(0);
  });

  test('property bag, user information list, no sub-webs; navigation and features say they are not emulated', async () => {
    const props = (await sp.web.allProperties()) as Record<string, string>;
    expect(props.vti_x005f_defaultlanguage).toBe('fi-fi');
    expect(((await sp.web.siteUserInfoList()) as { BaseTemplate: number }).BaseTemplate).toBe(112);
    expect(await sp.web.webs()).toEqual([]);
    expect(await sp.web.webinfos()).toEqual([]);
    const selected = (await sp.web.select('SiteLogoUrl', 'ServerRelativePath')()) as Record<string, unknown>;
    expect(selected).toMatchObject({ ServerRelativePath: { DecodedUrl: '/sites/ork' } });
    expect((await env.raw('/_api/web/features')).status).toBe(501);
  });
});
