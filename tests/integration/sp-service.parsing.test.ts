/** @jest-environment node */
// Pure parts of the local SharePoint service: $filter parsing, name derivation, Helsinki time, $batch parsing.
import { formatBatchResponse, parseBatch } from '../../workbench/sp-service/batch';
import { SpError } from '../../workbench/sp-service/errors';
import { parseQuery, parseSegments, segmentArg } from '../../workbench/sp-service/http-util';
import { encodeInternalName, entityPropertyName, entityTypeNameForList } from '../../workbench/sp-service/names';
import { drivingPredicate, evaluateFilter, parseFilter, parseOrderBy } from '../../workbench/sp-service/odata-filter';
import { formatUtc, parseDateInput, toDateOnlyUtc } from '../../workbench/sp-service/time';

describe('$filter parser', () => {
  test('precedence: and binds tighter than or; parentheses; not', () => {
    expect(parseFilter("A eq 1 or B eq 'x' and C ne null")).toEqual({
      kind: 'or',
      left: { kind: 'cmp', op: 'eq', path: ['A'], value: { type: 'number', value: 1, raw: '1' } },
      right: {
        kind: 'and',
        left: { kind: 'cmp', op: 'eq', path: ['B'], value: { type: 'string', value: 'x' } },
        right: { kind: 'cmp', op: 'ne', path: ['C'], value: { type: 'null' } },
      },
    });
    expect(parseFilter('not (A eq 1)')).toMatchObject({ kind: 'not', expr: { kind: 'cmp' } });
  });

  test('literals: doubled quotes, datetime and guid prefixes, booleans, negative and decimal numbers', () => {
    expect(parseFilter("Title eq 'O''Brien'")).toMatchObject({ value: { type: 'string', value: "O'Brien" } });
    expect(parseFilter("Due ge datetime'2024-01-01T00:00:00Z'")).toMatchObject({ value: { type: 'datetime', value: '2024-01-01T00:00:00Z' } });
    expect(parseFilter("UniqueId eq guid'ABC'")).toMatchObject({ value: { type: 'guid', value: 'abc' } });
    expect(parseFilter('Done eq true')).toMatchObject({ value: { type: 'bool', value: true } });
    expect(parseFilter('Num gt -2.5')).toMatchObject({ value: { type: 'number', value: -2.5 } });
    expect(parseFilter('Author/EMail eq 1')).toMatchObject({ path: ['Author', 'EMail'] });
    // literal on the left is flipped
    expect(parseFilter('5 lt Num')).toMatchObject({ op: 'gt', path: ['Num'] });
  });

  test('functions, with the OData v2 `eq true` suffix', () => {
    expect(parseFilter("startswith(Title,'Ab')")).toMatchObject({ kind: 'func', name: 'startswith', path: ['Title'], value: 'Ab', negate: false });
    expect(parseFilter("substringof('b',Title) eq false")).toMatchObject({ kind: 'func', name: 'substringof', negate: true });
  });

  test('malformed expressions and unsupported functions are 400 InvalidClientQueryException', () => {
    for (const bad of ["Title eq 'x", 'Title eq', 'Title eq 1 and', "endswith(Title,'x')", "Title eq 'a' Title", 'A eq B', '', 'Title ~ 1']) {
      let err: unknown;
      try { parseFilter(bad); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(SpError);
      expect((err as SpError).status).toBe(400);
      expect((err as SpError).code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    }
  });

  test('driving predicate: leftmost clause of the and-chain (plus same-column range), every or branch', () => {
    const same = (a: string[], b: string[]) => a.join('/') === b.join('/');
    expect(drivingPredicate(parseFilter('A eq 1 and B eq 2 and C eq 3'), same)).toMatchObject({ kind: 'cmp', path: ['A'] });
    expect(drivingPredicate(parseFilter('D ge 1 and B eq 2 and D lt 5'), same)).toMatchObject({ kind: 'and', left: { path: ['D'] }, right: { path: ['D'] } });
    expect(drivingPredicate(parseFilter('(A eq 1 and B eq 2) or C eq 3'), same)).toMatchObject({ kind: 'or', left: { path: ['A'] }, right: { path: ['C'] } });
  });

  test('in-memory evaluation for small collections', () => {
    const row = { Title: 'Accounts', Hidden: false, ItemCount: 7 };
    expect(evaluateFilter(parseFilter("Hidden eq false and ItemCount gt 5 and startswith(Title,'acc')"), row)).toBe(true);
    expect(evaluateFilter(parseFilter('Hidden eq 1'), row)).toBe(false);
  });

  test('$orderby', () => {
    expect(parseOrderBy('Modified desc,Id asc, Title')).toEqual([{ path: ['Modified'], desc: true }, { path: ['Id'], desc: false }, { path: ['Title'], desc: false }]);
  });
});

describe('names (WIRE.md §4.3)', () => {
  test('internal names are XML-encoded, lower-case hex, at most 32 characters', () => {
    expect(encodeInternalName('Project Number')).toBe('Project_x0020_Number');
    expect(encodeInternalName('Päivä')).toBe('P_x00e4_iv_x00e4_');
    expect(encodeInternalName('1st')).toBe('_x0031_st');
    expect(encodeInternalName('E-mail: work')).toBe('E_x002d_mail_x003a__x0020_work');
    expect(encodeInternalName('x'.repeat(40))).toHaveLength(32);
    expect(entityPropertyName('_Secret')).toBe('OData__Secret');
    expect(entityTypeNameForList('Exchange Rate')).toBe('Exchange_x0020_RateList');
  });
});

describe('Helsinki time (WIRE.md §14)', () => {
  test('zone-less input is site-local; date-only keeps the local calendar day', () => {
    expect(formatUtc(parseDateInput('2026-09-01')!)).toBe('2026-08-31T21:00:00Z');
    expect(formatUtc(parseDateInput('2026-01-15T12:00:00')!)).toBe('2026-01-15T10:00:00Z');
    expect(formatUtc(parseDateInput('2026-01-15T12:00:00.000Z')!)).toBe('2026-01-15T12:00:00Z');
    expect(formatUtc(parseDateInput('2026-01-15T12:00:00+03:00')!)).toBe('2026-01-15T09:00:00Z');
    expect(parseDateInput('15.1.2026')).toBeNull();
    // DST switches (last Sunday of March / October)
    expect(formatUtc(toDateOnlyUtc(Date.parse('2026-03-29T12:00:00Z')))).toBe('2026-03-28T22:00:00Z');
    expect(formatUtc(toDateOnlyUtc(Date.parse('2026-03-30T12:00:00Z')))).toBe('2026-03-29T21:00:00Z');
    expect(formatUtc(toDateOnlyUtc(Date.parse('2026-10-26T12:00:00Z')))).toBe('2026-10-25T22:00:00Z');
  });
});

describe('URL and $batch plumbing', () => {
  test('query strings are form-decoded; path segments keep quoted slashes', () => {
    const q = parseQuery('%24filter=Title+eq+%27A+B%27&%24Top=5');
    expect(q.get('$filter')).toBe("Title eq 'A B'");
    expect(q.get('$top')).toBe('5');
    const segs = parseSegments("web/lists/getByTitle('My%20O''Brien%20List')/fields/getByInternalNameOrTitle('a/b')");
    expect(segs.map((s) => s.name)).toEqual(['web', 'lists', 'getbytitle', 'fields', 'getbyinternalnameortitle']);
    expect(segmentArg(segs[2].arg)).toBe("My O'Brien List");
    expect(segmentArg(segs[4].arg)).toBe('a/b');
  });

  test('LF batch with a changeset parses into parts in order', () => {
    const body = [
      '--batch_1', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'GET http://h/sites/a/_api/web HTTP/1.1', 'accept: application/json', '', '',
      '--batch_1', 'Content-Type: multipart/mixed; boundary="changeset_2"', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'MERGE http://h/sites/a/_api/web/lists/getByTitle(\'T\')/items(1) HTTP/1.1', 'if-match: "1"', '', '{"Title":"x"}', '',
      '--changeset_2', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      'DELETE http://h/sites/a/_api/web/lists/getByTitle(\'T\')/items(2) HTTP/1.1', '', '',
      '--changeset_2--', '', '--batch_1--', '',
    ].join('\n');
    const parts = parseBatch(body, 'multipart/mixed; boundary=batch_1');
    expect(parts.map((p) => p.method)).toEqual(['GET', 'MERGE', 'DELETE']);
    expect(parts[1]).toMatchObject({ headers: { 'if-match': '"1"' }, body: '{"Title":"x"}' });
  });

  test('batch responses are flat and end with the closing delimiter and a newline', () => {
    const out = formatBatchResponse([
      { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' },
      { status: 204, headers: { ETag: '"2"' }, body: '' },
    ]);
    const id = /boundary=(.*)$/.exec(out.contentType)![1];
    expect(out.body.split('\r\n')).toEqual([
      `--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', 'HTTP/1.1 200 OK', 'CONTENT-TYPE: application/json', '', '{"a":1}',
      `--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', 'HTTP/1.1 204 No Content', 'ETAG: "2"', '', '',
      `--${id}--`, '',
    ]);
  });
});
