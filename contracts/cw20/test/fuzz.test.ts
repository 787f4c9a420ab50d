/**
 * Fuzzing the declared codecs: random and mutated JSON for every cw20 message type (instantiate,
 * each execute and query variant, migrate), run through our cw20 and the Rust cw20_base.wasm side by
 * side on the same state. Every input must be a success or a contract error on ours (never a trap
 * unless the Rust contract traps too), and accept/reject must agree with cw20-base.
 *
 * CW20_FUZZ_INPUTS sets the total number of inputs (default 2,300; the run used 100,000+).
 * CW20_FUZZ_SEED picks the input stream (default 1). Counts are printed at the end.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileContract, repoRoot } from '../../tools/compile.js';
import { Vm, ContractError } from '../../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo, addrMake, type MockBackend } from '../../../runtime/src/testkit/index.js';

const TOTAL = Number(process.env.CW20_FUZZ_INPUTS ?? 2_300);
const SEED = Number(process.env.CW20_FUZZ_SEED ?? 1);
const GAS_LIMIT = 500_000_000_000;

function findRustWasm(): string {
  let dir = repoRoot();
  for (let i = 0; i < 4; i++) {
    const p = join(dir, '..', 'shared', 'testdata', 'cw-plus', 'cw20_base.wasm');
    if (existsSync(p)) return p;
    dir = dirname(dir);
  }
  throw new Error('shared/testdata/cw-plus/cw20_base.wasm not found next to the repository');
}

// ---------------------------------------------------------------- deterministic randomness

let state = SEED >>> 0 || 1;
function rnd(): number {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number): number => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const A = addrMake('alice');
const B = addrMake('bob');
const C = addrMake('carol');
const M = addrMake('minter');
const R = addrMake('receiver');
const ADDRS = [A, B, C, M, R, A.toUpperCase(), 'cosmwasm1invalid', '', 'alice', A + 'x', ' ' + A];
const NUMBERISH = ['0', '1', '7', '100', '999', '1000', '00', '01', '+1', '-1', '1.0', '1e3', ' 1', '1 ', '', 'abc', '340282366920938463463374607431768211455', '340282366920938463463374607431768211456', '18446744073709551616', '٣', '0x10'];
const STRINGS = ['', 'a', 'Cash Token', 'CASH', 'ab', 'x'.repeat(51), 'é', '\u0000', '\ud800', 'e30=', 'e30', '!!!!', 'aGVsbG8=', '<?xml version="1.0"?><svg/>'];

/** A random JSON value, shallow. */
function randomValue(depth = 0): unknown {
  const k = int(depth > 2 ? 6 : 9);
  switch (k) {
    case 0:
      return null;
    case 1:
      return rnd() < 0.5;
    case 2:
      return pick([0, 1, -1, 255, 256, 4294967295, 4294967296, 18446744073709551615, 1.5, -0.0, 1e21]);
    case 3:
      return pick(NUMBERISH);
    case 4:
      return pick(ADDRS);
    case 5:
      return pick(STRINGS);
    case 6:
      return Array.from({ length: int(3) }, () => randomValue(depth + 1));
    case 7: {
      const o: Record<string, unknown> = {};
      for (let i = int(3); i > 0; i--) o[pick(['amount', 'recipient', 'x', 'never', 'at_height', 'at_time', 'url', 'png', 'svg', 'limit'])] = randomValue(depth + 1);
      return o;
    }
    default:
      return pick(['never', 'transfer', 'embedded']);
  }
}

// ---------------------------------------------------------------- message types

