/**
 * The `$filter` subset Graph's `/users` accepts here: `eq`, `ne`, `in (…)`, `startswith(…)`, `and`, `or`, `not`
 * and parentheses, with string, null, boolean and integer literals. Tokenizer → parser → condition tree, evaluated
 * in memory against a user resource.
 */
import { GraphError } from './errors';

export type Cond =
  | { kind: 'cmp'; op: 'eq' | 'ne'; prop: string; value: string | null }
  | { kind: 'startswith'; prop: string; value: string }
  | { kind: 'in'; prop: string; values: string[] }
  | { kind: 'and' | 'or'; left: Cond; right: Cond }
  | { kind: 'not'; inner: Cond };

type Token = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'punct'; v: '(' | ')' | ',' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new GraphError(400, 'BadRequest', `Invalid filter clause: unterminated string literal.`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v });
    } else if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: 'punct', v: ch });
      i++;
    } else {
      let v = '';
      while (i < src.length && /[A-Za-z0-9_.\-/]/.test(src[i])) v += src[i++];
      if (!v) throw new GraphError(400, 'BadRequest', `Invalid filter clause: syntax error at position ${i} in '${src}'.`);
      out.push({ t: 'word', v });
    }
  }
  return out;
}

export function parseFilter(src: string): Cond {
  const toks = tokenize(src);
  let pos = 0;
  const syntax = (): GraphError => new GraphError(400, 'BadRequest', `Invalid filter clause: syntax error at position ${pos} in '${src}'.`);
  const peekWord = (w: string): boolean => {
    const t = toks[pos];
    return !!t && t.t === 'word' && t.v.toLowerCase() === w;
  };
  const expectPunct = (p: string): void => {
    const t = toks[pos++];
    if (!t || t.t !== 'punct' || t.v !== p) throw syntax();
  };
  const property = (): string => {
    const t = toks[pos++];
    if (!t || t.t !== 'word') throw syntax();
    return t.v;
  };
  const literal = (): string | null => {
    const t = toks[pos++];
    if (!t) throw syntax();
    if (t.t === 'str') return t.v;
    if (t.t === 'word' && t.v === 'null') return null;
    if (t.t === 'word' && /^(true|false|-?\d+)$/.test(t.v)) return t.v;
    throw syntax();
  };
  const primary = (): Cond => {
    if (peekWord('not')) {
      pos++;
      return { kind: 'not', inner: primary() };
    }
    const t = toks[pos];
    if (t && t.t === 'punct' && t.v === '(') {
      pos++;
      const c = orExpr();
      expectPunct(')');
      return c;
    }
    if (peekWord('startswith')) {
      pos++;
      expectPunct('(');
      const prop = property();
      expectPunct(',');
      const value = literal();
      expectPunct(')');
      if (value === null) throw syntax();
      return { kind: 'startswith', prop, value };
    }
    const prop = property();
    const opTok = toks[pos++];
    if (!opTok || opTok.t !== 'word') throw syntax();
    const op = opTok.v.toLowerCase();
    if (op === 'eq' || op === 'ne') return { kind: 'cmp', op, prop, value: literal() };
    if (op === 'in') {
      expectPunct('(');
      const values: string[] = [];
      for (;;) {
        const v = literal();
        if (v !== null) values.push(v);
        const n = toks[pos++];
        if (n && n.t === 'punct' && n.v === ')') break;
        if (!n || n.t !== 'punct' || n.v !== ',') throw syntax();
      }
      return { kind: 'in', prop, values };
    }
    throw new GraphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`);
  };
  const andExpr = (): Cond => {
    let left = primary();
    while (peekWord('and')) {
      pos++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): Cond => {
    let left = andExpr();
    while (peekWord('or')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const result = orExpr();
  if (pos !== toks.length) throw syntax();
  return result;
}

/**
 * Evaluates a condition against one resource; `properties` are the names the resource type knows (matched
 * case-insensitively, an unknown name is Graph's 400). Directory string comparisons are case-insensitive.
 */
export function evaluate(c: Cond, resource: Record<string, unknown>, properties: readonly string[], typeName = 'microsoft.graph.user'): boolean {
  const text = (prop: string): string | null => {
    const key = properties.find((p) => p.toLowerCase() === prop.toLowerCase());
    if (!key) throw new GraphError(400, 'Request_UnsupportedQuery', `Could not find a property named '${prop}' on type '${typeName}'.`);
    const v = resource[key];
    return v === undefined || v === null ? null : String(v).toLowerCase();
  };
  switch (c.kind) {
    case 'cmp': {
      const v = text(c.prop);
      const want = c.value === null ? null : c.value.toLowerCase();
      return c.op === 'eq' ? v === want : v !== want;
    }
    case 'startswith': {
      const v = text(c.prop);
      return v !== null && v.startsWith(c.value.toLowerCase());
    }
    case 'in': {
      const v = text(c.prop);
      return v !== null && c.values.some((x) => x.toLowerCase() === v);
    }
    case 'and':
      return evaluate(c.left, resource, properties, typeName) && evaluate(c.right, resource, properties, typeName);
    case 'or':
      return evaluate(c.left, resource, properties, typeName) || evaluate(c.right, resource, properties, typeName);
    case 'not':
      return !evaluate(c.inner, resource, properties, typeName);
  }
}
