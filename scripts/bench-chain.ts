/**
 * Chain benchmarks: signed txs through the whole pipeline beside the raw secp256k1 verify rate,
 * and commit time per block against the size of the state.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { createMeshworkApp } from '../app/chain/meshwork-app.js';
import { TxSigner } from '../chain/testkit/signer.js';
import { NS_PER_SECOND } from '../chain/kernel/context.js';
import { MultiStore } from '../chain/store/multistore.js';
import { MsgExecuteContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestChain } from '../multitest/chain.js';
import { SECP256K1_BACKENDS, loadSecp256k1Backend, secp256k1Backend, selectSecp256k1Backend, type Secp256k1BackendName } from '../chain/tx/secp256k1-backend.js';
import { SignatureVerifyPool } from '../chain/tx/verify-pool.js';
import { preverifySignatures } from '../chain/tx/preverify.js';
import type { BaseApp } from '../chain/kernel/baseapp.js';
import type { DecodedTx } from '../chain/tx/decode.js';

/**
 * `shared/testdata` beside the checkout (dist/scripts/ → repository root → ..), or beside one of
 * its parents (a git worktree under wt/), or `MESHWORK_TESTDATA`.
 */
export function findTestdata(): string {
  const env = process.env.MESHWORK_TESTDATA;
  if (env !== undefined && env !== '') return env;
  let dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, '..', 'shared', 'testdata');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'testdata');
}
const testdataDir = findTestdata();

export type Report = (name: string, value: string, target?: string) => void;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

const CHAIN = 'bench-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;

/** Raw secp256k1 verifies/s of the same kind the ante does (64-byte compact sig over a sha256 digest). */
export function secp256k1VerifyRate(): number {
  const priv = sha256(new TextEncoder().encode('bench-key'));
  const pub = secp256k1.getPublicKey(priv, true);
  const digests = Array.from({ length: 200 }, (_, i) => sha256(new TextEncoder().encode(`msg ${i}`)));
  const sigs = digests.map((d) => secp256k1.sign(d, priv, { prehash: false, format: 'compact' }));
  const rates: number[] = [];
  for (let b = 0; b < 7; b++) {
    const t0 = performance.now();
    for (let i = 0; i < digests.length; i++) if (!secp256k1.verify(sigs[i]!, digests[i]!, pub, { prehash: false, lowS: true, format: 'compact' })) throw new Error('verify failed');
    rates.push((digests.length / (performance.now() - t0)) * 1000);
  }
  return median(rates);
}

/** `n` signatures over distinct digests, each by a key of its own (no per-key work can be reused). */
function freshKeySignatures(n: number, label: string): Array<{ sig: Uint8Array; digest: Uint8Array; pubKey: Uint8Array }> {
  return Array.from({ length: n }, (_, i) => {
    const priv = sha256(new TextEncoder().encode(`${label} key ${i}`));
    const digest = sha256(new TextEncoder().encode(`${label} msg ${i}`));
    return { sig: secp256k1.sign(digest, priv, { prehash: false, format: 'compact' }), digest, pubKey: secp256k1.getPublicKey(priv, true) };
  });
}

/** Raw verifies/s of one backend on the main thread, each signature by a different key. */
export function backendVerifyRate(name: Secp256k1BackendName, n = name === 'noble' ? 200 : 2000): number {
  const b = loadSecp256k1Backend(name);
  const checks = freshKeySignatures(n, `bench-${name}`);
  const rates: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const c of checks) if (!b.verify(c.sig, c.digest, c.pubKey)) throw new Error(`${name} rejected a valid signature`);
    rates.push((checks.length / (performance.now() - t0)) * 1000);
  }
  return median(rates);
}

/** Verifies/s through the worker pool (all threads), batches of 1,000 fresh-key signatures. */
export async function poolVerifyRate(pool: SignatureVerifyPool): Promise<number> {
  const checks = freshKeySignatures(1000, 'bench-pool');
  await pool.verify(checks.slice(0, 10));
  const rates: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    const v = await pool.verify(checks);
    if (!v.every(Boolean)) throw new Error('the pool rejected a valid signature');
    rates.push((checks.length / (performance.now() - t0)) * 1000);
  }
  return median(rates);
}

