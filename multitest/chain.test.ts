import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TestChain } from './chain.js';
import { NS_PER_SECOND } from '../chain/kernel/context.js';

describe('TestChain harness (single chain)', () => {
  test('genesis funds, unsigned execution as any address, blocks and time', () => {
    let alice = '';
    const chain = TestChain.create({
      genesis: (g) => {
        alice = g.m.codec.encode(new Uint8Array(20).fill(1));
        g.fund(alice, 1000n).fund(alice, 5n, 'uatom');
      },
    });
    const bob = chain.addr('bob');
    expect(chain.height).toBe(1);
    chain.send(alice, bob, 300n);
    expect(chain.balance(bob)).toBe(300n);
    expect(() => chain.send(bob, alice, 301n)).toThrow(/insufficient funds/);
    expect(chain.balance(bob)).toBe(300n);
    expect(() => chain.executeAs(bob, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: alice, toAddress: bob, amount: [{ denom: 'stake', amount: '1' }] }) }])).toThrow(/must be signed by/);
    const t = chain.time;
    chain.nextBlock();
    expect(chain.height).toBe(2);
    expect(chain.time).toBe(t + 5n * NS_PER_SECOND);
    chain.advanceTime(3600);
    expect(chain.time).toBe(t + 3605n * NS_PER_SECOND);
    expect(chain.allBalances(alice)).toEqual([{ denom: 'stake', amount: 700n }, { denom: 'uatom', amount: 5n }]);
  });

  test('snapshot and restore', () => {
    const chain = TestChain.create({ genesis: (g) => g.fund(g.m.codec.encode(new Uint8Array(20).fill(2)), 1000n) });
    const rich = chain.m.codec.encode(new Uint8Array(20).fill(2));
    const bob = chain.addr('bob');
    const snap = chain.snapshot();
    const h = chain.height;
    const hash = chain.m.app.lastAppHash();
    chain.send(rich, bob, 10n);
    chain.advanceBlocks(3);
    expect(chain.balance(bob)).toBe(10n);
    chain.restore(snap);
    expect(chain.height).toBe(h);
    expect(chain.balance(bob)).toBe(0n);
    expect(Buffer.from(chain.m.app.lastAppHash()).toString('hex')).toBe(Buffer.from(hash).toString('hex'));
    chain.send(rich, bob, 4n);
    chain.nextBlock();
    expect(chain.balance(bob)).toBe(4n);
  });

  test('signed txs through the real ante path', async () => {
    const chain = TestChain.create();
    const alice = await chain.signer('alice');
    chain.m.app.runInBlock((ctx) => chain.m.keepers.bank.initBalance(ctx, alice.address, [{ denom: 'stake', amount: 1_000_000n }]));
    chain.withContext((ctx) => chain.m.keepers.auth.ensureAccount(ctx, alice.address));
    const bob = chain.addr('bob');
    const r = await chain.deliverTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: alice.address, toAddress: bob, amount: [{ denom: 'stake', amount: '42' }] }) }]);
    expect(r.log).toBe('');
    expect(chain.balance(bob)).toBe(42n);
    const r2 = await chain.deliverTx(alice, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: alice.address, toAddress: bob, amount: [{ denom: 'stake', amount: '1' }] }) }]);
    expect(r2.code).toBe(0);
    chain.nextBlock();
    expect(chain.lastBlock!.txResults.length).toBe(2);
  });
  test('consensus halts with more than 1/3 offline and resumes when validators return', () => {
    let vals: { signer: { address: Uint8Array } }[] = [];
    const chain = TestChain.create({ genesis: (g) => (vals = [g.validator('v1', 1_000_000n), g.validator('v2', 1_000_000n), g.validator('v3', 1_000_000n), g.validator('v4', 1_000_000n)]) });
    chain.nextBlock();
    const h = chain.m.app.lastBlockHeight;
    chain.setOnline(vals[1]!.signer.address, false);
    chain.setOnline(vals[2]!.signer.address, false);
    expect(() => chain.nextBlock()).toThrow(/consensus halts/);
    expect(() => chain.nextBlock()).toThrow(/consensus halts/);
    chain.setOnline(vals[1]!.signer.address, true);
    chain.nextBlock();
    chain.nextBlock();
    expect(chain.m.app.lastBlockHeight).toBe(h + 2);
  });
});
