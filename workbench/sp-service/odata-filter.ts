// OData v3 `$filter` as SharePoint accepts it (WIRE.md §7): tokenizer → parser → AST, then either
// SQL (list items) or an in-memory predicate (lists, fields, site users).
import { errors } from './errors';
import { formatUtc, parseDateInput } from './time';

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number; raw: string }
  | { type: 'bool'; value: boolean }
  | { type: 'null' }
  | { type: 'datetime'; value: string }
  | { type: 'guid'; value: string };

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; expr: FilterNode }
  | { kind: 'cmp'; op: CmpOp; path: string[]; value: Literal }
  | { kind: 'func'; name: 'startswith' | 'substringof'; path: string[]; value: string; negate: boolean };

// ---------------------------------------------------------------- tokenizer

type Token =
  | { t: 'punct'; v: '(' | ')' | ',' | '/' }
  | { t: 'ident'; v: string }
  | { t: 'lit'; v: Literal }
  | { t: 'end' };

const malformed = (expr: string, detail: string) =>
  errors.invalidQuery(`The expression "${expr}" is not valid. ${detail}`.trim());

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const readQuoted = (): string => {
    // `'` … `'` with `''` as an escaped quote (OData literal rules).
    let s = '';
    i++;
    for (;;) {
      if (i >= src.length) throw malformed(src, 'Unterminated string literal.');
      if (src[i] === "'") {
        if (src[i + 1] === "'") { s += "'"; i += 2; continue; }
        i++;
        return s;
      }
      s += src[i++];
    }
  };
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(' || c === ')' || c === ',' || c === '/') { out.push({ t: 'punct', v: c }); i++; continue; }
    if (c === "'") { out.push({ t: 'lit', v: { type: 'string', value: readQuoted() } }); continue; }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(src.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      const raw = num[0].replace(/[LlMmDdFf]$/, '');
      out.push({ t: 'lit', v: { type: 'number', value: Number(raw), raw } });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (id) {
      const word = id[0];
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && src[i] === "'") {
        const v = readQuoted();
        out.push({ t: 'lit', v: lower === 'datetime' ? { type: 'datetime', value: v } : { type: 'guid', value: v.toLowerCase() } });
        continue;
      }
      if (lower === 'null') out.push({ t: 'lit', v: { type: 'null' } });
      else if (lower === 'true' || lower === 'false') out.push({ t: 'lit', v: { type: 'bool', value: lower === 'true' } });
      else out.push({ t: 'ident', v: word });
      continue;
    }
    throw malformed(src, `Unexpected character '${c}' at position ${i}.`);
  }
  out.push({ t: 'end' });
  return out;
}

// ---------------------------------------------------------------- parser