/**
 * How a block's signatures are verified in the fresh-signer benchmarks: `ante` on the main thread
 * as each tx runs; `pool` all at once on the worker pool before the block runs (the block path of
 * a node for txs CheckTx did not see); `pipelined` the next block's on the pool while this one
 * runs (as a node's CheckTx verifies arriving txs while a block executes).
 */
export type VerifyMode = 'ante' | 'pool' | 'pipelined';

/**
 * Runs `deliver` per block with the signatures verified as `mode` says; the median txs/s of every
 * block but the first. Each tx is decoded once, by the app, and the decoded tx is handed to both
 * the pre-verification and the delivery, as a node's mempool hands its CheckTx decoding on to the
 * block (`Mempool.prepare`, `BlockDriver.deliverTx`); the decoding is inside the timed span.
 */
async function runBlocks(app: BaseApp, signed: Uint8Array[][], mode: VerifyMode, pool: SignatureVerifyPool | undefined, deliver: (txs: Uint8Array[], decoded: DecodedTx[]) => void): Promise<number> {
  const rates: number[] = [];
  const busy: number[] = [];
  const decode = (txs: Uint8Array[]) => txs.map((t) => app.decodeTx(t));
  let ahead: { decoded: DecodedTx[]; verified: Promise<unknown> } | undefined;
  const verifyAhead = (txs: Uint8Array[]) => {
    const decoded = decode(txs);
    return { decoded, verified: preverifySignatures(app, pool!, decoded) };
  };
  if (mode === 'pipelined') ahead = verifyAhead(signed[0]!);
  for (let b = 0; b < signed.length; b++) {
    const txs = signed[b]!;
    const t0 = performance.now();
    const c0 = mainThreadCpuNs();
    let decoded: DecodedTx[];
    if (mode === 'pipelined') {
      await ahead!.verified;
      decoded = ahead!.decoded;
      ahead = b + 1 < signed.length ? verifyAhead(signed[b + 1]!) : undefined;
    } else {
      decoded = decode(txs);
      if (mode === 'pool') await preverifySignatures(app, pool!, decoded);
    }
    deliver(txs, decoded);
    const c1 = mainThreadCpuNs();
    if (b > 0) rates.push((txs.length / (performance.now() - t0)) * 1000);
    if (b > 0 && c0 !== undefined && c1 !== undefined) busy.push(Number(c1 - c0) / 1000 / txs.length);
  }
  if (busy.length > 0) lastMainThreadUsPerTx.push(median(busy));
  return median(rates);
}

/**
 * CPU time of the main thread so far (Linux: `/proc/self/task/<pid>/schedstat`, in ns); undefined
 * elsewhere. On a shared, loaded machine wall-clock rates fall with the load, while the main
 * thread's own CPU per tx (what bounds a node's rate: the pool runs on the other cores) moves much
 * less, so the fresh-signer figures report it beside the rate.
 */
function mainThreadCpuNs(): bigint | undefined {
  try {
    return BigInt(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]!);
  } catch {
    return undefined;
  }
}

/** Main-thread µs per tx of the `runBlocks` calls since last taken (see `mainThreadCpuNs`). */
const lastMainThreadUsPerTx: number[] = [];
export function takeMainThreadUsPerTx(): number[] {
  return lastMainThreadUsPerTx.splice(0);
}