interface MsgType {
  name: string;
  entry: 'instantiate' | 'execute' | 'query' | 'migrate';
  sender: string;
  /** Valid examples (fresh objects). */
  valid: () => unknown;
  /** Values to try for a field, by field name. */
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');
const SVG = Buffer.from('<?xml version="1.0"?><svg></svg>').toString('base64');
const expires = (): unknown => pick([null, { at_height: pick([0, 1, 12345, 99999999]) }, { at_time: pick(['0', '1', '1700000000000000000', '99999999999999999999']) }, { never: {} }]);
const amount = (): string => pick(['0', '1', '5', '20', '100', '1000', '1001']);
const page = (): Record<string, unknown> => {
  const o: Record<string, unknown> = {};
  if (rnd() < 0.5) o.start_after = pick([null, A, B, C, 'a']);
  if (rnd() < 0.5) o.limit = pick([null, 0, 1, 2, 30, 31, 4294967295]);
  return o;
};

const TYPES: MsgType[] = [
  {
    name: 'instantiate',
    entry: 'instantiate',
    sender: A,
    valid: () => ({
      name: pick(['Cash Token', 'abc', 'ab']),
      symbol: pick(['CASH', 'C-H', 'CA$H']),
      decimals: pick([0, 6, 18, 19]),
      initial_balances: pick([[], [{ address: A, amount: amount() }], [{ address: A, amount: '1' }, { address: B, amount: '2' }]]),
      mint: pick([null, { minter: M, cap: null }, { minter: M, cap: pick(['0', '10', '100000']) }]),
      marketing: pick([null, { project: 'p', description: null, marketing: A, logo: null }, { logo: { url: 'https://x' } }, { logo: { embedded: { png: PNG } } }, { logo: { embedded: { svg: SVG } } }]),
    }),
  },
  { name: 'transfer', entry: 'execute', sender: A, valid: () => ({ transfer: { recipient: pick([B, C]), amount: amount() } }) },
  { name: 'burn', entry: 'execute', sender: A, valid: () => ({ burn: { amount: amount() } }) },
  { name: 'send', entry: 'execute', sender: A, valid: () => ({ send: { contract: R, amount: amount(), msg: pick(['e30=', '', 'aGk=']) } }) },
  { name: 'increase_allowance', entry: 'execute', sender: A, valid: () => ({ increase_allowance: { spender: pick([B, C, A]), amount: amount(), expires: expires() } }) },
  { name: 'decrease_allowance', entry: 'execute', sender: A, valid: () => ({ decrease_allowance: { spender: pick([B, C]), amount: amount(), expires: expires() } }) },
  { name: 'transfer_from', entry: 'execute', sender: B, valid: () => ({ transfer_from: { owner: A, recipient: C, amount: amount() } }) },
  { name: 'send_from', entry: 'execute', sender: B, valid: () => ({ send_from: { owner: A, contract: R, amount: amount(), msg: 'e30=' } }) },
  { name: 'burn_from', entry: 'execute', sender: B, valid: () => ({ burn_from: { owner: A, amount: amount() } }) },
  { name: 'mint', entry: 'execute', sender: M, valid: () => ({ mint: { recipient: pick([B, C]), amount: amount() } }) },
  { name: 'update_minter', entry: 'execute', sender: M, valid: () => ({ update_minter: { new_minter: pick([M, null]) } }) },
  { name: 'update_marketing', entry: 'execute', sender: A, valid: () => ({ update_marketing: { project: pick([null, 'p', ' ']), description: pick([null, 'd']), marketing: pick([null, A]) } }) },
  { name: 'upload_logo', entry: 'execute', sender: A, valid: () => ({ upload_logo: pick([{ url: 'https://x' }, { embedded: { png: PNG } }, { embedded: { svg: SVG } }, { embedded: { png: SVG } }]) }) },
  { name: 'balance', entry: 'query', sender: A, valid: () => ({ balance: { address: pick([A, B, C]) } }) },
  { name: 'token_info', entry: 'query', sender: A, valid: () => ({ token_info: {} }) },
  { name: 'minter', entry: 'query', sender: A, valid: () => ({ minter: {} }) },
  { name: 'allowance', entry: 'query', sender: A, valid: () => ({ allowance: { owner: A, spender: pick([B, C]) } }) },
  { name: 'all_allowances', entry: 'query', sender: A, valid: () => ({ all_allowances: { owner: A, ...page() } }) },
  { name: 'all_spender_allowances', entry: 'query', sender: A, valid: () => ({ all_spender_allowances: { spender: B, ...page() } }) },
  { name: 'all_accounts', entry: 'query', sender: A, valid: () => ({ all_accounts: page() }) },
  { name: 'marketing_info', entry: 'query', sender: A, valid: () => ({ marketing_info: {} }) },
  { name: 'download_logo', entry: 'query', sender: A, valid: () => ({ download_logo: {} }) },
  { name: 'migrate', entry: 'migrate', sender: A, valid: () => pick([{}, { x: 1 }]) },
];

// ---------------------------------------------------------------- mutations

/** Every (container, key) in a value, for structural mutations. */
function slots(v: unknown, out: Array<[Record<string, unknown> | unknown[], string | number]> = []): typeof out {
  if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), slots(x, out)));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push([v as Record<string, unknown>, k]), slots(x, out);
  return out;
}

