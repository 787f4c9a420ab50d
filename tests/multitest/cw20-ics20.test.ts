/**
 * cw20 tokens over IBC: cw-plus's cw20_ics20 (1.0.1) on chain A, bound to port `wasm.<contract>`,
 * talks ICS-20 to the transfer module on chain B over an UNORDERED `ics20-1` channel. B mints
 * `ibc/…` vouchers for `cw20:<token>`; sending them back burns them on B and makes the contract
 * release the escrowed cw20 tokens, within the per-channel balance it keeps.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { Interchain, Order, type OpenChannel } from '../../multitest/interchain.js';
import type { TestChain } from '../../multitest/chain.js';
import type { RelaySummary } from '../../ibc/relayer/link.js';
import { ibcDenom, parseDenomTrace, traceHash } from '../../ibc/transfer/denom.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';

const A = 'meshwork-a';
const B = 'meshwork-b';
const INITIAL = 1_000_000n;
/** Far in the future (ns): MsgTransfer needs some timeout. */
const NO_TIMEOUT = 10_000_000_000_000_000_000n;

type Amount = { cw20: { address: string; amount: string } } | { native: { denom: string; amount: string } };
interface ChannelResponse {
  info: { id: string; counterparty_endpoint: { port_id: string; channel_id: string }; connection_id: string };
  balances: Amount[];
  total_sent: Amount[];
}

function transferMsg(sender: string, receiver: string, channel: string, amount: bigint, denom: string) {
  return {
    typeUrl: MsgTransfer.typeUrl,
    value: MsgTransfer.fromPartial({
      sourcePort: 'transfer',
      sourceChannel: channel,
      token: { denom, amount: amount.toString() },
      sender,
      receiver,
      timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
      timeoutTimestamp: NO_TIMEOUT,
    }),
  };
}

/** Values of `key` in events of `type` of the txs a relay submitted. */
function eventValues(s: RelaySummary, type: string, key: string): string[] {
  return s.txs.flatMap((t) => t.events.filter((e) => e.type === type).flatMap((e) => e.attributes.filter((a) => a.key === key).map((a) => a.value)));
}