/** Signed bank sends/s where every tx is the first of its signer (its key is set by the tx). */
export async function signedBankSendFreshRate(modes: Array<{ backend: Secp256k1BackendName; verify: VerifyMode }>, pool: SignatureVerifyPool): Promise<number[]> {
  const perBlock = 200;
  const blocks = 5;
  const senders = await Promise.all(Array.from({ length: perBlock * blocks }, (_, i) => TxSigner.fromLabel(`fresh-sender-${i}`, 'mesh')));
  const setup = () => {
    const m = createMeshworkApp({ chainId: CHAIN });
    m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: senders.map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: '1000000000000' }] })) } } });
    let height = 0;
    const block = (txs: Uint8Array[], decoded: readonly DecodedTx[] = []) => {
      height++;
      m.app.beginBlock({ height, time: T0 + BigInt(height) * NS_PER_SECOND, proposer: new Uint8Array(20), lastCommit: { round: 0, votes: [] }, misbehavior: [] });
      txs.forEach((t, i) => m.app.deliverTx(t, decoded[i]));
      const r = m.app.endBlock();
      m.app.commit();
      for (const t of r.txResults) if (t.code !== 0) throw new Error(`bench tx failed: ${t.log}`);
    };
    block([]);
    return { m, block };
  };
  const first = setup();
  const signed: Uint8Array[][] = [];
  for (let b = 0; b < blocks; b++) {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < perBlock; i++) {
      const k = b * perBlock + i;
      const s = senders[k]!;
      const accNum = first.m.keepers.auth.getAccount(first.m.app.queryContext(), s.address)!.accountNumber;
      txs.push(await s.sign({ msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: s.address, toAddress: senders[(k + 1) % senders.length]!.address, amount: [{ denom: 'stake', amount: '1' }] }) }], fee: { amount: [{ denom: 'stake', amount: '2000' }], gas: 200_000 }, chainId: CHAIN, accountNumber: accNum, sequence: 0 }));
    }
    signed.push(txs);
  }
  const out: number[] = [];
  for (const mode of modes) {
    selectSecp256k1Backend(mode.backend);
    const { m, block } = setup();
    out.push(await runBlocks(m.app, signed, mode.verify, pool, block));
  }
  return out;
}

/** Signed bank sends per second: decode, ante (signature, fee, sequence), message, events, commit. */
export async function signedBankSendRate(): Promise<number> {
  const senders = await Promise.all(Array.from({ length: 50 }, (_, i) => TxSigner.fromLabel(`sender-${i}`, 'mesh')));
  const m = createMeshworkApp({ chainId: CHAIN });
  m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: senders.map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: '1000000000000' }] })) } } });
  let height = 0;
  const block = (txs: Uint8Array[]) => {
    height++;
    const r = m.app.finalizeBlock({ height, time: T0 + BigInt(height) * NS_PER_SECOND, proposer: new Uint8Array(20), txs, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    m.app.commit();
    return r;
  };
  block([]);
  const accNums = senders.map((s) => m.keepers.auth.getAccount(m.app.queryContext(), s.address)!.accountNumber);
  const perBlock = 200;
  const blocks = 8;
  // Pre-sign every tx (signing is the client's cost, not the chain's).
  const signed: Uint8Array[][] = [];
  for (let b = 0; b < blocks + 1; b++) {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < perBlock; i++) {
      const k = (b * perBlock + i) % senders.length;
      const seq = Math.floor((b * perBlock + i) / senders.length);
      const s = senders[k]!;
      const to = senders[(k + 1) % senders.length]!.address;
      txs.push(await s.sign({ msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: s.address, toAddress: to, amount: [{ denom: 'stake', amount: '1' }] }) }], fee: { amount: [{ denom: 'stake', amount: '2000' }], gas: 200_000 }, chainId: CHAIN, accountNumber: accNums[k]!, sequence: seq }));
    }
    signed.push(txs);
  }
  const rates: number[] = [];
  signed.forEach((txs, b) => {
    const t0 = performance.now();
    const r = block(txs);
    const ms = performance.now() - t0;
    for (const t of r.txResults) if (t.code !== 0) throw new Error(`bench tx failed: ${t.log}`);
    if (b > 0) rates.push((txs.length / ms) * 1000);
  });
  return median(rates);
}

