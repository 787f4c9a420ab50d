/**
 * Parser for CometBFT's event query language as `tx_search` uses it:
 *   condition ('AND' condition)*
 *   condition := key ('=' | '<' | '<=' | '>' | '>=' | 'CONTAINS') operand | key 'EXISTS'
 *   operand   := 'single-quoted string' | integer
 * Keys are composite event keys (`transfer.recipient`) or the reserved `tx.hash` / `tx.height`.
 */
export type Operator = '=' | '<' | '<=' | '>' | '>=' | 'CONTAINS' | 'EXISTS';

export interface Condition {
  key: string;
  op: Operator;
  /** string for quoted operands, bigint for numbers, undefined for EXISTS. */
  value: string | bigint | undefined;
}

export class QueryParseError extends Error {
  override readonly name = 'QueryParseError';
}

/**
 * Bounds on one query, so no request can make the node do unbounded work: its text, and its
 * conditions after identical ones are merged (a query of 499 copies of one condition is one).
 */
export const MAX_QUERY_LENGTH = 4096;
export const MAX_QUERY_CONDITIONS = 16;

const CONDITION = /^\s*([A-Za-z0-9_.\-/]+)(?:\s*(<=|>=|=|<|>)\s*|\s+(CONTAINS)\s+|\s+(EXISTS)(?=\s*$|\s+AND\s))/i;

export function parseQuery(query: string): Condition[] {
  if (query.length > MAX_QUERY_LENGTH) throw new QueryParseError(`query of ${query.length} characters is longer than ${MAX_QUERY_LENGTH}; use fewer conditions`);
  const q = query.trim();
  if (q.length === 0) throw new QueryParseError('empty query: give at least one condition, e.g. tx.height=5');
  const out: Condition[] = [];
  let rest = q;
  for (;;) {
    const m = CONDITION.exec(rest);
    if (m === null) throw new QueryParseError(`cannot parse query condition at "${rest}"`);
    const key = m[1]!;
    const op = (m[2] ?? m[3]?.toUpperCase() ?? m[4]?.toUpperCase()) as Operator;
    rest = rest.slice(m[0].length);
    let value: string | bigint | undefined;
    if (op !== 'EXISTS') {
      const s = /^'([^']*)'/.exec(rest);
      const n = /^-?\d+(?![\w.])/.exec(rest);
      if (s !== null) {
        value = s[1]!;
        rest = rest.slice(s[0].length);
      } else if (n !== null) {
        value = BigInt(n[0]);
        rest = rest.slice(n[0].length);
      } else throw new QueryParseError(`condition on ${key}: expected a 'quoted string' or an integer at "${rest}"`);
      if (op === 'CONTAINS' && typeof value !== 'string') throw new QueryParseError(`CONTAINS on ${key} needs a quoted string`);
    }
    if (!out.some((c) => c.key === key && c.op === op && c.value === value)) out.push({ key, op, value });
    if (out.length > MAX_QUERY_CONDITIONS) throw new QueryParseError(`a query may hold at most ${MAX_QUERY_CONDITIONS} distinct conditions`);
    rest = rest.trimStart();
    if (rest.length === 0) return out;
    const and = /^AND\s+/i.exec(rest);
    if (and === null) throw new QueryParseError(`expected AND between conditions at "${rest}"`);
    rest = rest.slice(and[0].length);
  }
}

/**
 * The integer a condition compares with: an unquoted number, or a quoted one (`tx.height='11'`),
 * which CometBFT's query language also compares as a number.
 */
export function numericOperand(c: Condition): bigint | undefined {
  if (typeof c.value === 'bigint') return c.value;
  if (typeof c.value === 'string' && /^-?\d{1,30}$/.test(c.value)) return BigInt(c.value);
  return undefined;
}

/** Whether an indexed value satisfies a condition (shared by the in-memory store and tests). */
export function valueMatches(c: Condition, value: string): boolean {
  switch (c.op) {
    case 'EXISTS':
      return true;
    case 'CONTAINS':
      return value.includes(c.value as string);
    case '=':
      return value === (typeof c.value === 'string' ? c.value : String(c.value));
    default: {
      const n = numericOperand(c);
      if (n === undefined || !isInteger(value)) return false;
      const v = BigInt(value);
      return c.op === '<' ? v < n : c.op === '<=' ? v <= n : c.op === '>' ? v > n : v >= n;
    }
  }
}

/** Only unsigned decimal values take part in range comparisons (as the SQLite index does). */
export function isInteger(s: string): boolean {
  return s.length <= 30 && /^\d+$/.test(s);
}
