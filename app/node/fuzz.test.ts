/**
 * Fuzzing the paths a stranger's bytes take: random and mutated txs through decode, CheckTx,
 * simulation (also as the `Service/Simulate` query) and block delivery of the standard app, and
 * random and mutated JSON-RPC requests (single, batched, malformed) through a running node's HTTP
 * server. Every input must end in a typed outcome: an ABCI code with its codespace, or a JSON-RPC
 * result or error. An exception escaping the app, a code 111222 ("panic"), or a 500 from the server
 * fails the test with the input that caused it (inputs come from a seeded PRNG: MESHWORK_FUZZ_SEED).
 *
 * Default: 25 000 inputs (~35 s here). MESHWORK_FUZZ_FULL=1: 1 000 000 inputs (MESHWORK_FUZZ_INPUTS
 * overrides either; MESHWORK_FUZZ_PROGRESS=1 prints progress), with figures printed: inputs, time,
 * outcomes. The full run takes ~9 min, near `npm test`'s 10-minute cap per file, so run it as
 *   MESHWORK_FUZZ_FULL=1 node --import ./scripts/test-loader.mjs --test --test-timeout=3600000 app/node/fuzz.test.ts
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet, Registry, encodePubkey, makeAuthInfoBytes, makeSignDoc, type EncodeObject } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SimulateRequest } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { MsgExecuteContract, MsgInstantiateContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import type { TxResult } from '../../chain/kernel/baseapp.js';
import { initHome, loadHome, readKeyring } from './home.js';
import { buildHomeChain } from './chain.js';
import { MeshworkNode } from './node.js';
import { silentLogger } from './log.js';
import { METHODS } from './rpc/methods.js';
import { AddressCodec, prefixesFor } from '../../chain/types/address.js';

const FULL = process.env['MESHWORK_FUZZ_FULL'] === '1';
const TOTAL = Number(process.env['MESHWORK_FUZZ_INPUTS'] ?? (FULL ? 1_000_000 : 25_000));
const SEED = Number(process.env['MESHWORK_FUZZ_SEED'] ?? 12);
/** Share of the inputs that go through the node's JSON-RPC server (the rest through the app). */
const RPC_SHARE = 0.05;
const PANIC = Codes.Panic.code;

