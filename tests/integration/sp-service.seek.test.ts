/** @jest-environment node */
// Equality + range/sort queries on a list past the seek size: the service builds the composite index the query
// needs (and planner statistics), answers exactly what a sort of the matching rows would, pages through ties in
// order, and drops the index with the field's Indexed flag. How fast it is lives in workbench/bench.
import * as path from 'path';
import Database from 'better-sqlite3';
import type { IList } from '@pnp/sp/lists';
import { failure, startEnv, TestEnv, USERS } from './sp-service.helpers';
import { SEEK_MIN_ITEMS } from '../../workbench/sp-service/item-query';

jest.setTimeout(120_000);

const TOTAL = 3_000;
const TEAMS = ['A', 'B', 'C', 'D', 'E'];
let env: TestEnv;
let list: IList;
let table: string;

interface Row { Id: number; Title: string; Team: string; Day: string; Num: number }
const rows: Row[] = [];

/** Day n (0-based) as the service stores a date-time: UTC with Z. */
const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

function sqlite(): Database.Database {
  return new Database(path.join(env.dir, 'sp.db'), { readonly: true });
}

function compositeIndexes(): string[] {
  const db = sqlite();
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?").all(table) as { name: string }[])
      .map((r) => r.name)
      .filter((n) => n.includes('_cx_'));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  env = await startEnv();
  const sp = env.sp(USERS.owner.upn);
  await sp.web.lists.add('Seek');
  list = sp.web.lists.getByTitle('Seek');
  await list.fields.addChoice('Team', { Choices: TEAMS });
  await list.fields.addDateTime('Day', { DisplayFormat: 1 });
  await list.fields.addNumber('Num');
  for (const name of ['Team', 'Day', 'Num']) await list.fields.getByInternalNameOrTitle(name).update({ Indexed: true });

  for (let chunk = 0; chunk < TOTAL / 500; chunk++) {
    const [batched, execute] = sp.batched();
    const target = batched.web.lists.getByTitle('Seek');
    for (let i = chunk * 500; i < (chunk + 1) * 500; i++) {
      // Many items share a day, so the ID tie-break decides the order inside a day.
      const row = { Title: `Item ${i}`, Team: TEAMS[(i * 7) % TEAMS.length], Day: day(Math.floor(i / 3) % 200), Num: (i * 37) % 1000 };
      target.items.add(row).then((r: { Id: number }) => rows.push({ Id: r.Id, ...row }));
    }
    await execute();
  }
  const db = sqlite();
  try {
    const listId = ((await list.select('Id')()) as { Id: string }).Id;
    table = `li_${(db.prepare('SELECT seq FROM lists WHERE id = ?').get(listId) as { seq: number }).seq}`;
  } finally {
    db.close();
  }
});

afterAll(() => env?.close());

const byDayDescThenIdDesc = (a: Row, b: Row) => (a.Day === b.Day ? b.Id - a.Id : a.Day < b.Day ? 1 : -1);

test('the list is past the size from which queries get their composite index', () => {
  expect(rows).toHaveLength(TOTAL);
  expect(TOTAL).toBeGreaterThan(SEEK_MIN_ITEMS);
  expect(compositeIndexes()).toEqual([]);
});

test('date range + choice equality, either clause first, returns the newest 20 of that team in order', async () => {
  const since = day(150);
  const expected = rows.filter((r) => r.Team === 'B' && r.Day >= since).sort(byDayDescThenIdDesc).slice(0, 20).map((r) => r.Id);
  expect(expected).toHaveLength(20);
  for (const filter of [`Day ge '${since}' and Team eq 'B'`, `Team eq 'B' and Day ge datetime'${since}'`]) {
    const got = await list.items.select('Id', 'Team', 'Day').filter(filter).orderBy('Day', false).top(20)();
    expect(got.map((r) => r.Id)).toEqual(expected);
  }
  expect(compositeIndexes()).toHaveLength(1);
  const db = sqlite();
  try {
    const stats = db.prepare('SELECT COUNT(*) AS c FROM sqlite_stat1 WHERE tbl = ?').get(table) as { c: number };
    expect(stats.c).toBeGreaterThan(0);
  } finally {
    db.close();
  }
});

test('keyset paging over the composite index walks every matching row once, through ties, both directions', async () => {
  for (const ascending of [false, true]) {
    const seen: Row[] = [];
    for await (const page of list.items.select('Id', 'Day').filter("Team eq 'C'").orderBy('Day', ascending).top(37)) {
      seen.push(...(page as Row[]));
    }
    const matching = rows.filter((r) => r.Team === 'C').sort(byDayDescThenIdDesc);
    expect(seen.map((r) => r.Id)).toEqual((ascending ? [...matching].reverse() : matching).map((r) => r.Id));
  }
});

test('an equality with a range on a second indexed field, sorted by ID, matches a plain scan', async () => {
  const got = await list.items.select('Id').filter("Team eq 'D' and Num ge 900").top(500)();
  expect(got.map((r) => r.Id)).toEqual(rows.filter((r) => r.Team === 'D' && r.Num >= 900).map((r) => r.Id).sort((a, b) => a - b));
  expect(compositeIndexes()).toHaveLength(2);
});

test('un-indexing a field drops the composite indexes it was part of; queries still answer under the threshold', async () => {
  await list.fields.getByInternalNameOrTitle('Day').update({ Indexed: false });
  expect(compositeIndexes()).toHaveLength(1);
  const since = day(190);
  const got = await list.items.select('Id').filter(`Team eq 'E' and Day ge '${since}'`).orderBy('Day', false).top(5)();
  expect(got.map((r) => r.Id)).toEqual(rows.filter((r) => r.Team === 'E' && r.Day >= since).sort(byDayDescThenIdDesc).slice(0, 5).map((r) => r.Id));
  await list.fields.getByInternalNameOrTitle('Day').update({ Indexed: true });
});

test('the threshold still judges the driving clause, not the index the service built', async () => {
  const small = await startEnv({ listViewThreshold: 1000 });
  try {
    const sp = small.sp(USERS.owner.upn);
    await sp.web.lists.add('T');
    const t = sp.web.lists.getByTitle('T');
    await t.fields.addChoice('Team', { Choices: TEAMS });
    await t.fields.addNumber('Num');
    for (const name of ['Team', 'Num']) await t.fields.getByInternalNameOrTitle(name).update({ Indexed: true });
    for (let chunk = 0; chunk < 5; chunk++) {
      const [batched, execute] = sp.batched();
      const target = batched.web.lists.getByTitle('T');
      for (let i = chunk * 500; i < (chunk + 1) * 500; i++) target.items.add({ Title: `T${i}`, Team: i % 2 ? 'A' : 'B', Num: i });
      await execute();
    }
    // 1,250 items of team A: over the threshold of 1,000 when the team clause drives the query…
    expect((await failure(t.items.filter("Team eq 'A' and Num ge 2400").orderBy('Num', false).top(5)())).status).toBe(500);
    // …while the narrow range first is fine, and seeks.
    const ok = await t.items.select('Id', 'Num').filter("Num ge 2400 and Team eq 'A'").orderBy('Num', false).top(5)();
    expect(ok.map((r) => r.Num)).toEqual([2499, 2497, 2495, 2493, 2491]);
  } finally {
    await small.close();
  }
});