const CMP_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FLIP: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const next = () => toks[pos++];
  const isWord = (w: string) => { const t = peek(); return t.t === 'ident' && t.v.toLowerCase() === w; };
  const expectPunct = (v: string) => {
    const t = next();
    if (t.t !== 'punct' || t.v !== v) throw malformed(src, `Expected '${v}'.`);
  };

  const parsePath = (): string[] => {
    const t = next();
    if (t.t !== 'ident') throw malformed(src, 'Expected a field name.');
    const path = [t.v];
    while (peek().t === 'punct' && (peek() as { v: string }).v === '/') {
      next();
      const seg = next();
      if (seg.t !== 'ident') throw malformed(src, 'Expected a field name after /.');
      path.push(seg.v);
    }
    return path;
  };

  const parseOperand = (): { path?: string[]; lit?: Literal } => {
    const t = peek();
    if (t.t === 'lit') { next(); return { lit: t.v }; }
    if (t.t === 'ident') return { path: parsePath() };
    throw malformed(src, 'Expected a field or a literal.');
  };

  const parseFunc = (name: string): FilterNode => {
    next(); // name
    expectPunct('(');
    let path: string[];
    let lit: Literal;
    if (name === 'startswith') {
      path = parsePath();
      expectPunct(',');
      const t = next();
      if (t.t !== 'lit') throw malformed(src, 'startswith needs a string literal.');
      lit = t.v;
    } else {
      const t = next();
      if (t.t !== 'lit') throw malformed(src, 'substringof needs a string literal first.');
      lit = t.v;
      expectPunct(',');
      path = parsePath();
    }
    expectPunct(')');
    if (lit.type !== 'string') throw malformed(src, `${name} needs a string literal.`);
    // OData v2 style `startswith(A,'x') eq true`.
    let negate = false;
    const t = peek();
    if (t.t === 'ident' && (t.v.toLowerCase() === 'eq' || t.v.toLowerCase() === 'ne')) {
      const op = t.v.toLowerCase();
      next();
      const b = next();
      if (b.t !== 'lit' || (b.v.type !== 'bool' && !(b.v.type === 'number' && (b.v.value === 0 || b.v.value === 1))))
        throw malformed(src, `${name}(...) can only be compared with true or false.`);
      const truth = b.v.type === 'bool' ? b.v.value : b.v.value === 1;
      negate = (op === 'eq') !== truth;
    }
    return { kind: 'func', name: name as 'startswith' | 'substringof', path, value: lit.value, negate };
  };

  const parsePrimary = (): FilterNode => {
    const t = peek();
    if (t.t === 'punct' && t.v === '(') {
      next();
      const e = parseOr();
      expectPunct(')');
      return e;
    }
    if (isWord('not')) { next(); return { kind: 'not', expr: parsePrimary() }; }
    if (t.t === 'ident') {
      const lower = t.v.toLowerCase();
      const following = toks[pos + 1];
      if (following && following.t === 'punct' && following.v === '(') {
        if (lower === 'startswith' || lower === 'substringof') return parseFunc(lower);
        throw errors.invalidQuery(`The query is not valid. The function '${t.v}' is not supported by SharePoint list item queries.`);
      }
    }
    const left = parseOperand();
    const opTok = next();
    if (opTok.t !== 'ident' || !CMP_OPS.has(opTok.v.toLowerCase())) throw malformed(src, 'Expected a comparison operator (eq, ne, gt, ge, lt, le).');
    let op = opTok.v.toLowerCase() as CmpOp;
    const right = parseOperand();
    if (left.path && right.lit) return { kind: 'cmp', op, path: left.path, value: right.lit };
    if (left.lit && right.path) { op = FLIP[op]; return { kind: 'cmp', op, path: right.path, value: left.lit }; }
    throw malformed(src, 'A comparison needs one field and one literal.');
  };

  const parseAnd = (): FilterNode => {
    let left = parsePrimary();
    while (isWord('and')) { next(); left = { kind: 'and', left, right: parsePrimary() }; }
    return left;
  };
  function parseOr(): FilterNode {
    let left = parseAnd();
    while (isWord('or')) { next(); left = { kind: 'or', left, right: parseAnd() }; }
    return left;
  }

  if (!src.trim()) throw malformed(src, 'The filter is empty.');
  const ast = parseOr();
  if (peek().t !== 'end') throw malformed(src, 'Unexpected text after the end of the expression.');
  return ast;
}

/**
 * The part of the filter SharePoint drives the query with (the list view threshold rule): the leftmost leaf of
 * an `and` chain (plus the chain's other clauses on that same column); for `or` every branch.
 */
export function drivingPredicate(node: FilterNode, sameColumn: (a: string[], b: string[]) => boolean = () => false): FilterNode {
  if (node.kind === 'or') return { kind: 'or', left: drivingPredicate(node.left, sameColumn), right: drivingPredicate(node.right, sameColumn) };
  if (node.kind !== 'and') return node;
  const conjuncts = flattenAnd(node);
  const first = conjuncts[0];
  if (first.kind !== 'cmp' && first.kind !== 'func') return drivingPredicate(first, sameColumn);
  // A range on the driving column (`D ge a and D lt b`) is one index seek, so it counts as one clause.
  return conjuncts
    .filter((c, i) => i === 0 || ((c.kind === 'cmp' || c.kind === 'func') && sameColumn(c.path, first.path)))
    .reduce((left, right) => ({ kind: 'and', left, right }));
}