/** xorshift128+: a small seeded PRNG, so every failing input can be reproduced from the seed. */
class Rng {
  private a: bigint;
  private b: bigint;
  constructor(seed: number) {
    this.a = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n;
    this.b = (BigInt(seed) ^ 0x5deece66dn) * 0xbf58476d1ce4e5b9n + 7n;
    for (let i = 0; i < 8; i++) this.next();
  }
  next(): number {
    let s1 = this.a;
    const s0 = this.b;
    this.a = s0;
    s1 ^= (s1 << 23n) & 0xffffffffffffffffn;
    this.b = s1 ^ s0 ^ (s1 >> 17n) ^ (s0 >> 26n);
    return Number((this.b + s0) & 0xffffffffn);
  }
  int(n: number): number {
    return this.next() % n;
  }
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.next() & 0xff;
    return out;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

/** Byte-level mutations: flips, inserts, deletes, truncation, splices, interesting values. */
function mutate(rng: Rng, input: Uint8Array, donors: readonly Uint8Array[]): Uint8Array {
  let b = Array.from(input);
  const rounds = 1 + rng.int(4);
  for (let r = 0; r < rounds; r++) {
    const at = b.length === 0 ? 0 : rng.int(b.length);
    switch (rng.int(8)) {
      case 0:
        if (b.length > 0) b[at] = b[at]! ^ (1 << rng.int(8));
        break;
      case 1:
        b.splice(at, 0, ...rng.bytes(1 + rng.int(8)));
        break;
      case 2:
        b.splice(at, 1 + rng.int(16));
        break;
      case 3:
        b = b.slice(0, at);
        break;
      case 4:
        if (b.length > 0) b[at] = rng.pick([0x00, 0x01, 0x7f, 0x80, 0xff, 0x0a, 0x12, 0x1a, 0x22]);
        break;
      case 5: {
        if (donors.length === 0) break;
        const d = rng.pick(donors);
        const from = rng.int(Math.max(1, d.length));
        b.splice(at, 0, ...d.slice(from, from + 1 + rng.int(64)));
        break;
      }
      case 6:
        // an overlong varint
        b.splice(at, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01);
        break;
      default:
        if (b.length > 1) {
          const j = rng.int(b.length);
          [b[at], b[j]] = [b[j]!, b[at]!];
        }
    }
  }
  return Uint8Array.from(b);
}

const registry = new Registry([...defaultRegistryTypes, ['/cosmwasm.wasm.v1.MsgInstantiateContract', MsgInstantiateContract], ['/cosmwasm.wasm.v1.MsgExecuteContract', MsgExecuteContract]]);

interface Tally {
  inputs: number;
  outcomes: Map<string, number>;
  escaped: string[];
  panics: string[];
}

function tally(t: Tally, key: string): void {
  t.inputs++;
  t.outcomes.set(key, (t.outcomes.get(key) ?? 0) + 1);
}

function resultKey(path: string, r: { code: number; codespace: string }): string {
  return r.code === 0 ? `${path}:ok` : `${path}:${r.codespace}/${r.code}`;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('fuzz: hostile bytes end in typed outcomes', () => {
  let dir: string;
  const started = performance.now();
  const t: Tally = { inputs: 0, outcomes: new Map(), escaped: [], panics: [] };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-fuzz-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    const ms = performance.now() - started;
    const by = [...t.outcomes.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`fuzz: ${t.inputs} inputs in ${(ms / 1000).toFixed(1)} s (seed ${SEED}); escaped exceptions ${t.escaped.length}; panic codes ${t.panics.length}`);
    for (const [k, n] of by) console.log(`  ${k}: ${n}`);
  });

  test('txs: decode, CheckTx, simulate (direct and as a query), delivery in blocks', async () => {
    const home = join(dir, 'app');
    await initHome({ home, chainId: 'fuzz-1', accounts: 3, config: { rpc: { laddr: '127.0.0.1:0' } } });
    const loaded = loadHome(home);
    const { m, driver } = buildHomeChain(loaded);
    driver.init(loaded.genesis.genesis);
    driver.produceBlock();
    const app = m.app;
    const keys = readKeyring(home);
    const seeds: Uint8Array[] = [];
    const bodies: Uint8Array[] = [];
    for (const [i, k] of keys.entries()) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(k.mnemonic, { prefix: 'mesh' });
      const [acc] = await wallet.getAccounts();
      const account = m.keepers.auth.getAccount(app.queryContext(), acc!.address)!;
      const other = keys[(i + 1) % keys.length]!.address;
      const msgs: EncodeObject[][] = [
        [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: acc!.address, toAddress: other, amount: [{ denom: 'stake', amount: '5' }] }) }],
        [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.fromPartial({ delegatorAddress: acc!.address, validatorAddress: new AddressCodec(prefixesFor('mesh')).accountToValoper(keys[0]!.address), amount: { denom: 'stake', amount: '7' } }) }],
        [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender: acc!.address, contract: other, msg: new TextEncoder().encode('{"a":{}}'), funds: [] }) }],
        [{ typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract', value: MsgInstantiateContract.fromPartial({ sender: acc!.address, codeId: 1n, label: 'x', msg: new TextEncoder().encode('{}'), funds: [] }) }],
      ];
      for (const ms of msgs) {
        const bodyBytes = registry.encodeTxBody({ messages: ms, memo: 'fuzz' });
        const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acc!.pubkey)), sequence: account.sequence }], [{ denom: 'stake', amount: '1000' }], 200_000, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
        const { signature } = await wallet.signDirect(acc!.address, makeSignDoc(bodyBytes, authInfoBytes, 'fuzz-1', Number(account.accountNumber)));
        seeds.push(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish());
        bodies.push(bodyBytes);
      }
    }
    const typeUrls = app.msgRouter.typeUrls();
    const rng = new Rng(SEED);
    const budget = Math.floor(TOTAL * (1 - RPC_SHARE));

    /** A tx: random bytes, a mutated seed, or a re-wrapped seed whose body (or one message) is mutated. */
    const nextTx = (): Uint8Array => {
      const kind = rng.int(10);
      if (kind === 0) return rng.bytes(rng.int(300));
      const seed = rng.pick(seeds);
      if (kind <= 4) return mutate(rng, seed, seeds);
      const raw = TxRaw.decode(seed);
      if (kind <= 7) return TxRaw.encode({ ...raw, bodyBytes: mutate(rng, raw.bodyBytes, bodies) }).finish();
      // A registered message type with random or mutated contents: what simulation hands to handlers.
      const value = rng.int(2) === 0 ? rng.bytes(rng.int(200)) : mutate(rng, rng.pick(bodies), bodies);
      const bodyBytes = registry.encodeTxBody({ messages: [], memo: '' });
      const any = Uint8Array.from([...anyField(rng.pick(typeUrls), value)]);
      return TxRaw.encode({ ...raw, bodyBytes: Uint8Array.from([...any, ...bodyBytes]) }).finish();
    };

    const guard = (what: string, input: Uint8Array, fn: () => { code: number; codespace: string } | undefined): void => {
      try {
        const r = fn();
        if (r === undefined) return;
        tally(t, resultKey(what, r));
        if (r.code === PANIC) t.panics.push(`${what} ${hex(input)}: ${(r as { log?: string }).log ?? ''}`);
      } catch (e) {
        if (what === 'decode' && e instanceof ChainError) {
          tally(t, `decode:${e.codespace}/${e.code}`);
          return;
        }
        tally(t, `${what}:escaped`);
        t.escaped.push(`${what} ${hex(input)}: ${(e as Error).stack ?? String(e)}`);
      }
    };

    let n = 0;
    while (n < budget && t.escaped.length + t.panics.length < 20) {
      const tx = nextTx();
      const path = rng.int(200);
      if (n > 0 && n % 50_000 < 2 && process.env['MESHWORK_FUZZ_PROGRESS'] === '1') console.log(`progress: ${n} tx inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      if (path <= 99) {
        guard('decode', tx, () => {
          app.decodeTx(tx);
          return { code: 0, codespace: '' };
        });
        n++;
      } else if (path <= 149) {
        guard('check', tx, () => app.checkTx(tx));
        n++;
      } else if (path <= 179) {
        guard('simulate', tx, () => app.simulate(tx));
        n++;
      } else if (path <= 198) {
        const data = rng.int(4) === 0 ? mutate(rng, SimulateRequest.encode({ txBytes: tx }).finish(), seeds) : SimulateRequest.encode({ txBytes: tx }).finish();
        guard('simulate-query', data, () => app.query({ path: '/cosmos.tx.v1beta1.Service/Simulate', data }));
        n++;
      } else {
        // A block of hostile txs: delivery must give each a result; the block must commit.
        const txs = Array.from({ length: 30 }, () => nextTx());
        let results: TxResult[] = [];
        try {
          results = driver.produceBlock({ txs }).results.txResults;
        } catch (e) {
          tally(t, 'deliver:block-failed');
          t.escaped.push(`deliver block ${txs.map(hex).join(',')}: ${(e as Error).stack}`);
        }
        results.forEach((r, i) => {
          tally(t, resultKey('deliver', r));
          if (r.code === PANIC) t.panics.push(`deliver ${hex(txs[i]!)}: ${r.log}`);
        });
        n += txs.length;
      }
    }
    expect(t.escaped.slice(0, 3)).toEqual([]);
    expect(t.panics.slice(0, 3)).toEqual([]);
  });

  test('JSON-RPC: random and mutated requests, single and batched, through the HTTP server', async () => {
    const home = join(dir, 'node');
    await initHome({ home, chainId: 'fuzz-rpc', accounts: 2, config: { rpc: { laddr: '127.0.0.1:0', rate_limit: { requests_per_second: 0, burst: 1 } }, consensus: { block_time_ms: 200 } } });
    const node = MeshworkNode.open({ home, logger: silentLogger() });
    const { url } = await node.start();
    const rng = new Rng(SEED + 1);
    const methods = Object.keys(METHODS);
    const valid: unknown[] = [
      { method: 'status', params: {} },
      { method: 'abci_query', params: { path: '/cosmos.bank.v1beta1.Query/Balance', data: 'aa' } },
      { method: 'tx_search', params: { query: "message.action='/cosmos.bank.v1beta1.MsgSend' AND tx.height>='1'", per_page: '5', order_by: 'desc' } },
      { method: 'block_search', params: { query: 'block.height>=1', page: '1' } },
      { method: 'block', params: { height: '1' } },
      { method: 'broadcast_tx_sync', params: { tx: 'CgA=' } },
      { method: 'validators', params: { height: '1', per_page: '1' } },
      { method: 'blockchain', params: { minHeight: '1', maxHeight: '3' } },
    ];
    const strings = ['', 'x', '-1', '0', '1', '99999999999999999999', "tx.height='1'", 'a.b EXISTS', '/cosmos.tx.v1beta1.Service/Simulate', 'ffff', 'AAAA', '0xzz', '\u0000', "'", 'tx.hash=\'ZZ\'', 'block.height>abc'];
    const randomValue = (depth: number): unknown => {
      switch (rng.int(depth > 2 ? 5 : 8)) {
        case 0:
          return rng.pick(strings);
        case 1:
          return rng.int(2) === 0 ? rng.int(1000) - 10 : (rng.next() - 2 ** 31) * 1e10;
        case 2:
          return rng.int(2) === 0;
        case 3:
          return null;
        case 4:
          return Buffer.from(rng.bytes(rng.int(40))).toString(rng.int(2) === 0 ? 'base64' : 'hex');
        case 5:
          return Array.from({ length: rng.int(4) }, () => randomValue(depth + 1));
        default: {
          const o: Record<string, unknown> = {};
          for (let i = rng.int(4); i > 0; i--) o[rng.pick(['query', 'height', 'path', 'data', 'prove', 'page', 'per_page', 'order_by', 'tx', 'hash', 'minHeight', 'maxHeight', 'limit', 'chunk', rng.pick(strings)])] = randomValue(depth + 1);
          return o;
        }
      }
    };
    const request = (): unknown => {
      const k = rng.int(10);
      if (k <= 2) return { jsonrpc: '2.0', id: rng.int(1e6), ...(rng.pick(valid) as object) };
      if (k <= 6) return { jsonrpc: rng.int(8) === 0 ? '1.0' : '2.0', id: rng.int(6) === 0 ? randomValue(2) : rng.int(1e6), method: rng.int(10) === 0 ? rng.pick(strings) : rng.pick(methods), params: randomValue(0) };
      return randomValue(0);
    };
    const budget = TOTAL - t.inputs;
    let n = 0;
    let posts = 0;
    const failures: string[] = [];
    const countReply = (r: unknown): void => {
      const o = r as { result?: { response?: { code?: number } }; error?: { code?: number } };
      if (o?.error !== undefined) tally(t, `rpc:error/${o.error.code}`);
      else tally(t, 'rpc:result');
      if (o?.result?.response?.code === PANIC) t.panics.push(`rpc abci panic: ${JSON.stringify(r).slice(0, 300)}`);
    };
    const workers = 6;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (n < budget && failures.length + t.panics.length < 20) {
          const shape = rng.int(10);
          let body: string;
          let count: number;
          if (shape <= 5) {
            const batch = Array.from({ length: 20 }, () => request());
            body = JSON.stringify(batch);
            count = 20;
          } else if (shape <= 7) {
            body = JSON.stringify(request());
            count = 1;
          } else {
            // Malformed or mutated JSON text.
            const text = JSON.stringify(Array.from({ length: 5 }, () => request()));
            body = Buffer.from(mutate(rng, new TextEncoder().encode(text), [])).toString('latin1');
            count = 1;
          }
          n += count;
          posts++;
          let res: Response;
          try {
            res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
          } catch (e) {
            failures.push(`fetch failed for ${body.slice(0, 200)}: ${(e as Error).message}`);
            continue;
          }
          const text = await res.text();
          if (res.status >= 500) {
            failures.push(`HTTP ${res.status} for ${body.slice(0, 300)}: ${text.slice(0, 300)}`);
            tally(t, 'rpc:escaped');
            t.escaped.push(`rpc ${body.slice(0, 300)}`);
            continue;
          }
          if (text.length === 0) {
            for (let i = 0; i < count; i++) tally(t, 'rpc:notification');
            continue;
          }
          const parsed = JSON.parse(text) as unknown;
          if (Array.isArray(parsed)) {
            parsed.forEach(countReply);
            for (let i = parsed.length; i < count; i++) tally(t, 'rpc:notification');
          } else {
            countReply(parsed);
            for (let i = 1; i < count; i++) tally(t, 'rpc:batch-refused');
          }
          // Internal errors must be typed too: none may come from an unexpected exception.
          if (/"internal server error"/.test(text)) failures.push(`internal error for ${body.slice(0, 300)}`);
        }
      }),
    );
    // The node still serves and produces blocks.
    const h = node.height;
    await new Promise((r) => setTimeout(r, 700));
    expect(node.height).toBeGreaterThan(h);
    await node.stop();
    console.log(`rpc: ${posts} HTTP posts`);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(t.panics.slice(0, 3)).toEqual([]);
  });
});

/** TxBody field 1 (messages) holding an Any{type_url, value}. */
function anyField(typeUrl: string, value: Uint8Array): Uint8Array {
  const te = new TextEncoder().encode(typeUrl);
  const anyBytes = [...lenField(1, te), ...lenField(2, value)];
  return Uint8Array.from(lenField(1, Uint8Array.from(anyBytes)));
}

function lenField(field: number, payload: Uint8Array): number[] {
  const out: number[] = [];
  const varint = (n: number): void => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    out.push(n);
  };
  varint(field * 8 + 2);
  varint(payload.length);
  for (const b of payload) out.push(b);
  return out;
}