/** Median ms to write `changes` keys and commit, with `size` keys already in state. */
export function commitTime(size: number, changes = 200): number {
  const ms = new MultiStore(['a', 'b']);
  const s = ms.store('a');
  const key = (i: number) => sha256(new TextEncoder().encode(`k${i}`));
  for (let i = 0; i < size; i++) s.set(key(i), key(i + 1));
  ms.commit();
  const times: number[] = [];
  for (let r = 0; r < 15; r++) {
    const t0 = performance.now();
    const br = ms.branch();
    const st = br.store('a');
    for (let i = 0; i < changes; i++) st.set(key((r * 7919 + i * 104729) % size), key(r * 1000 + i));
    br.write();
    ms.commit();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * cw20_base set up on a harness chain with `holders` funded both in stake and in the token.
 * `trace`: the harness records every contract call (its default, for the harness's own figure);
 * the signed-tx figures run without, as a node does.
 */
async function cw20Chain(holders: TxSigner[], trace = true): Promise<{ chain: TestChain; token: string }> {
  const chain = TestChain.create({ trace, genesis: (g) => holders.forEach((h) => g.fund(h.address, 1_000_000_000_000n)) });
  const owner = chain.addr('owner');
  const code = chain.storeCode(owner, new Uint8Array(readFileSync(join(testdataDir, 'cw-plus', 'cw20_base.wasm'))));
  const { address: token } = chain.instantiate(code, owner, { name: 'Bench', symbol: 'BNCH', decimals: 6, initial_balances: holders.map((h) => ({ address: h.address, amount: '1000000000' })) }, { label: 'bench' });
  chain.nextBlock();
  return { chain, token };
}

/** Pre-signed cw20 transfer txs: `blocks` blocks of `perBlock`, tx n signed by `senders[pick(n)]`. */
async function signCw20Transfers(chain: TestChain, token: string, senders: TxSigner[], perBlock: number, blocks: number, pick: (n: number) => number): Promise<Uint8Array[][]> {
  const accNums = senders.map((s) => chain.m.keepers.auth.getAccount(chain.queryContext(), s.address)!.accountNumber);
  const sequences = senders.map(() => 0);
  const signed: Uint8Array[][] = [];
  for (let b = 0; b < blocks; b++) {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < perBlock; i++) {
      const k = pick(b * perBlock + i);
      const s = senders[k]!;
      const msg = { transfer: { recipient: senders[(k + 1) % senders.length]!.address, amount: '1' } };
      txs.push(
        await s.sign({
          msgs: [{ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender: s.address, contract: token, msg: new TextEncoder().encode(JSON.stringify(msg)), funds: [] }) }],
          fee: { amount: [{ denom: 'stake', amount: '5000' }], gas: 500_000 },
          chainId: chain.chainId,
          accountNumber: accNums[k]!,
          sequence: sequences[k]!++,
        }),
      );
    }
    signed.push(txs);
  }
  return signed;
}

/** Delivers pre-signed blocks; the median txs/s of every block but the first (warm-up). */
function deliverCw20Blocks(chain: TestChain, signed: Uint8Array[][]): number {
  const rates: number[] = [];
  signed.forEach((txs, b) => {
    const t0 = performance.now();
    for (const tx of txs) {
      const r = chain.m.app.deliverTx(tx);
      if (r.code !== 0) throw new Error(`bench cw20 tx failed: ${r.log}`);
    }
    chain.nextBlock();
    if (b > 0) rates.push((txs.length / (performance.now() - t0)) * 1000);
  });
  return median(rates);
}

/** Signed cw20 transfers (MsgExecuteContract) per second through the whole pipeline, 50 signers in turn. */
export async function signedCw20TransferRate(): Promise<number> {
  const keys = await Promise.all(Array.from({ length: 50 }, (_, i) => TxSigner.fromLabel(`cw20-sender-${i}`, 'mesh')));
  const { chain, token } = await cw20Chain(keys, false);
  const senders = keys.map((k) => k.withRegistry(chain.registry));
  return deliverCw20Blocks(chain, await signCw20Transfers(chain, token, senders, 100, 7, (n) => n % senders.length));
}

