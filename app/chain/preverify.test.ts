import { after, before, describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { createMeshworkApp, type MeshworkApp } from './meshwork-app.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import type { FinalizeBlockResult } from '../../chain/kernel/baseapp.js';
import { preverifySignatures } from '../../chain/tx/preverify.js';
import { SignatureVerifyPool } from '../../chain/tx/verify-pool.js';

const CHAIN = 'preverify-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;
const fee = { amount: [{ denom: 'stake', amount: '2000' }], gas: 200_000 };

function send(from: string, to: string, amount: string) {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom: 'stake', amount }] }) };
}

function chain(funded: TxSigner[]): { m: MeshworkApp; block: (txs: Uint8Array[]) => FinalizeBlockResult } {
  const m = createMeshworkApp({ chainId: CHAIN });
  m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: funded.map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: '1000000000' }] })) } } });
  let height = 0;
  const block = (txs: Uint8Array[]) => {
    height++;
    const r = m.app.finalizeBlock({ height, time: T0 + BigInt(height) * NS_PER_SECOND, proposer: new Uint8Array(20), txs, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    m.app.commit();
    return r;
  };
  block([]);
  return { m, block };
}

describe('signatures verified ahead on the worker pool', () => {
  const pool = new SignatureVerifyPool({ threads: 2 });
  after(() => pool.close());
  let signers: TxSigner[];
  let newcomer: TxSigner;
  before(async () => {
    signers = await Promise.all(Array.from({ length: 12 }, (_, i) => TxSigner.fromLabel(`preverify-${i}`, 'mesh')));
    newcomer = await TxSigner.fromLabel('preverify-newcomer', 'mesh');
  });

  /**
   * One block: a tx from each funded signer (each its first), one with a broken signature, a
   * transfer that creates the newcomer's account and then the newcomer's own first tx (its account
   * number did not exist when the block was verified ahead).
   */
  async function blockTxs(m: MeshworkApp): Promise<{ txs: Uint8Array[]; broken: number }> {
    const ctx = m.app.queryContext();
    const txs: Uint8Array[] = [];
    for (const [i, s] of signers.entries()) {
      const acc = m.keepers.auth.getAccount(ctx, s.address)!;
      txs.push(await s.sign({ msgs: [send(s.address, signers[(i + 1) % signers.length]!.address, '5')], fee, chainId: CHAIN, accountNumber: acc.accountNumber, sequence: 0 }));
    }
    // Signer 3's tx with a flipped signature bit, first in the block (so its sequence still matches).
    const t = txs[3]!.slice();
    t[t.length - 10]! ^= 1;
    txs.unshift(t);
    const broken = 0;
    txs.push(await signers[0]!.sign({ msgs: [send(signers[0]!.address, newcomer.address, '100000')], fee, chainId: CHAIN, accountNumber: m.keepers.auth.getAccount(ctx, signers[0]!.address)!.accountNumber, sequence: 1 }));
    // The number the newcomer's account will get (read on a branch that is thrown away).
    const peek = ctx.branch();
    const newNumber = m.keepers.auth.nextAccountNumber(peek.ctx);
    peek.discard();
    txs.push(await newcomer.sign({ msgs: [send(newcomer.address, signers[1]!.address, '1')], fee, chainId: CHAIN, accountNumber: newNumber, sequence: 0 }));
    return { txs, broken };
  }

  test('a block verified ahead gives the same results and app hash as one verified in the ante, and the ante verifies only what could not be known', async () => {
    const plain = chain(signers);
    const ahead = chain(signers);
    const { txs, broken } = await blockTxs(plain.m);

    const report = await preverifySignatures(ahead.m.app, pool, txs);
    // Every tx but the newcomer's (no account yet): the signers' own plus the broken one.
    expect(report).toEqual({ checks: signers.length + 2, known: 0, verified: signers.length + 2 });
    const misses = ahead.m.app.signatureVerdicts.stats().misses;
    const a = ahead.block(txs);
    const p = plain.block(txs);
    // Only the newcomer's signature was verified on the main thread.
    expect(ahead.m.app.signatureVerdicts.stats().misses - misses).toBe(1);

    expect(a.txResults.map((r) => [r.code, r.log])).toEqual(p.txResults.map((r) => [r.code, r.log]));
    expect(a.txResults[broken]!.log).toMatch(/signature verification failed/);
    expect(a.txResults.filter((r) => r.code === 0).length).toBe(txs.length - 1);
    expect(Buffer.from(a.appHash).toString('hex')).toBe(Buffer.from(p.appHash).toString('hex'));
    // Verifying the same block again finds every verdict known.
    
  });

  test('CheckTx after verifying ahead runs no verification on the main thread; neither does the block', async () => {
    const { m, block } = chain(signers);
    const s = signers[5]!;
    const acc = m.keepers.auth.getAccount(m.app.queryContext(), s.address)!;
    const tx = await s.sign({ msgs: [send(s.address, signers[6]!.address, '7')], fee, chainId: CHAIN, accountNumber: acc.accountNumber, sequence: 0 });
    expect(await preverifySignatures(m.app, pool, [tx])).toEqual({ checks: 1, known: 0, verified: 1 });
    const before = m.app.signatureVerdicts.stats();
    expect(m.app.checkTx(tx).code).toBe(0);
    expect(block([tx]).txResults[0]!.code).toBe(0);
    const afterStats = m.app.signatureVerdicts.stats();
    expect(afterStats.misses).toBe(before.misses);
    expect(afterStats.hits - before.hits).toBe(2);
  });

  test('a closed pool leaves the work to the ante: same results', async () => {
    const closed = new SignatureVerifyPool({ threads: 1 });
    await closed.close();
    const { m, block } = chain(signers);
    const s = signers[2]!;
    const acc = m.keepers.auth.getAccount(m.app.queryContext(), s.address)!;
    const tx = await s.sign({ msgs: [send(s.address, signers[3]!.address, '7')], fee, chainId: CHAIN, accountNumber: acc.accountNumber, sequence: 0 });
    const r = await preverifySignatures(m.app, closed, [tx]);
    expect(r.poolError).toMatch(/closed/);
    expect(block([tx]).txResults[0]!.code).toBe(0);
  });
});
