/** @jest-environment node */
// 12,000 items through real PnPjs: batched creation, async-iterator paging, the list view threshold and keyset
// paging with $orderby.
import type { IList } from '@pnp/sp/lists';
import { failure, startEnv, TestEnv, USERS } from './sp-service.helpers';

jest.setTimeout(120_000);

const TOTAL = 12_000;
let env: TestEnv;
let list: IList;

beforeAll(async () => {
  env = await startEnv();
  const sp = env.sp(USERS.owner.upn);
  await sp.web.lists.add('Big');
  list = sp.web.lists.getByTitle('Big');
  await list.fields.addNumber('Num');
  await list.fields.addText('Grp');
  await list.fields.addChoice('Cat', { Choices: ['A', 'B'] });
  await list.fields.getByInternalNameOrTitle('Num').update({ Indexed: true });
  await list.fields.getByInternalNameOrTitle('Grp').update({ Indexed: true });

  const started = Date.now();
  for (let chunk = 0; chunk < TOTAL / 1000; chunk++) {
    const [batched, execute] = sp.batched();
    const bigList = batched.web.lists.getByTitle('Big');
    for (let i = chunk * 1000 + 1; i <= (chunk + 1) * 1000; i++) {
      bigList.items.add({ Title: `Item ${i}`, Num: i, Grp: `G${i % 10}`, Cat: i % 2 ? 'A' : 'B' }).catch((e) => { throw e; });
    }
    await execute();
  }
  // eslint-disable-next-line no-console
  console.log(`created ${TOTAL} items in ${Date.now() - started} ms`);
});

afterAll(() => env?.close());

const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';

async function walk(items: AsyncIterable<Record<string, unknown>[]>): Promise<{ ids: number[]; pages: number; rows: Record<string, unknown>[] }> {
  const ids: number[] = [];
  const rows: Record<string, unknown>[] = [];
  let pages = 0;
  for await (const page of items) {
    pages++;
    for (const row of page) { ids.push(row.Id as number); rows.push(row); }
  }
  return { ids, pages, rows };
}

test('the list reports its item count and the batches were split into ≤ 20 requests', async () => {
  const info = await list.select('ItemCount')();
  expect(info.ItemCount).toBe(TOTAL);
  const batches = env.server.svc.requestLog.entries().filter((e) => /\$batch$/.test(e.url));
  expect(batches.length).toBe(TOTAL / 20);
  expect(Math.max(...batches.map((b) => b.batchParts!.length))).toBe(20);
});

test('the async iterator walks every item exactly once', async () => {
  const { ids, pages } = await walk(list.items.select('Id').top(1000));
  expect(pages).toBe(12);
  expect(ids.length).toBe(TOTAL);
  expect(new Set(ids).size).toBe(TOTAL);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
});

test('nextLink is absolute, carries the skiptoken first and is absent on the last page', async () => {
  const r = await env.raw(`/_api/web/lists/getByTitle('Big')/items?%24select=Id&%24top=5000`);
  const body = (await r.json()) as { value: { Id: number }[]; 'odata.nextLink'?: string };
  expect(body.value).toHaveLength(5000);
  expect(body['odata.nextLink']).toBe(`${env.url}/_api/web/lists/getByTitle('Big')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d5000&%24select=Id&%24top=5000`);
  const last = (await (await env.raw(`/_api/web/lists/getByTitle('Big')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d10000&%24select=Id&%24top=5000`)).json()) as Record<string, unknown>;
  expect((last.value as unknown[]).length).toBe(2000);
  expect(last['odata.nextLink']).toBeUndefined();
});

test('$top above 5000 is rejected', async () => {
  const f = await failure(list.items.top(5001)());
  expect(f.status).toBe(400);
});

test('a filter whose first clause is not indexed fails over the threshold with 500', async () => {
  const f = await failure(list.items.filter("Cat eq 'A'").top(10)());
  expect(f).toEqual({ status: 500, code: THROTTLED, message: 'The attempted operation is prohibited because it exceeds the list view threshold.' });
  // Order matters: the driving clause is the leftmost one.
  expect((await failure(list.items.filter("Cat eq 'A' and Num le 3000")())).status).toBe(500);
  const ok = await list.items.select('Id', 'Cat').filter("Num le 3000 and Cat eq 'A'").top(5000)();
  expect(ok).toHaveLength(1500);
});

test('the same kind of filter on an indexed column succeeds and pages', async () => {
  const { ids, rows } = await walk(list.items.select('Id', 'Grp').filter("Grp eq 'G3'").top(500));
  expect(ids.length).toBe(1200);
  expect(new Set(ids).size).toBe(1200);
  expect(rows.every((r) => r.Grp === 'G3')).toBe(true);
});

test('an indexed first clause that alone matches more than the threshold fails', async () => {
  expect((await failure(list.items.filter('Num gt 10').top(10)())).code).toBe(THROTTLED);
  // …and an `or` is judged on every branch.
  expect((await failure(list.items.filter("Num le 10 or Cat eq 'B'")())).code).toBe(THROTTLED);
  const both = await list.items.select('Id').filter('Num le 10 or Num gt 11990').top(100)();
  expect(both).toHaveLength(20);
  // A range on the driving column is one index seek: judged as a whole.
  expect(await list.items.select('Id').filter("Num gt 100 and Num le 3000 and Cat eq 'A'").top(5000)()).toHaveLength(1450);
});

test('ordering by a non-indexed column fails over the threshold; by an indexed one it pages in order', async () => {
  expect((await failure(list.items.orderBy('Cat').top(10)())).code).toBe(THROTTLED);
  expect((await failure(list.items.filter("Grp eq 'G1'").orderBy('Title').top(10)())).code).toBe(THROTTLED);
  expect((await failure(list.items.orderBy('Created').top(10)())).code).toBe(THROTTLED);

  const desc = await walk(list.items.select('Id', 'Num').filter("Grp eq 'G7'").orderBy('Num', false).top(100));
  const nums = desc.rows.map((r) => r.Num as number);
  expect(nums.length).toBe(1200);
  expect(nums).toEqual([...nums].sort((a, b) => b - a));
});

test('keyset paging on an indexed text column with ties walks every row once, ascending and descending', async () => {
  for (const ascending of [true, false]) {
    const { rows } = await walk(list.items.select('Id', 'Grp').orderBy('Grp', ascending).top(2500));
    expect(rows.length).toBe(TOTAL);
    expect(new Set(rows.map((r) => r.Id)).size).toBe(TOTAL);
    const keys = rows.map((r) => r.Grp as string);
    const sorted = [...keys].sort();
    expect(keys).toEqual(ascending ? sorted : sorted.reverse());
  }
});

test('ID filters and unfiltered ID ordering are always allowed', async () => {
  expect(await list.items.select('Id').filter('Id le 100').top(200)()).toHaveLength(100);
  const lastTen = await list.items.select('Id').orderBy('Id', false).top(10)();
  expect(lastTen.map((r) => r.Id)).toEqual(Array.from({ length: 10 }, (_, i) => TOTAL - i));
});

test('indexed lookups stay fast', async () => {
  const started = Date.now();
  for (let i = 0; i < 50; i++) await list.items.select('Id').filter(`Num eq ${i * 200 + 1}`)();
  expect(Date.now() - started).toBeLessThan(3000);
});