/**
 * The same, but every tx is the first of a new account (its key is set by the tx): no verification
 * work carried over from an earlier signature of the same key. One figure per mode, same txs.
 */
export async function signedCw20FreshSignerRate(modes: Array<{ backend: Secp256k1BackendName; verify: VerifyMode }>, pool: SignatureVerifyPool): Promise<number[]> {
  const perBlock = 100;
  const blocks = 5;
  const keys = await Promise.all(Array.from({ length: perBlock * blocks }, (_, i) => TxSigner.fromLabel(`cw20-fresh-${i}`, 'mesh')));
  const first = await cw20Chain(keys, false);
  const senders = keys.map((k) => k.withRegistry(first.chain.registry));
  const signed = await signCw20Transfers(first.chain, first.token, senders, perBlock, blocks, (n) => n);
  const out: number[] = [];
  for (const mode of modes) {
    selectSecp256k1Backend(mode.backend);
    const { chain, token } = await cw20Chain(keys, false);
    if (token !== first.token) throw new Error('bench: the cw20 address differs between identical chains');
    out.push(
      await runBlocks(chain.m.app, signed, mode.verify, pool, (txs, decoded) => {
        for (let i = 0; i < txs.length; i++) {
          const r = chain.m.app.deliverTx(txs[i]!, decoded[i]);
          if (r.code !== 0) throw new Error(`bench cw20 tx failed: ${r.log}`);
        }
        chain.nextBlock();
      }),
    );
  }
  return out;
}

/** cw20 transfers per second executed through the harness (no signatures), 500 per block. */
export async function harnessCw20TransferRate(): Promise<number> {
  const holders = await Promise.all(Array.from({ length: 10 }, (_, i) => TxSigner.fromLabel(`cw20-holder-${i}`, 'mesh')));
  const { chain, token } = await cw20Chain(holders);
  const rates: number[] = [];
  for (let b = 0; b < 7; b++) {
    const t0 = performance.now();
    for (let i = 0; i < 500; i++) chain.execute(holders[i % 10]!.address, token, { transfer: { recipient: holders[(i + 1) % 10]!.address, amount: '1' } });
    chain.nextBlock();
    if (b > 0) rates.push((500 / (performance.now() - t0)) * 1000);
  }
  return median(rates);
}

type FreshSignerBench = (modes: Array<{ backend: Secp256k1BackendName; verify: VerifyMode }>, pool: SignatureVerifyPool) => Promise<number[]>;

/**
 * With `MESHWORK_BENCH_BASELINE=<another checkout's dist>`, the fresh-signer figures of the mode a
 * node uses (pipelined) again, that checkout's benchmark (its own app, pool and harness code) and
 * this one's alternating three times, so both meet the same machine load; medians and their ratio.
 */
async function freshSignerBaseline(report: Report, inUse: Secp256k1BackendName, pool: SignatureVerifyPool): Promise<void> {
  const baseline = process.env.MESHWORK_BENCH_BASELINE;
  if (baseline === undefined || baseline === '') return;
  const old = (await import(pathToFileURL(join(baseline, 'scripts', 'bench-chain.js')).href)) as { signedBankSendFreshRate: FreshSignerBench; signedCw20FreshSignerRate: FreshSignerBench };
  const oldPoolModule = (await import(pathToFileURL(join(baseline, 'chain', 'tx', 'verify-pool.js')).href)) as { SignatureVerifyPool: new () => SignatureVerifyPool };
  const oldPool = new oldPoolModule.SignatureVerifyPool();
  const modes = [{ backend: inUse, verify: 'pipelined' as const }];
  try {
    for (const [what, mine, theirs] of [
      ['signed bank sends/s, each from a new signer', signedBankSendFreshRate, old.signedBankSendFreshRate],
      ['signed cw20 transfers/s, each from a new signer', signedCw20FreshSignerRate, old.signedCw20FreshSignerRate],
    ] as const) {
      const olds: number[] = [];
      const news: number[] = [];
      for (let i = 0; i < 3; i++) {
        olds.push((await theirs(modes, oldPool))[0]!);
        news.push((await mine(modes, pool))[0]!);
      }
      takeMainThreadUsPerTx();
      report(`chain: ${what}, pipelined, baseline (${baseline}), 3 runs alternating`, fmt(median(olds)), '');
      report(`chain: ${what}, pipelined, this checkout, 3 runs alternating`, fmt(median(news)), '');
      report(`chain: ${what}, pipelined, this / baseline (medians)`, `${fmt(median(news) / median(olds), 2)}×`, '');
    }
  } finally {
    await oldPool.close();
  }
}

