/** @jest-environment node */
// Text length limits through real PnPjs, as SharePoint applies them (WIRE.md §16): a single line of text holds
// at most 255 characters (or its lower MaxLength), a multiple lines of text field at most 63,999 unless it allows
// unlimited length. Over-long values are refused with 400 on create, on update and inside $batch.
import type { IList } from '@pnp/sp/lists';
import { failure, startEnv, TestEnv, USERS } from './sp-service.helpers';

jest.setTimeout(60_000);

const VALIDATION = '-1, Microsoft.SharePoint.SPFieldValidationException';
let env: TestEnv;
let list: IList;

beforeAll(async () => {
  env = await startEnv();
  const sp = env.sp(USERS.owner.upn);
  await sp.web.lists.add('Limits');
  list = sp.web.lists.getByTitle('Limits');
  await list.fields.addText('Code', { MaxLength: 40 });
  await list.fields.addText('Line');
  await list.fields.addMultilineText('Notes', { RichText: false });
  await list.fields.addMultilineText('Unlimited', { RichText: false });
  // FieldMultiLineText.UnlimitedLengthInDocumentLibrary, set the way PnPjs updates any field property.
  await list.fields.getByInternalNameOrTitle('Unlimited').update({ UnlimitedLengthInDocumentLibrary: true });
});

afterAll(() => env?.close());

const x = (n: number) => 'x'.repeat(n);

test('a single line of text takes 255 characters and refuses 256, naming the field', async () => {
  const ok = await list.items.add({ Title: x(255), Line: x(255) });
  expect((ok as { Line: string }).Line).toHaveLength(255);

  const f = await failure(list.items.add({ Title: 'ok', Line: x(256) }));
  expect(f.status).toBe(400);
  expect(f.code).toBe(VALIDATION);
  expect(f.message).toContain("'Line'");
  expect(f.message).toContain('256 characters');
  expect(f.message).toContain('255');

  const title = await failure(list.items.add({ Title: x(256) }));
  expect(title.status).toBe(400);
  expect(title.code).toBe(VALIDATION);
  expect(title.message).toContain("'Title'");
});

test("a lower MaxLength is the field's limit", async () => {
  await list.items.add({ Title: 'code', Code: x(40) });
  const f = await failure(list.items.add({ Title: 'code', Code: x(41) }));
  expect(f).toMatchObject({ status: 400, code: VALIDATION });
  expect(f.message).toContain("'Code'");
  expect(f.message).toContain('maximum is 40');
});

test('a note takes 63,999 characters and refuses 64,000 and 5 MB', async () => {
  const ok = (await list.items.add({ Title: 'note', Notes: x(63_999) })) as { Id: number; Notes: string };
  expect(ok.Notes).toHaveLength(63_999);
  for (const length of [64_000, 5 * 1024 * 1024]) {
    const f = await failure(list.items.add({ Title: 'note', Notes: x(length) }));
    expect(f).toMatchObject({ status: 400, code: VALIDATION });
    expect(f.message).toContain("'Notes'");
    expect(f.message).toContain(`${length} characters`);
    expect(f.message).toContain('63999');
  }
});

test('an update over the limit is refused and leaves the item as it was', async () => {
  const added = (await list.items.add({ Title: 'before', Notes: 'short' })) as { Id: number };
  const item = list.items.getById(added.Id);
  const f = await failure(item.update({ Title: 'after', Notes: x(64_000) }));
  expect(f).toMatchObject({ status: 400, code: VALIDATION });
  const now = (await item.select('Title', 'Notes')()) as { Title: string; Notes: string; 'odata.etag': string };
  expect(now).toMatchObject({ Title: 'before', Notes: 'short', 'odata.etag': '"1"' });
  await item.update({ Notes: x(63_999) });
  expect(((await item.select('Notes')()) as { Notes: string }).Notes).toHaveLength(63_999);
});

test('a note that allows unlimited length takes more than 63,999 characters', async () => {
  const added = (await list.items.add({ Title: 'big', Unlimited: x(100_000) })) as { Id: number };
  expect(((await list.items.getById(added.Id).select('Unlimited')()) as { Unlimited: string }).Unlimited).toHaveLength(100_000);
});

test('inside $batch only the over-long part fails, with the same error', async () => {
  const sp = env.sp(USERS.owner.upn);
  const before = ((await list.select('ItemCount')()) as { ItemCount: number }).ItemCount;
  const [batched, execute] = sp.batched();
  const target = batched.web.lists.getByTitle('Limits');
  const good = target.items.add({ Title: 'batched ok', Notes: 'fine' });
  const bad = target.items.add({ Title: 'batched bad', Notes: x(70_000) });
  const badLine = target.items.add({ Title: 'batched bad line', Line: x(300) });
  await execute();
  expect(((await good) as { Title: string }).Title).toBe('batched ok');
  for (const [p, field] of [[bad, 'Notes'], [badLine, 'Line']] as const) {
    const f = await failure(p);
    expect(f).toMatchObject({ status: 400, code: VALIDATION });
    expect(f.message).toContain(`'${field}'`);
  }
  expect(((await list.select('ItemCount')()) as { ItemCount: number }).ItemCount).toBe(before + 1);
});

test('the wire body is the JSON-light odata.error SharePoint sends', async () => {
  const digest = await env.digest();
  const r = await env.raw(`/_api/web/lists/getByTitle('Limits')/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': digest },
    body: JSON.stringify({ Title: 'raw', Notes: x(64_000) }),
  });
  expect(r.status).toBe(400);
  const body = (await r.json()) as Record<string, unknown>;
  expect(body).toEqual({
    'odata.error': {
      code: VALIDATION,
      message: {
        lang: 'en-US',
        value: "Invalid text value. A text field contains invalid data. Please check the value and try again. The value of field 'Notes' (Notes) is 64000 characters long; the maximum is 63999.",
      },
    },
  });
});
