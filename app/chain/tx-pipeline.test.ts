import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { QueryAccountRequest } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { createMeshworkApp, type MeshworkApp } from './meshwork-app.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import type { TxResult } from '../../chain/kernel/baseapp.js';

const CHAIN = 'meshwork-test-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;

function sendMsg(from: string, to: string, amount: string, denom = 'stake') {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: from, toAddress: to, amount: [{ denom, amount }] }) };
}

class Harness {
  height = 0;
  constructor(readonly m: MeshworkApp) {}
  block(txs: Uint8Array[]): TxResult[] {
    this.height++;
    const r = this.m.app.finalizeBlock({ height: this.height, time: T0 + BigInt(this.height) * 5n * NS_PER_SECOND, proposer: new Uint8Array(20), txs, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    this.m.app.commit();
    return r.txResults;
  }
  balance(addr: string, denom = 'stake'): bigint {
    const r = this.m.app.query({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: addr, denom }).finish() });
    expect(r.code).toBe(0);
    return BigInt(QueryBalanceResponse.decode(r.value).balance!.amount);
  }
  account(addr: string) {
    const ctx = this.m.app.queryContext();
    return this.m.keepers.auth.getAccount(ctx, addr)!;
  }
}

describe('signed transactions through the real ante path', () => {
  let h: Harness;
  let alice: TxSigner;
  let bob: TxSigner;
  before(async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(
      'surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put',
      { prefix: 'mesh' },
    );
    alice = await TxSigner.fromWallet(wallet);
    bob = await TxSigner.fromLabel('bob', 'mesh');
    const m = createMeshworkApp({ chainId: CHAIN, minGasPrice: { num: 1n, den: 100n } });
    m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: [{ address: alice.address, coins: [{ denom: 'stake', amount: '1000000' }, { denom: 'uatom', amount: '50' }] }] } } });
    h = new Harness(m);
    h.block([]);
  });

  const fee = (amount: string, gas: number) => ({ amount: [{ denom: 'stake', amount }], gas });

  test('a DirectSecp256k1HdWallet-signed MsgSend is accepted; fee goes to the fee collector', async () => {
    const acc = h.account(alice.address);
    expect(acc.sequence).toBe(0n);
    const tx = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '1000')], fee: fee('2000', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: 0 });
    expect(h.m.app.checkTx(tx).code).toBe(0);
    const [r] = h.block([tx]);
    expect(r!.log).toBe('');
    expect(r!.code).toBe(0);
    expect(r!.gasUsed).toBeGreaterThan(0n);
    expect(r!.gasUsed).toBeLessThanOrEqual(200_000n);
    expect(h.balance(bob.address)).toBe(1000n);
    expect(h.balance(alice.address)).toBe(1_000_000n - 1000n - 2000n);
    expect(h.balance(h.m.keepers.auth.moduleAddress('fee_collector'))).toBe(2000n);
    expect(h.account(alice.address).sequence).toBe(1n);
    expect(h.account(alice.address).pubKey?.typeUrl).toBe('/cosmos.crypto.secp256k1.PubKey');
    const types = r!.events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['tx', 'message', 'coin_spent', 'coin_received', 'transfer']));
  });

  test('a wrong signature is rejected and changes nothing', async () => {
    const before = { a: h.balance(alice.address), seq: h.account(alice.address).sequence };
    const acc = h.account(alice.address);
    const good = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '1')], fee: fee('2000', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    const raw = TxRaw.decode(good);
    raw.signatures[0]![5]! ^= 1;
    const bad = TxRaw.encode(raw).finish();
    const wrongChain = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '1')], fee: fee('2000', 200_000), chainId: 'other-chain', accountNumber: acc.accountNumber, sequence: acc.sequence });
    // The valid signature passes CheckTx (and is remembered); a one-bit change is a different signature.
    expect(h.m.app.checkTx(good).code).toBe(0);
    h.block([]);
    // A recheck (mempool, after a block) trusts the signature it verified at admission, as the SDK
    // does on ReCheckTx; every other check still runs.
    expect(h.m.app.recheckTx(bad).code).toBe(0);
    const stale = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '1')], fee: fee('2000', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: Number(acc.sequence) + 5 });
    expect(h.m.app.recheckTx(stale).code).toBe(32);
    h.block([]);
    for (const tx of [bad, wrongChain]) {
      expect(h.m.app.checkTx(tx).code).toBe(4);
      const [r] = h.block([tx]);
      expect(r!.code).toBe(4);
      expect(r!.codespace).toBe('sdk');
      expect(r!.log).toMatch(/signature verification failed; please verify account number \(\d+\), sequence \(1\) and chain-id \(meshwork-test-1\): unauthorized/);
    }
    expect(h.balance(alice.address)).toBe(before.a);
    expect(h.account(alice.address).sequence).toBe(before.seq);
  });

  test('a replayed sequence is rejected with code 32 and the SDK log text', async () => {
    const acc = h.account(alice.address);
    const tx = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '5')], fee: fee('2000', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    expect(h.block([tx])[0]!.code).toBe(0);
    const bal = h.balance(alice.address);
    const [r] = h.block([tx]);
    expect(r!.code).toBe(32);
    expect(r!.log).toBe(`account sequence mismatch, expected ${acc.sequence + 1n}, got ${acc.sequence}: incorrect account sequence`);
    expect(h.balance(alice.address)).toBe(bal);
  });

  test('a fee below the node minimum gas price fails CheckTx; a fee beyond the balance fails delivery', async () => {
    const acc = h.account(alice.address);
    const cheap = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '5')], fee: fee('1999', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    const r = h.m.app.checkTx(cheap);
    expect(r.code).toBe(13);
    expect(r.log).toBe('insufficient fees; got: 1999stake required: 2000stake: insufficient fee');
    const wrongDenom = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '5')], fee: { amount: [{ denom: 'uatom', amount: '10' }], gas: 200_000 }, chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    expect(h.m.app.checkTx(wrongDenom).code).toBe(13);
    const bal = h.balance(alice.address);
    const tooMuch = await alice.sign({ msgs: [sendMsg(alice.address, bob.address, '5')], fee: fee('99999999', 200_000), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    const [d] = h.block([tooMuch]);
    expect(d!.code).toBe(5);
    expect(d!.log).toContain('insufficient funds to pay fees');
    expect(h.balance(alice.address)).toBe(bal);
    expect(h.account(alice.address).sequence).toBe(acc.sequence);
  });

  test('out of gas: the message is reverted, the fee and the sequence stay', async () => {
    const acc = h.account(alice.address);
    const balA = h.balance(alice.address);
    const balB = h.balance(bob.address);
    // A limit just above what the ante needs (CheckTx runs the ante only), so the send itself runs out.
    const signWith = (gas: number) => alice.sign({ msgs: [sendMsg(alice.address, bob.address, '7')], fee: fee('2000', gas), chainId: CHAIN, accountNumber: acc.accountNumber, sequence: acc.sequence });
    const anteGas = Number(h.m.app.checkTx(await signWith(100_000)).gasUsed);
    const limit = anteGas + 100;
    const tx = await signWith(limit);
    const [r] = h.block([tx]);
    expect(r!.code).toBe(11);
    expect(r!.log).toMatch(new RegExp(`^out of gas in location: .*; gasWanted: ${limit}, gasUsed: \\d+: out of gas$`));
    expect(r!.gasUsed).toBe(BigInt(limit));
    expect(h.balance(alice.address)).toBe(balA - 2000n);
    expect(h.balance(bob.address)).toBe(balB);
    expect(h.account(alice.address).sequence).toBe(acc.sequence + 1n);
  });

  test('a failing message reverts the whole tx but keeps fee and sequence', async () => {
    const acc = h.account(alice.address);
    const balA = h.balance(alice.address);
    const balB = h.balance(bob.address);
    const tx = await alice.sign({
      msgs: [sendMsg(alice.address, bob.address, '10'), sendMsg(alice.address, bob.address, '51', 'uatom')],
      fee: fee('2000', 200_000),
      chainId: CHAIN,
      accountNumber: acc.accountNumber,
      sequence: acc.sequence,
    });
    const [r] = h.block([tx]);
    expect(r!.code).toBe(5);
    expect(r!.log).toBe('spendable balance 50uatom is smaller than 51uatom: insufficient funds');
    expect(h.balance(alice.address)).toBe(balA - 2000n);
    expect(h.balance(bob.address)).toBe(balB);
    expect(h.account(alice.address).sequence).toBe(acc.sequence + 1n);
  });

  test('simulate (as CosmJS sends it: empty signature, no fee) reports gas and changes nothing', () => {
    const acc = h.account(alice.address);
    const sim = alice.simulationTx([sendMsg(alice.address, bob.address, '3')], acc.sequence);
    const r = h.m.app.simulate(sim);
    expect(r.code).toBe(0);
    expect(r.gasUsed).toBeGreaterThan(10_000n);
    expect(h.account(alice.address).sequence).toBe(acc.sequence);
    const q = h.m.app.query({ path: '/cosmos.tx.v1beta1.Service/Simulate', data: SimulateRequest.encode({ txBytes: sim }).finish() });
    expect(q.code).toBe(0);
    expect(SimulateResponse.decode(q.value).gasInfo!.gasUsed).toBe(r.gasUsed);
    expect(h.m.app.query({ path: '/cosmos.tx.v1beta1.Service/Simulate', data: new Uint8Array() }).code).toBe(18);
  });

  test('malformed bytes and unknown messages are clear errors', async () => {
    const [r] = h.block([Uint8Array.of(1, 2, 3)]);
    expect(r!.code).toBe(2);
    const acc = h.account(alice.address);
    const r2 = h.m.app.query({ path: '/cosmos.auth.v1beta1.Query/Account', data: QueryAccountRequest.encode({ address: bob.address.slice(0, -1) + 'q' }).finish() });
    expect(r2.code).not.toBe(0);
    const r3 = h.m.app.query({ path: '/cosmos.auth.v1beta1.Query/Account', data: QueryAccountRequest.encode({ address: (await TxSigner.fromLabel('nobody', 'mesh')).address }).finish() });
    expect(r3.log).toContain('rpc error: code = NotFound');
    expect(acc.sequence).toBe(h.account(alice.address).sequence);
  });
});