export async function benchChain(report: Report): Promise<void> {
  const inUse = secp256k1Backend().backend.name;
  const verify = secp256k1VerifyRate();
  report('chain: raw secp256k1 verifies/s, noble verify, one key (the old path)', fmt(verify), '');
  const perBackend = new Map<Secp256k1BackendName, number>();
  for (const name of SECP256K1_BACKENDS) {
    perBackend.set(name, backendVerifyRate(name));
    report(`chain: raw secp256k1 verifies/s, ${name} backend, a new key each${name === inUse ? ' (in use)' : ''}`, fmt(perBackend.get(name)!), name === inUse ? 'target ≥ 10,000' : '');
  }
  report('chain: raw verifies, backend in use / noble (old path)', `${fmt(perBackend.get(inUse)! / verify, 1)}×`, '');
  const pool = new SignatureVerifyPool();
  try {
    report(`chain: secp256k1 verifies/s on the worker pool (${pool.threads} threads, ${pool.backend}), a new key each`, fmt(await poolVerifyRate(pool)), '');
    const modes: Array<{ backend: Secp256k1BackendName; verify: VerifyMode; label: string }> = [
      { backend: 'noble', verify: 'ante', label: 'noble in the ante (old path)' },
      { backend: inUse, verify: 'ante', label: `${inUse} in the ante` },
      { backend: inUse, verify: 'pool', label: `${inUse}, block verified on the pool first` },
      { backend: inUse, verify: 'pipelined', label: `${inUse}, next block verified on the pool meanwhile` },
    ];
    const note = (target: string, us: number | undefined) => [target, us === undefined ? '' : `main thread ${fmt(us)} µs/tx`].filter((x) => x !== '').join('; ');
    takeMainThreadUsPerTx();
    const bank = await signedBankSendFreshRate(modes, pool);
    const bankCpu = takeMainThreadUsPerTx();
    modes.forEach((m, i) => report(`chain: signed bank sends/s, each from a new signer — ${m.label}`, fmt(bank[i]!), note(i > 0 ? `target ≥ 4,000; ${fmt(bank[i]! / bank[0]!, 1)}× old` : '', bankCpu[i])));
    const fresh = await signedCw20FreshSignerRate(modes, pool);
    const freshCpu = takeMainThreadUsPerTx();
    modes.forEach((m, i) => report(`chain: signed cw20 transfers/s, each from a new signer — ${m.label}`, fmt(fresh[i]!), note(i > 0 ? `target ≥ 3,000; ${fmt(fresh[i]! / fresh[0]!, 1)}× old` : '', freshCpu[i])));
    await freshSignerBaseline(report, inUse, pool);
  } finally {
    selectSecp256k1Backend(inUse);
    await pool.close();
  }
  const sends = await signedBankSendRate();
  report(`chain: signed bank sends/s (decode+ante+msg+commit, 200 txs/block, 50 signers in turn, ${inUse})`, fmt(sends), '');
  const cw20 = await signedCw20TransferRate();
  report(`chain: signed cw20_base transfers/s (MsgExecuteContract, 100 txs/block, 50 signers in turn, ${inUse})`, fmt(cw20), '');
  report('chain: harness cw20_base transfers/s (unsigned, 500 per block)', fmt(await harnessCw20TransferRate()), '');
  for (const size of [10_000, 100_000]) report(`chain: commit of a block writing 200 keys, ${fmt(size)} keys in state`, `${fmt(commitTime(size), 2)} ms`, '');
}
