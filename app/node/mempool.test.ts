import { describe, test, beforeEach } from 'node:test';
import { expect } from 'expect';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { createMeshworkApp, type MeshworkApp } from '../chain/meshwork-app.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import { Mempool, MempoolError, type MempoolLimits } from './mempool.js';

const CHAIN = 'mempool-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;
const LIMITS: MempoolLimits = { maxTxs: 100, maxTxsBytes: 1_000_000, maxTxBytes: 100_000, cacheSize: 1000, blockMaxGas: 10_000_000n };

let signers: TxSigner[];

/** The real app in memory with funded accounts a, b, c, after block 1. */
async function setup(): Promise<{ m: MeshworkApp; accNum: bigint[]; height: number }> {
  signers ??= await Promise.all(['a', 'b', 'c'].map((l) => TxSigner.fromLabel(`mempool/${l}`, 'mesh')));
  const m = createMeshworkApp({ chainId: CHAIN, minGasPrice: { num: 1n, den: 1000n } });
  m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: signers.map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: '1000000000' }] })) } } });
  m.app.finalizeBlock({ height: 1, time: T0, proposer: new Uint8Array(20), txs: [], lastCommit: { round: 0, votes: [] }, misbehavior: [] });
  m.app.commit();
  const accNum = signers.map((s) => m.keepers.auth.getAccount(m.app.queryContext(), s.address)!.accountNumber);
  return { m, accNum, height: 1 };
}

