/**
 * The behaviour-unchanged proof for refactors of the chain and the wasm module: a fixed corpus of
 * blocks on two chains joined by IBC (signed bank, staking, distribution and wasm txs; contracts
 * dispatching bank, staking, distribution and wasm messages as sub-messages with replies, reply
 * error redaction, an out-of-gas sub-message, a failing tx; contract queries of every kind; ICS-20
 * and ibc_reflect packets through the real relayer). Every finalized block is fingerprinted
 * (sha256 over its tx results, events, gas and app hash) and so is each direct contract call and
 * query; the list must equal `differential-corpus.golden.txt`, recorded on the commit before the
 * refactor. A refactor that changes any byte of a result, an event, a gas figure or the state fails.
 *
 * To re-record (only when a behaviour change is intended, and say so in the commit):
 * `MESHWORK_RECORD_GOLDEN=1 npm test -- differential-corpus`. To see what differs, run with
 * `MESHWORK_CORPUS_DUMP=/tmp/x.txt` on both commits and diff the two files.
 */
import { test } from 'node:test';
import { expect } from 'expect';
import { readFileSync, writeFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgDelegate, MsgUndelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { MsgWithdrawDelegatorReward } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { MsgExecuteContract, MsgInstantiateContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { Interchain, Order } from '../../multitest/interchain.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { prefixesFor } from '../../chain/types/address.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import type { TestChain } from '../../multitest/chain.js';
import type { FinalizeBlockResult, TxResult } from '../../chain/kernel/baseapp.js';

const GOLDEN = new URL('./differential-corpus.golden.txt', import.meta.url);
const A = 'corpus-a';
const B = 'corpus-b';
const enc = new TextEncoder();

/** JSON with bigints as decimal strings and bytes as hex, so every field is compared. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return `${x}n`;
    if (x instanceof Uint8Array) return `0x${bytesToHex(x)}`;
    return x;
  });
}
const digest = (v: unknown): string => bytesToHex(sha256(enc.encode(canonical(v))));

class Recorder {
  readonly lines: string[] = [];
  /** The full records behind the fingerprints, written out with MESHWORK_CORPUS_DUMP=<file> to diff two runs. */
  readonly full: string[] = [];
  block(chainId: string, r: FinalizeBlockResult): void {
    this.full.push(`${chainId} block ${canonical(r)}`);
    this.lines.push(`${chainId} block ${r.height} gas=${r.gasUsed} txs=${r.txResults.map((t) => `${t.code}/${t.gasUsed}`).join(',')} app=${bytesToHex(r.appHash)} sha=${digest(r)}`);
  }
  step(chainId: string, what: string, value: unknown): void {
    this.full.push(`${chainId} ${what} ${canonical(value)}`);
    this.lines.push(`${chainId} ${what} sha=${digest(value)}`);
  }
  /** Runs `fn`, recording its value or its error's message. */
  attempt(chainId: string, what: string, fn: () => unknown): void {
    let v: unknown;
    try {
      v = { ok: fn() };
    } catch (e) {
      v = { error: e instanceof Error ? e.message : String(e) };
    }
    this.step(chainId, what, v);
  }
}

function watch(chain: TestChain, rec: Recorder): void {
  const next = chain.nextBlock.bind(chain);
  chain.nextBlock = (seconds?: number) => {
    const r = next(seconds);
    rec.block(chain.chainId, r);
    return r;
  };
}

const b64json = (v: object): Uint8Array => enc.encode(JSON.stringify(v));
const coin = (amount: bigint | number, denom = 'stake') => ({ denom, amount: amount.toString() });

async function deliver(chain: TestChain, rec: Recorder, signer: TxSigner, what: string, msgs: EncodeObject[], gas = 2_000_000): Promise<TxResult> {
  const r = await chain.deliverTx(signer, msgs, { gas });
  rec.step(chain.chainId, `tx ${what} code=${r.code} gas=${r.gasUsed}`, r);
  chain.nextBlock();
  return r;
}
const instantiated = (r: TxResult): string[] => r.events.filter((e) => e.type === 'instantiate').map((e) => e.attributes.find((x) => x.key === '_contract_address')!.value);

test('a fixed corpus of blocks gives the recorded results, events, gas and app hashes', async () => {
  const rec = new Recorder();
  const aliceKeyA = await TxSigner.fromLabel(`${A}/alice`, prefixesFor('mesh').account);
  const bobKeyB = await TxSigner.fromLabel(`${B}/bob`, prefixesFor('mesh').account);
  const ic = await Interchain.create([
    { chainId: A, genesis: (g) => void g.fund(aliceKeyA.address, 50_000_000_000n) },
    { chainId: B, genesis: (g) => void g.fund(bobKeyB.address, 50_000_000_000n) },
  ]);
  const a = ic.chain(A);
  const b = ic.chain(B);
  watch(a, rec);
  watch(b, rec);
  const alice = await a.signer('alice');
  const bob = await b.signer('bob');
  expect(alice.address).toBe(aliceKeyA.address);
  const valoper = a.withContext((ctx) => a.m.keepers.staking.allValidators(ctx))[0]!.operator;
  const carol = a.addr('carol');

  // ---- bank, staking, distribution as signed txs ----
  await deliver(a, rec, alice, 'send', [{ typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: alice.address, toAddress: carol, amount: [coin(1_000_000)] }) }]);
  await deliver(a, rec, alice, 'send-too-much', [{ typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: alice.address, toAddress: carol, amount: [coin(10n ** 15n)] }) }]);
  await deliver(a, rec, alice, 'delegate', [{ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.fromPartial({ delegatorAddress: alice.address, validatorAddress: valoper, amount: coin(5_000_000_000) }) }]);
  a.advanceBlocks(3);
  await deliver(a, rec, alice, 'withdraw', [{ typeUrl: MsgWithdrawDelegatorReward.typeUrl, value: MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: alice.address, validatorAddress: valoper }) }]);
  await deliver(a, rec, alice, 'undelegate', [{ typeUrl: MsgUndelegate.typeUrl, value: MsgUndelegate.fromPartial({ delegatorAddress: alice.address, validatorAddress: valoper, amount: coin(1_000_000_000) }) }]);

  // ---- wasm: reflect contracts dispatching messages, sub-messages and replies ----
  const reflectCode = a.storeCode(alice.address, loadTestdata('cosmwasm/reflect.wasm'));
  rec.step(A, `store reflect ${reflectCode}`, a.m.app.lastAppHash());
  a.nextBlock();
  const inst = await deliver(a, rec, alice, 'instantiate reflect', [{ typeUrl: MsgInstantiateContract.typeUrl, value: MsgInstantiateContract.fromPartial({ sender: alice.address, admin: alice.address, codeId: reflectCode, label: 'reflect', msg: b64json({}), funds: [coin(3_000_000_000)] }) }]);
  const reflect = instantiated(inst)[0]!;
  const exec = (msg: object, funds: ReturnType<typeof coin>[] = []): EncodeObject => ({ typeUrl: MsgExecuteContract.typeUrl, value: MsgExecuteContract.fromPartial({ sender: alice.address, contract: reflect, msg: b64json(msg), funds }) });
  const bankSend = (to: string, amount: bigint | number) => ({ bank: { send: { to_address: to, amount: [coin(amount)] } } });

  await deliver(a, rec, alice, 'reflect_msg bank+staking+distribution', [exec({ reflect_msg: { msgs: [
    bankSend(carol, 1234),
    { staking: { delegate: { validator: valoper, amount: coin(1_000_000_000) } } },
    { distribution: { set_withdraw_address: { address: carol } } },
  ] } })]);
  a.advanceBlocks(2);
  await deliver(a, rec, alice, 'reflect_msg withdraw+undelegate+redelegate-self', [exec({ reflect_msg: { msgs: [
    { distribution: { withdraw_delegator_reward: { validator: valoper } } },
    { staking: { undelegate: { validator: valoper, amount: coin(100_000_000) } } },
  ] } })]);
  // A child reflect contract, instantiated by the first as a sub-message with a reply.
  const childTx = await deliver(a, rec, alice, 'reflect_sub_msg instantiate child', [exec({ reflect_sub_msg: { msgs: [
    { id: 1, msg: { wasm: { instantiate: { admin: null, code_id: Number(reflectCode), msg: Buffer.from('{}').toString('base64'), funds: [coin(500)], label: 'child' } } }, gas_limit: null, reply_on: 'always' },
  ] } })]);
  const child = instantiated(childTx)[0]!;
  const childExec = (msg: object) => ({ wasm: { execute: { contract_addr: child, msg: Buffer.from(JSON.stringify(msg)).toString('base64'), funds: [] } } });
  await deliver(a, rec, alice, 'reflect_sub_msg mixed replies', [exec({ reflect_sub_msg: { msgs: [
    { id: 2, msg: bankSend(carol, 10), gas_limit: null, reply_on: 'always' },
    { id: 3, msg: bankSend(carol, 10n ** 15n), gas_limit: null, reply_on: 'error' },
    { id: 4, msg: childExec({ reflect_msg: { msgs: [bankSend(carol, 7)] } }), gas_limit: null, reply_on: 'success' },
    { id: 5, msg: childExec({ reflect_msg: { msgs: [bankSend(carol, 10n ** 15n)] } }), gas_limit: null, reply_on: 'error' },
    { id: 6, msg: childExec({ reflect_msg: { msgs: [bankSend(carol, 1)] } }), gas_limit: 20_000, reply_on: 'always' },
    { id: 7, msg: { staking: { delegate: { validator: 'meshvaloper1nonexistent', amount: coin(1) } } }, gas_limit: null, reply_on: 'error' },
    { id: 8, msg: childExec({ change_owner: { owner: carol } }), gas_limit: null, reply_on: 'never' },
  ] } })]);
  for (const id of [1, 2, 3, 4, 5, 6, 7, 8]) rec.attempt(A, `sub_msg_result ${id}`, () => a.query(reflect, { sub_msg_result: { id } }));
  // A failing sub-message without an error reply fails the whole tx (fee and sequence stay).
  await deliver(a, rec, alice, 'reflect_sub_msg failing', [exec({ reflect_sub_msg: { msgs: [
    { id: 9, msg: bankSend(carol, 5), gas_limit: null, reply_on: 'success' },
    { id: 10, msg: bankSend(carol, 10n ** 15n), gas_limit: null, reply_on: 'success' },
  ] } })]);
  await deliver(a, rec, alice, 'execute bad json', [exec({ no_such_message: {} })]);
  await deliver(a, rec, alice, 'execute with funds', [exec({ change_owner: { owner: alice.address } }, [coin(77)])]);

  // Direct (unsigned) calls, as the multi-test and hooks do.
  rec.attempt(A, 'direct execute', () => a.execute(alice.address, reflect, { reflect_msg: { msgs: [bankSend(carol, 3)] } }));
  rec.attempt(A, 'direct execute error', () => a.execute(carol, reflect, { reflect_msg: { msgs: [bankSend(carol, 3)] } }));
  rec.attempt(A, 'migrate', () => a.migrate(alice.address, reflect, reflectCode, {}));

  // Contract queries through the querier: every request kind the reflect contract forwards.
  const chainQuery = (request: object) => rec.attempt(A, `query ${JSON.stringify(request)}`, () => a.query(reflect, { chain: { request } }));
  chainQuery({ bank: { balance: { address: carol, denom: 'stake' } } });
  chainQuery({ bank: { all_balances: { address: reflect } } });
  chainQuery({ bank: { supply: { denom: 'stake' } } });
  chainQuery({ bank: { denom_metadata: { denom: 'stake' } } });
  chainQuery({ staking: { bonded_denom: {} } });
  chainQuery({ staking: { all_validators: {} } });
  chainQuery({ staking: { validator: { address: valoper } } });
  chainQuery({ staking: { validator: { address: 'meshvaloper1nonexistent' } } });
  chainQuery({ staking: { all_delegations: { delegator: reflect } } });
  chainQuery({ staking: { delegation: { delegator: reflect, validator: valoper } } });
  chainQuery({ distribution: { delegator_withdraw_address: { delegator_address: reflect } } });
  chainQuery({ distribution: { delegation_rewards: { delegator_address: reflect, validator_address: valoper } } });
  chainQuery({ distribution: { delegation_total_rewards: { delegator_address: reflect } } });
  chainQuery({ distribution: { delegator_validators: { delegator_address: reflect } } });
  chainQuery({ wasm: { smart: { contract_addr: child, msg: Buffer.from('{"owner":{}}').toString('base64') } } });
  chainQuery({ wasm: { smart: { contract_addr: child, msg: Buffer.from('{"bad":{}}').toString('base64') } } });
  chainQuery({ wasm: { raw: { contract_addr: child, key: Buffer.from('config').toString('base64') } } });
  chainQuery({ wasm: { contract_info: { contract_addr: child } } });
  chainQuery({ wasm: { code_info: { code_id: Number(reflectCode) } } });
  chainQuery({ ibc: { port_id: {} } });
  chainQuery({ ibc: { list_channels: {} } });
  chainQuery({ grpc: { path: '/cosmos.bank.v1beta1.Query/Balance', data: Buffer.from([10, 0]).toString('base64') } });
  chainQuery({ stargate: { path: '/cosmos.bank.v1beta1.Query/Params', data: '' } });
  chainQuery({ custom: { ping: {} } });
  rec.attempt(A, 'query raw', () => a.query(reflect, { raw: { contract: child, key: Buffer.from('config').toString('base64') } }));
  a.nextBlock();

  // ---- IBC: ICS-20 both ways and ibc_reflect over contract ports ----
  const transfers = await ic.createChannel(A, B, { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
  const transfer = (sender: string, receiver: string, channel: string, amount: bigint, denom: string): EncodeObject => ({
    typeUrl: MsgTransfer.typeUrl,
    value: MsgTransfer.fromPartial({ sourcePort: 'transfer', sourceChannel: channel, token: { denom, amount: amount.toString() }, sender, receiver, timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n }, timeoutTimestamp: 10_000_000_000_000_000_000n }),
  });
  await deliver(a, rec, alice, 'ics20 a→b', [transfer(alice.address, bob.address, transfers.A.channelId, 4321n, 'stake')]);
  rec.step('ic', 'relay 1', await ic.relayAll());
  const voucher = b.allBalances(bob.address).find((c) => c.denom.startsWith('ibc/'))!.denom;
  await deliver(b, rec, bob, 'ics20 b→a', [transfer(bob.address, alice.address, transfers.B.channelId, 321n, voucher)]);
  rec.step('ic', 'relay 2', await ic.relayAll());
  // reflect_msg with an ibc transfer from the contract
  await deliver(a, rec, alice, 'reflect ibc transfer', [exec({ reflect_msg: { msgs: [{ ibc: { transfer: { channel_id: transfers.A.channelId, to_address: bob.address, amount: coin(55), timeout: { block: null, timestamp: '10000000000000000000' }, memo: null } } }] } })]);
  rec.step('ic', 'relay 3', await ic.relayAll());

  const sendCode = a.storeCode(alice.address, loadTestdata('cosmwasm/ibc_reflect_send.wasm'));
  const sender = a.instantiate(sendCode, alice.address, {}, { label: 'reflect-send' });
  rec.step(A, 'instantiate ibc_reflect_send', sender);
  const bReflectCode = b.storeCode(bob.address, loadTestdata('cosmwasm/reflect.wasm'));
  const ibcReflectCode = b.storeCode(bob.address, loadTestdata('cosmwasm/ibc_reflect.wasm'));
  const ibcReflect = b.instantiate(ibcReflectCode, bob.address, { reflect_code_id: Number(bReflectCode) }, { label: 'ibc-reflect' });
  rec.step(B, 'instantiate ibc_reflect', ibcReflect);
  a.nextBlock();
  b.nextBlock();
  const ch = await ic.createChannel(A, B, { portA: `wasm.${sender.address}`, portB: `wasm.${ibcReflect.address}`, order: Order.ORDER_ORDERED, version: 'ibc-reflect-v1' });
  rec.step('ic', 'relay who_am_i', await ic.relayAll());
  const remote = a.query<{ remote_addr: string }>(sender.address, { account: { channel_id: ch.A.channelId } }).remote_addr;
  await deliver(b, rec, bob, 'fund remote', [{ typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: bob.address, toAddress: remote, amount: [coin(10_000)] }) }]);
  rec.step(A, 'send_msgs', a.execute(alice.address, sender.address, { send_msgs: { channel_id: ch.A.channelId, msgs: [bankSend(carol, 100), bankSend(carol, 10n ** 12n)] } }));
  rec.step(A, 'check_remote_balance', a.execute(alice.address, sender.address, { check_remote_balance: { channel_id: ch.A.channelId } }));
  a.nextBlock();
  rec.step('ic', 'relay send_msgs', await ic.relayAll());
  rec.attempt(A, 'account after', () => a.query(sender.address, { account: { channel_id: ch.A.channelId } }));
  a.nextBlock();
  b.nextBlock();
  rec.step(A, 'final app hash', a.m.app.lastAppHash());
  rec.step(B, 'final app hash', b.m.app.lastAppHash());

  const text = rec.lines.join('\n') + '\n';
  if (process.env.MESHWORK_CORPUS_DUMP) writeFileSync(process.env.MESHWORK_CORPUS_DUMP, rec.full.join('\n') + '\n');
  if (process.env.MESHWORK_RECORD_GOLDEN === '1') {
    writeFileSync(GOLDEN, text);
    return;
  }
  const golden = readFileSync(GOLDEN, 'utf8').split('\n');
  const got = text.split('\n');
  const firstDiff = got.findIndex((l, i) => l !== golden[i]);
  expect({ firstDiff, got: got[firstDiff], want: golden[firstDiff] }).toEqual({ firstDiff: -1, got: undefined, want: undefined });
  expect(got.length).toBe(golden.length);
});