/** The conjuncts of a top-level `and` chain (a single clause is a chain of one). */
export function flattenAnd(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...flattenAnd(node.left), ...flattenAnd(node.right)] : [node];
}

export function leaves(node: FilterNode): FilterNode[] {
  if (node.kind === 'and' || node.kind === 'or') return [...leaves(node.left), ...leaves(node.right)];
  return [node];
}

// ---------------------------------------------------------------- SQL

export type ValueKind = 'text' | 'number' | 'bool' | 'date' | 'id' | 'guid' | 'multitext' | 'multiid' | 'url' | 'none';

export interface ColumnRef {
  /** SQL expression; text columns carry `COLLATE NOCASE` (SharePoint compares text case-insensitively). */
  sql: string;
  kind: ValueKind;
  /** true when a real index can drive a query on it (ID, or an Indexed field). */
  indexed: boolean;
  name: string;
}

export interface SqlFilterContext {
  resolve(path: string[]): ColumnRef;
}

const SQL_OP: Record<CmpOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };

/** Converts a literal to the stored representation of a column kind; 400 when it cannot. */
export function coerceLiteral(lit: Literal, col: ColumnRef): string | number | null {
  if (lit.type === 'null') return null;
  const bad = () => errors.invalidQuery(`The value for column '${col.name}' in the filter is not valid for its type.`);
  switch (col.kind) {
    case 'number':
    case 'id':
      if (lit.type === 'number') return lit.value;
      if (lit.type === 'string' && lit.value.trim() !== '' && !Number.isNaN(Number(lit.value))) return Number(lit.value);
      throw bad();
    case 'bool':
      if (lit.type === 'bool') return lit.value ? 1 : 0;
      if (lit.type === 'number' && (lit.value === 0 || lit.value === 1)) return lit.value;
      if (lit.type === 'string' && /^(1|0|true|false)$/i.test(lit.value)) return /^(1|true)$/i.test(lit.value) ? 1 : 0;
      throw bad();
    case 'date': {
      if (lit.type !== 'string' && lit.type !== 'datetime') throw bad();
      const ms = parseDateInput(lit.value);
      if (ms === null) throw bad();
      return formatUtc(ms);
    }
    case 'guid':
      if (lit.type === 'guid' || lit.type === 'string') return lit.value.toLowerCase();
      throw bad();
    default:
      if (lit.type === 'string' || lit.type === 'datetime' || lit.type === 'guid') return lit.value;
      if (lit.type === 'number') return lit.raw;
      return lit.value ? 1 : 0;
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

export function compileFilterSql(node: FilterNode, ctx: SqlFilterContext, params: unknown[]): string {
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${compileFilterSql(node.left, ctx, params)} ${node.kind.toUpperCase()} ${compileFilterSql(node.right, ctx, params)})`;
    case 'not':
      return `(NOT COALESCE(${compileFilterSql(node.expr, ctx, params)}, 0))`;
    case 'func': {
      const col = ctx.resolve(node.path);
      if (col.kind === 'multiid' || col.kind === 'multitext' || col.kind === 'url') throw errors.invalidQuery(`Column '${col.name}' cannot be used in ${node.name}.`);
      let sql: string;
      if (node.name === 'startswith') {
        // A range keeps an index usable (SQLite cannot use an expression index for LIKE).
        params.push(node.value, `${node.value}\uffff`);
        sql = `(${col.sql} >= ? AND ${col.sql} < ?)`;
      } else {
        params.push(`%${likeEscape(node.value)}%`);
        sql = `(${col.sql} LIKE ? ESCAPE '\\')`;
      }
      return node.negate ? `(NOT COALESCE(${sql}, 0))` : sql;
    }
    case 'cmp': {
      const col = ctx.resolve(node.path);
      if (col.kind === 'multiid') throw errors.invalidQuery(`Multi-value lookup and person fields cannot be filtered ('${col.name}').`);
      const value = coerceLiteral(node.value, col);
      if (col.kind === 'multitext') {
        // SharePoint matches a multi-choice column when any chosen value equals the literal.
        if (node.op !== 'eq' && node.op !== 'ne') throw errors.invalidQuery(`Operator '${node.op}' is not supported for column '${col.name}'.`);
        if (value === null) return node.op === 'eq' ? `(${col.sql} IS NULL OR ${col.sql} = '[]')` : `(${col.sql} IS NOT NULL AND ${col.sql} <> '[]')`;
        params.push(value);
        const any = `EXISTS (SELECT 1 FROM json_each(${col.sql}) WHERE value = ? COLLATE NOCASE)`;
        return node.op === 'eq' ? any : `(NOT ${any})`;
      }
      if (value === null) {
        if (node.op === 'eq') return `(${col.sql} IS NULL)`;
        if (node.op === 'ne') return `(${col.sql} IS NOT NULL)`;
        throw errors.invalidQuery(`The operator '${node.op}' cannot be used with null.`);
      }
      params.push(value);
      return `(${col.sql} ${SQL_OP[node.op]} ?)`;
    }
  }
}

// ---------------------------------------------------------------- in-memory evaluation (small collections)

function getPath(obj: Record<string, unknown>, path: string[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const rec = cur as Record<string, unknown>;
    const key = Object.keys(rec).find((k) => k.toLowerCase() === seg.toLowerCase());
    if (key === undefined) throw errors.selectMissing(path.join('/'));
    cur = rec[key];
  }
  return cur;
}

function compareValues(a: unknown, lit: Literal): number | null {
  if (lit.type === 'null') return a === null || a === undefined ? 0 : null;
  if (a === null || a === undefined) return null;
  let b: unknown = lit.type === 'string' || lit.type === 'datetime' || lit.type === 'guid' ? lit.value : lit.type === 'number' ? lit.value : lit.value;
  let x: unknown = a;
  if (typeof x === 'boolean') { x = x ? 1 : 0; if (typeof b === 'boolean') b = b ? 1 : 0; }
  if (typeof x === 'number' && typeof b === 'string' && b.trim() !== '' && !Number.isNaN(Number(b))) b = Number(b);
  if (typeof x === 'string' && typeof b !== 'string') b = String(b);
  if (typeof x === 'string' && typeof b === 'string') {
    const xs = x.toLowerCase();
    const bs = b.toLowerCase();
    return xs < bs ? -1 : xs > bs ? 1 : 0;
  }
  if (typeof x === 'number' && typeof b === 'number') return x - b;
  return null;
}

export function evaluateFilter(node: FilterNode, obj: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and': return evaluateFilter(node.left, obj) && evaluateFilter(node.right, obj);
    case 'or': return evaluateFilter(node.left, obj) || evaluateFilter(node.right, obj);
    case 'not': return !evaluateFilter(node.expr, obj);
    case 'func': {
      const v = getPath(obj, node.path);
      if (typeof v !== 'string') return node.negate;
      const hit = node.name === 'startswith' ? v.toLowerCase().startsWith(node.value.toLowerCase()) : v.toLowerCase().includes(node.value.toLowerCase());
      return hit !== node.negate;
    }
    case 'cmp': {
      const c = compareValues(getPath(obj, node.path), node.value);
      if (node.value.type === 'null') return node.op === 'eq' ? c === 0 : node.op === 'ne' ? c !== 0 : false;
      if (c === null) return false;
      switch (node.op) {
        case 'eq': return c === 0;
        case 'ne': return c !== 0;
        case 'gt': return c > 0;
        case 'ge': return c >= 0;
        case 'lt': return c < 0;
        case 'le': return c <= 0;
      }
    }
  }
  return false;
}

// ---------------------------------------------------------------- $orderby

export interface OrderKey { path: string[]; desc: boolean }

export function parseOrderBy(src: string): OrderKey[] {
  return src
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^([A-Za-z_][A-Za-z0-9_./]*)(?:\s+(asc|desc))?$/i.exec(part);
      if (!m) throw errors.invalidQuery(`The expression "${src}" is not valid.`);
      return { path: m[1].split('/'), desc: (m[2] || '').toLowerCase() === 'desc' };
    });
}