function mutateStructure(v: unknown): unknown {
  const s = slots(v);
  if (s.length === 0) return randomValue();
  const [c, k] = pick(s);
  const op = int(7);
  if (Array.isArray(c)) {
    if (op < 3) c[k as number] = randomValue();
    else if (op < 5) c.splice(k as number, 1);
    else c.push(randomValue());
    return v;
  }
  const o = c as Record<string, unknown>;
  const key = k as string;
  if (op === 0) delete o[key];
  else if (op === 1) o[pick(['extra', key + '_', key.toUpperCase(), key.replace(/_(.)/g, (_, x: string) => x.toUpperCase())])] = o[key];
  else if (op === 2) o[key] = pick(NUMBERISH);
  else if (op === 3) o[key] = typeof o[key] === 'string' ? pick(ADDRS) : null;
  else if (op === 4) o[key] = [o[key]];
  else if (op === 5) o[key] = typeof o[key] === 'object' && o[key] !== null ? pick(['never', 'x', 1]) : { [key]: o[key] };
  else o[key] = randomValue();
  return v;
}

const INSERTS = ['{', '}', '[', ']', '"', ':', ',', '\\', ' ', '0', '1', '-', 'n', 't', 'é', '\n', '\\u0000', '\\ud800', '"x":1,', 'null'];