describe('cw20_ics20 on A ↔ ICS-20 transfer module on B', () => {
  let ic: Interchain;
  let a: TestChain;
  let b: TestChain;
  let token: string;
  let ics20: string;
  let ch: OpenChannel;
  let alice: string;
  let bob: string;
  let voucher: string;

  const cw20Balance = (addr: string): bigint => BigInt(a.query<{ balance: string }>(token, { balance: { address: addr } }).balance);
  const channelState = (): ChannelResponse => a.query<ChannelResponse>(ics20, { channel: { id: ch.A.channelId } });
  /** alice sends `amount` cw20 tokens to `remote` on B through the contract (cw20 `send` with a TransferMsg). */
  const sendCw20 = (amount: bigint, remote: string, timeout?: number) =>
    a.execute(alice, token, {
      send: { contract: ics20, amount: amount.toString(), msg: Buffer.from(JSON.stringify({ channel: ch.A.channelId, remote_address: remote, ...(timeout === undefined ? {} : { timeout }) })).toString('base64') },
    });

  before(async () => {
    ic = await Interchain.create([{ chainId: A }, { chainId: B }]);
    a = ic.chain(A);
    b = ic.chain(B);
    alice = a.addr('alice');
    bob = b.addr('bob');
    const owner = a.addr('owner');
    const cw20Code = a.storeCode(owner, loadTestdata('cw-plus/cw20_base.wasm'));
    token = a.instantiate(cw20Code, owner, { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: alice, amount: INITIAL.toString() }], mint: null, marketing: null }, { label: 'cash' }).address;
    const ics20Code = a.storeCode(owner, loadTestdata('cw-plus/cw20_ics20.wasm'));
    ics20 = a.instantiate(ics20Code, owner, { default_timeout: 600, gov_contract: a.addr('gov'), allowlist: [{ contract: token, gas_limit: null }], default_gas_limit: null }, { label: 'ics20' }).address;
    ch = await ic.createChannel(A, B, { portA: `wasm.${ics20}`, portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
    voucher = ibcDenom(parseDenomTrace(`transfer/${ch.B.channelId}/cw20:${token}`));
  });

  test('the contract binds its port, accepts the ics20-1 channel and records it on connect', () => {
    expect(ch.A.portId).toBe(`wasm.${ics20}`);
    expect(a.query<{ port_id: string }>(ics20, { port: {} }).port_id).toBe(`wasm.${ics20}`);
    const listed = a.query<{ channels: ChannelResponse['info'][] }>(ics20, { list_channels: {} }).channels;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toEqual({ id: ch.A.channelId, counterparty_endpoint: { port_id: 'transfer', channel_id: ch.B.channelId }, connection_id: ch.link.A.connectionId });
    const endB = b.withContext((ctx) => b.m.keepers.ibc.core.channels.getChannel(ctx, 'transfer', ch.B.channelId));
    expect(endB?.version).toBe('ics20-1');
    expect(endB?.ordering).toBe(Order.ORDER_UNORDERED);
  });

  test('cw20 tokens reach B as ibc/ vouchers with the trace transfer/<B channel>/cw20:<token>', async () => {
    sendCw20(1000n, bob);
    expect(cw20Balance(alice)).toBe(INITIAL - 1000n);
    expect(cw20Balance(ics20)).toBe(1000n);
    // The contract counts the tokens as outstanding on the channel as soon as they leave.
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '1000' } }]);

    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    expect(b.balance(bob, voucher)).toBe(1000n);

    const trace = b.withContext((ctx) => b.m.keepers.ibc.transfer.getDenomTrace(ctx, traceHash(parseDenomTrace(`transfer/${ch.B.channelId}/cw20:${token}`))));
    expect(trace).toEqual({ path: `transfer/${ch.B.channelId}`, baseDenom: `cw20:${token}` });
    // The success ack changes nothing in the contract's bookkeeping.
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '1000' } }]);
    expect(channelState().total_sent).toEqual([{ cw20: { address: token, amount: '1000' } }]);
    // B's receive succeeded; A's contract saw the success ack.
    expect(eventValues(s, 'fungible_token_packet', 'success')).toEqual(['true']);
    expect(eventValues(s, 'wasm', 'action')).toContain('acknowledge');
  });

  test('the vouchers come home: burnt on B, the escrowed cw20 released on A, the channel balance back to zero', async () => {
    b.executeAs(bob, [transferMsg(bob, alice, ch.B.channelId, 1000n, voucher)]);
    expect(b.balance(bob, voucher)).toBe(0n);
    expect(b.m.keepers.bank.getSupply(b.queryContext(), voucher).amount).toBe(0n);

    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    expect(cw20Balance(alice)).toBe(INITIAL);
    expect(cw20Balance(ics20)).toBe(0n);
    const state = channelState();
    expect(state.balances).toEqual([{ cw20: { address: token, amount: '0' } }]);
    expect(state.total_sent).toEqual([{ cw20: { address: token, amount: '1000' } }]);
    // B's ack handler saw the contract's success ack {"result":"MQ=="}.
    expect(eventValues(s, 'fungible_token_packet', 'success')).toContain('1');
  });

  test('a return to an address A cannot use: the cw20 transfer fails, the reply turns the ack into an error, B refunds', async () => {
    sendCw20(500n, bob);
    expect((await ic.relayAll()).errors).toEqual([]);
    expect(b.balance(bob, voucher)).toBe(500n);
    const aliceBefore = cw20Balance(alice);

    b.executeAs(bob, [transferMsg(bob, 'not-an-address', ch.B.channelId, 200n, voucher)]);
    expect(b.balance(bob, voucher)).toBe(300n);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    // The contract's reply replaced its success ack with {"error": …}; B minted the vouchers back.
    const errors = eventValues(s, 'fungible_token_packet', 'error');
    expect(errors).toHaveLength(1);
    // cw20_base's own error, passed through to the reply because a contract error is deterministic.
    expect(errors[0]).toMatch(/^Generic error: addr_validate errored: .*execute wasm contract failed$/);
    // The receive itself succeeded on A (the contract returned an ack); only its reply rewrote it.
    expect(eventValues(s, 'ibc_packet_received', 'success')).toEqual(['true']);
    expect(b.balance(bob, voucher)).toBe(500n);
    // Nothing left A: the reply undid the channel balance reduction.
    expect(cw20Balance(alice)).toBe(aliceBefore);
    expect(cw20Balance(ics20)).toBe(500n);
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '500' } }]);
  });

  test('a return of more than was sent over the channel gets an error ack and is refunded on B', async () => {
    // Vouchers B created out of thin air (a compromised or buggy counterparty): the contract only
    // honours what it sent over this channel.
    b.withContext((ctx) => b.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: voucher, amount: 1000n }]));
    b.withContext((ctx) => b.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', bob, [{ denom: voucher, amount: 1000n }]));
    expect(b.balance(bob, voucher)).toBe(1500n);
    const aliceBefore = cw20Balance(alice);

    b.executeAs(bob, [transferMsg(bob, alice, ch.B.channelId, 1500n, voucher)]);
    expect(b.balance(bob, voucher)).toBe(0n);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    expect(eventValues(s, 'fungible_token_packet', 'error')).toEqual(['Insufficient funds to redeem voucher on channel']);
    expect(b.balance(bob, voucher)).toBe(1500n);
    expect(cw20Balance(alice)).toBe(aliceBefore);
    expect(cw20Balance(ics20)).toBe(500n);
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '500' } }]);
  });

  test('a cw20 transfer that times out is refunded to the sender by the contract', async () => {
    const before = cw20Balance(alice);
    sendCw20(70n, bob, 30);
    expect(cw20Balance(alice)).toBe(before - 70n);
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '570' } }]);
    b.advanceTime(120);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.timedOut).toBe(1);
    expect(s.received).toBe(0);
    expect(cw20Balance(alice)).toBe(before);
    expect(channelState().balances).toEqual([{ cw20: { address: token, amount: '500' } }]);
    expect(channelState().total_sent).toEqual([{ cw20: { address: token, amount: '1570' } }]);
  });
});