describe('block max gas in delivery (SDK v0.50 block gas meter)', () => {
  test('a tx passing the block max gas keeps its fee but not its messages; the next finds no gas left', async () => {
    const senders = await Promise.all([1, 2, 3].map((i) => TxSigner.fromLabel(`gas-sender-${i}`, 'mesh')));
    const to = await TxSigner.fromLabel('gas-receiver', 'mesh');
    const m = createMeshworkApp({ chainId: CHAIN, blockMaxGas: 80_000n });
    m.app.initChain({ chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: { bank: { balances: senders.map((s) => ({ address: s.address, coins: [{ denom: 'stake', amount: '1000000' }] })) } } });
    const h = new Harness(m);
    h.block([]);
    const txs = await Promise.all(
      senders.map((s) => s.sign({ msgs: [sendMsg(s.address, to.address, '10')], fee: { amount: [{ denom: 'stake', amount: '100' }], gas: 70_000 }, chainId: CHAIN, accountNumber: h.account(s.address).accountNumber, sequence: 0 })),
    );
    const [first, second, third] = h.block(txs);
    expect(first!.code).toBe(0);
    // The second would bring the block over 80k: out of gas, its send undone, its fee and sequence kept.
    expect(second!.code).toBe(11);
    expect(second!.log).toMatch(/block gas meter/);
    expect(first!.gasUsed + second!.gasUsed).toBeGreaterThan(80_000n);
    expect(third!.code).toBe(11);
    expect(third!.log).toMatch(/no block gas left/);
    expect(h.balance(to.address)).toBe(10n);
    expect(h.balance(senders[1]!.address)).toBe(1_000_000n - 100n);
    expect(h.account(senders[1]!.address).sequence).toBe(1n);
    expect(h.account(senders[2]!.address).sequence).toBe(0n);
    // A tx whose limit alone passes the block max gas never runs.
    const big = await senders[2]!.sign({ msgs: [sendMsg(senders[2]!.address, to.address, '10')], fee: { amount: [{ denom: 'stake', amount: '100' }], gas: 80_001 }, chainId: CHAIN, accountNumber: h.account(senders[2]!.address).accountNumber, sequence: 0 });
    expect(m.app.checkTx(big).log).toMatch(/exceeds the block max gas/);
  });
});