describe('mempool', () => {
  let m: MeshworkApp;
  let accNum: bigint[];
  let height: number;
  beforeEach(async () => {
    ({ m, accNum, height } = await setup());
  });

  /** A MsgSend from signer `i` with `fee` stake for `gas` gas. */
  const tx = (i: number, sequence: number, fee: number, gas = 100_000, memo = ''): Promise<Uint8Array> =>
    signers[i]!.sign({
      msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: signers[i]!.address, toAddress: signers[(i + 1) % 3]!.address, amount: [{ denom: 'stake', amount: '1' }] }) }],
      fee: { amount: [{ denom: 'stake', amount: String(fee) }], gas },
      chainId: CHAIN,
      accountNumber: accNum[i]!,
      sequence,
      memo,
    });

  const commit = (txs: Uint8Array[]): void => {
    height++;
    const r = m.app.finalizeBlock({ height, time: T0 + BigInt(height) * NS_PER_SECOND, proposer: new Uint8Array(20), txs, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    for (const t of r.txResults) expect(t.log).toBe('');
    m.app.commit();
  };

  test('reaps by fee per gas across senders, in sequence order within a sender', async () => {
    const pool = new Mempool(m.app, LIMITS, 'stake');
    const a0 = await tx(0, 0, 100); // 0.001/gas
    const a1 = await tx(0, 1, 10_000); // 0.1/gas, but after a0
    const b0 = await tx(1, 0, 1_000); // 0.01/gas
    const c0 = await tx(2, 0, 2_000, 200_000); // 0.01/gas, arrived after b0
    for (const t of [a0, a1, b0, c0]) expect(pool.add(t).added).toBe(true);
    const order = pool.reap(1_000_000n, -1n).map((t) => t.bytes);
    expect(order).toEqual([b0, c0, a0, a1]);
    commit(order);
    expect(pool.update(order)).toEqual([]);
    expect(pool.size).toBe(0);
  });

  test('block gas and byte limits: a sender whose next tx does not fit waits for the next block', async () => {
    const pool = new Mempool(m.app, LIMITS, 'stake');
    const a0 = await tx(0, 0, 1_000, 300_000);
    const a1 = await tx(0, 1, 1_000, 100_000);
    const b0 = await tx(1, 0, 1_000, 100_000);
    for (const t of [a0, a1, b0]) pool.add(t);
    // 0.0033/gas for a0 vs 0.01 for b0: b0 first, then a0 does not fit 350k; a1 must not jump ahead.
    expect(pool.reap(1_000_000n, 350_000n).map((t) => t.bytes)).toEqual([b0]);
    expect(pool.reap(1_000_000n, 400_000n).map((t) => t.bytes)).toEqual([b0, a0]);
    expect(pool.reap(BigInt(b0.length), -1n).map((t) => t.bytes)).toEqual([b0]);
  });

  test('CheckTx failures are results, not admissions; mempool refusals are MempoolErrors', async () => {
    const pool = new Mempool(m.app, { ...LIMITS, maxTxs: 2 }, 'stake');
    const wrongSeq = pool.add(await tx(0, 5, 1_000));
    expect(wrongSeq.added).toBe(false);
    expect(wrongSeq.check.code).toBe(32);
    expect(wrongSeq.check.log).toMatch(/account sequence mismatch, expected 0, got 5/);
    const cheap = pool.add(await tx(0, 0, 1, 100_000));
    expect(cheap.added).toBe(false);
    expect(cheap.check.code).toBe(13); // below the node's min gas price
    const garbage = pool.add(new Uint8Array([1, 2, 3]));
    expect(garbage.check.code).toBe(2);
    const a0 = await tx(0, 0, 1_000);
    expect(pool.add(a0).added).toBe(true);
    expect(() => pool.add(a0)).toThrow(expect.objectContaining({ name: 'MempoolError', reason: 'duplicate' }));
    expect(() => pool.add(new Uint8Array(100_001))).toThrow(expect.objectContaining({ reason: 'too_large' }));
    expect(() => pool.add(new Uint8Array(10))).not.toThrow();
    pool.add(await tx(1, 0, 1_000));
    expect(() => pool.add(new Uint8Array(11))).toThrow(MempoolError);
    expect(() => pool.add(new Uint8Array(11))).toThrow(/mempool is full/);
    const big = await tx(2, 0, 100_000, 20_000_000);
    expect(() => new Mempool(m.app, LIMITS, 'stake').add(big)).toThrow(expect.objectContaining({ reason: 'gas_limit' }));
    expect(pool.size).toBe(2);
  });

  test('after a block, txs made invalid by it are dropped and the rest re-checked in order', async () => {
    const pool = new Mempool(m.app, LIMITS, 'stake');
    const a0 = await tx(0, 0, 1_000);
    const a1 = await tx(0, 1, 1_000);
    const b0 = await tx(1, 0, 1_000);
    for (const t of [a0, a1, b0]) pool.add(t);
    // Another proposer's block used a's sequence 0 with a different tx, and included b0.
    const other = await tx(0, 0, 1_000, 100_000, 'from elsewhere');
    commit([other, b0]);
    const dropped = pool.update([other, b0]);
    expect(dropped.map((d) => d.tx.bytes)).toEqual([a0]);
    expect(dropped[0]!.check.code).toBe(32);
    expect(pool.pending().map((t) => t.bytes)).toEqual([a1]);
    // a1 (sequence 1) is valid on the new state; the committed b0 is remembered as seen.
    expect(() => pool.add(b0)).toThrow(/already exists in cache/);
    const a2 = await tx(0, 2, 1_000);
    expect(pool.add(a2).added).toBe(true);
    commit(pool.reap(1_000_000n, -1n).map((t) => t.bytes));
    pool.update([a1, a2]);
    expect(pool.size).toBe(0);
    expect(m.keepers.auth.getAccount(m.app.queryContext(), signers[0]!.address)!.sequence).toBe(3n);
  });

  test('deferred re-check (by signer): the pool, the verdicts and the next block are those of the re-check of everything at once', async () => {
    // A second app in the same state, so each pool has its own check state.
    const other = await setup();
    const eager = new Mempool(other.m.app, LIMITS, 'stake');
    const droppedLazily: string[] = [];
    const lazy = new Mempool(m.app, LIMITS, 'stake', { conflictKeys: (d) => d.signers, onDropped: (d) => droppedLazily.push(d.tx.key) });
    const a = await Promise.all([0, 1, 2, 3].map((q) => tx(0, q, 1_000)));
    const b = await Promise.all([0, 1, 2].map((q) => tx(1, q, 2_000)));
    const c = await Promise.all([0, 1].map((q) => tx(2, q, 3_000)));
    for (const t of [a[0]!, b[0]!, a[1]!, c[0]!, b[1]!, a[2]!, c[1]!, b[2]!, a[3]!]) {
      expect(eager.add(t).added).toBe(true);
      expect(lazy.add(t).added).toBe(true);
    }
    // A block from elsewhere: a's sequence 0 used by another tx, b0 included; both apps commit it.
    const conflicting = await tx(0, 0, 1_000, 100_000, 'from elsewhere');
    const block = [conflicting, b[0]!];
    commit(block);
    height--;
    const r = other.m.app.finalizeBlock({ height: height + 1, time: T0 + BigInt(height + 1) * NS_PER_SECOND, proposer: new Uint8Array(20), txs: block, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    other.m.app.commit();
    height++;
    expect(r.appHash).toEqual(m.app.lastAppHash());
    const droppedEagerly = eager.update(block).map((d) => d.tx.key);
    expect(lazy.update(block)).toEqual([]);
    expect(lazy.recheckPending).toBe(8);
    // A new tx of c's: only c's stale txs are re-checked before it (a's and b's wait).
    const c2 = await tx(2, 2, 3_000);
    expect(eager.add(c2)).toMatchObject({ added: true, check: { code: 0 } });
    expect(lazy.add(c2)).toMatchObject({ added: true, check: { code: 0 } });
    expect(lazy.recheckPending).toBe(6);
    // a's next sequence: a0 is dropped (sequence used) and a1..a3 re-checked first, in order.
    const a4 = await tx(0, 4, 1_000);
    const fromEager = eager.add(a4);
    const fromLazy = lazy.add(a4);
    expect(fromEager.added).toBe(true);
    expect(fromLazy.check.code).toBe(fromEager.check.code);
    expect(fromLazy.check.log).toBe(fromEager.check.log);
    expect(lazy.recheckPending).toBe(2);
    expect(droppedLazily).toEqual(droppedEagerly);
    expect(droppedEagerly).toHaveLength(1);
    // The rest in the background; then both pools reap the same block.
    while (lazy.recheckSome(0));
    expect(lazy.recheckPending).toBe(0);
    expect(lazy.pending().map((t) => t.key).sort()).toEqual(eager.pending().map((t) => t.key).sort());
    expect(lazy.reap(1_000_000n, -1n).map((t) => t.key)).toEqual(eager.reap(1_000_000n, -1n).map((t) => t.key));
  });

  test('deferred re-check: reap finishes the re-checks first, and a tx the block made invalid is not reaped', async () => {
    const lazy = new Mempool(m.app, LIMITS, 'stake', { conflictKeys: (d) => d.signers });
    const a0 = await tx(0, 0, 1_000);
    const a1 = await tx(0, 1, 1_000);
    for (const t of [a0, a1]) lazy.add(t);
    const conflicting = await tx(0, 0, 1_000, 100_000, 'from elsewhere');
    commit([conflicting]);
    lazy.update([conflicting]);
    expect(lazy.size).toBe(2); // not yet re-checked
    expect(lazy.reap(1_000_000n, -1n).map((t) => t.bytes)).toEqual([a1]);
    expect(lazy.size).toBe(1);
    expect(lazy.sizeBytes).toBe(a1.length);
  });
});