function mutateText(s: string): string {
  const i = int(s.length + 1);
  switch (int(8)) {
    case 0:
      return s.slice(0, i) + s.slice(i + 1);
    case 1:
      return s.slice(0, i) + pick(INSERTS) + s.slice(i);
    case 2:
      return s.slice(0, i);
    case 3:
      return s + pick([' ', 'x', '}', ',', '\n', '{}']);
    case 4: {
      // duplicate the first field: {"a":1 -> {"a":1,"a":1
      const m = /\{("[^"]+":[^,{}]+)/.exec(s);
      return m ? s.replace(m[0], `{${m[1]},${m[1]}`) : s;
    }
    case 5:
      return ' \t\n' + s + ' \r\n';
    case 6:
      return s.replace(/"([a-z_]+)"/, (_, k: string) => `"${pick([k.toUpperCase(), k + ' ', '\\u00' + k.charCodeAt(0).toString(16) + k.slice(1)])}"`);
    default:
      return s.replace(/"\d+"/, () => `"${pick(NUMBERISH)}"`);
  }
}

function input(t: MsgType): Uint8Array {
  const r = rnd();
  let text: string;
  if (r < 0.15) text = JSON.stringify(t.valid());
  else if (r < 0.55) {
    let v = t.valid();
    for (let n = 1 + int(2); n > 0; n--) v = mutateStructure(v);
    text = JSON.stringify(v);
  } else if (r < 0.9) {
    text = JSON.stringify(t.valid());
    for (let n = 1 + int(2); n > 0; n--) text = mutateText(text);
  } else if (r < 0.97) text = JSON.stringify(randomValue());
  else {
    // invalid UTF-8 inside a string
    const bytes = Buffer.from(JSON.stringify(t.valid()));
    const q = bytes.indexOf(0x22, 2);
    const out = Buffer.concat([bytes.subarray(0, q + 1), Buffer.from([pick([0xff, 0xc3, 0xed, 0x80])]), bytes.subarray(q + 1)]);
    return new Uint8Array(out);
  }
  return new TextEncoder().encode(text);
}

// ---------------------------------------------------------------- running

type Outcome = { kind: 'ok'; value: string } | { kind: 'error'; text: string } | { kind: 'trap'; text: string };

class Instance {
  readonly vm = new Vm();
  readonly checksum: string;
  backend: MockBackend = mockBackend();
  readonly env = mockEnv();
  constructor(wasm: Uint8Array) {
    this.checksum = this.vm.storeCode(wasm).checksum;
  }
  call(t: MsgType, msg: Uint8Array): Outcome {
    const ctx = { backend: this.backend, gasLimit: GAS_LIMIT };
    try {
      let value: unknown;
      if (t.entry === 'instantiate') value = this.vm.instantiate(this.checksum, this.env, mockInfo(t.sender), msg, { backend: mockBackend(), gasLimit: GAS_LIMIT }).value;
      else if (t.entry === 'execute') value = this.vm.execute(this.checksum, this.env, mockInfo(t.sender), msg, ctx).value;
      else if (t.entry === 'query') value = Buffer.from(this.vm.query(this.checksum, this.env, msg, ctx).value).toString('utf8');
      else value = this.vm.migrate(this.checksum, this.env, msg, ctx).value;
      return { kind: 'ok', value: JSON.stringify(value) };
    } catch (e) {
      if (e instanceof ContractError) return { kind: 'error', text: e.contractMessage };
      return { kind: 'trap', text: e instanceof Error ? e.message : String(e) };
    }
  }
}

interface Counts {
  inputs: number;
  accepted: number;
  rejected: number;
  traps: number;
  classMismatch: number;
  textMismatch: number;
  answerMismatch: number;
}

describe('cw20 fuzz: declared codecs vs cw20-base', () => {
  let ours: Instance;
  let rust: Instance;
  before(async () => {
    ours = new Instance((await compileContract('contracts/cw20/assembly/contract.ts')).wasm);
    rust = new Instance(new Uint8Array(readFileSync(findRustWasm())));
    const init = new TextEncoder().encode(JSON.stringify({ name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: A, amount: '1000000' }], mint: { minter: M, cap: null }, marketing: { project: 'p', description: 'd', marketing: A, logo: null } }));
    for (const i of [ours, rust]) i.vm.instantiate(i.checksum, i.env, mockInfo(A), init, { backend: i.backend, gasLimit: GAS_LIMIT });
  });

  test(`${TOTAL} inputs over ${TYPES.length} message types: never a trap, accept/reject as cw20-base`, () => {
    const perType = Math.max(1, Math.ceil(TOTAL / TYPES.length));
    const counts: Record<string, Counts> = {};
    const examples: string[] = [];
    // interleave the types so state-changing messages mix
    for (let round = 0; round < perType; round++) {
      for (const t of TYPES) {
        const c = (counts[t.name] ??= { inputs: 0, accepted: 0, rejected: 0, traps: 0, classMismatch: 0, textMismatch: 0, answerMismatch: 0 });
        const msg = input(t);
        const a = ours.call(t, msg);
        const b = rust.call(t, msg);
        c.inputs++;
        if (a.kind === 'ok') c.accepted++;
        else if (a.kind === 'error') c.rejected++;
        else c.traps++;
        const show = (): string => `${t.name} ${JSON.stringify(Buffer.from(msg).toString('utf8'))}: ours ${JSON.stringify(a)} rust ${JSON.stringify(b)}`;
        if (a.kind !== b.kind) {
          c.classMismatch++;
          if (examples.length < 20) examples.push(show());
        } else if (a.kind === 'error' && b.kind === 'error' && a.text !== b.text) {
          c.textMismatch++;
          if (examples.length < 20) examples.push(show());
        } else if (a.kind === 'ok' && b.kind === 'ok' && a.value !== b.value) {
          c.answerMismatch++;
          if (examples.length < 20) examples.push(show());
        }
      }
    }
    const rows = Object.entries(counts).map(([name, c]) => ({ name, ...c }));
    const total = rows.reduce((s, r) => s + r.inputs, 0);
    console.log(`cw20 fuzz (seed ${SEED}): ${total} inputs`);
    console.table(rows);
    if (examples.length) console.log(examples.join('\n'));
    expect(rows.filter((r) => r.classMismatch > 0).map((r) => r.name)).toEqual([]);
    // and the same error texts and answers, as the differential suite requires
    expect(rows.filter((r) => r.textMismatch + r.answerMismatch > 0).map((r) => r.name)).toEqual([]);
    // ours traps only where cw20-base traps too (class agreement above); report how often
    expect(total).toBeGreaterThanOrEqual(TOTAL);
  });
});
