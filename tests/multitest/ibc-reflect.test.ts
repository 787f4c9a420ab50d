/**
 * ibc_reflect (chain B) and ibc_reflect_send (chain A) over an ORDERED channel between their
 * contract ports, as wasmd's `TestIBCReflectContract` drives them, through the real relayer.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { Interchain, Order, type OpenChannel } from '../../multitest/interchain.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';
import type { TestChain } from '../../multitest/chain.js';

const A = 'meshwork-a';
const B = 'meshwork-b';

function channelState(chain: TestChain, port: string, channel: string): number | undefined {
  return chain.withContext((ctx) => chain.m.keepers.ibc.core.channels.getChannel(ctx, port, channel)?.state);
}

describe('ibc_reflect_send → ibc_reflect over an ordered channel', () => {
  let ic: Interchain;
  let a: TestChain;
  let b: TestChain;
  let sender: string;
  let reflector: string;
  let ch: OpenChannel;

  before(async () => {
    ic = await Interchain.create([{ chainId: A }, { chainId: B }]);
    a = ic.chain(A);
    b = ic.chain(B);
    const owner = a.addr('owner');
    const sendCode = a.storeCode(owner, loadTestdata('cosmwasm/ibc_reflect_send.wasm'));
    sender = a.instantiate(sendCode, owner, {}, { label: 'reflect-send' }).address;
    const reflectCode = b.storeCode(b.addr('owner'), loadTestdata('cosmwasm/reflect.wasm'));
    const ibcReflectCode = b.storeCode(b.addr('owner'), loadTestdata('cosmwasm/ibc_reflect.wasm'));
    reflector = b.instantiate(ibcReflectCode, b.addr('owner'), { reflect_code_id: Number(reflectCode) }, { label: 'ibc-reflect' }).address;
    ch = await ic.createChannel(A, B, { portA: `wasm.${sender}`, portB: `wasm.${reflector}`, order: Order.ORDER_ORDERED, version: 'ibc-reflect-v1' });
  });

  test('the handshake binds both contract ports and the connect callback creates a reflect account on B', async () => {
    expect(ch.A.portId).toBe(`wasm.${sender}`);
    expect(channelState(a, ch.A.portId, ch.A.channelId)).toBe(3);
    const accounts = b.query<{ accounts: { account: string; channel_id: string }[] }>(reflector, { list_accounts: {} }).accounts;
    expect(accounts).toHaveLength(1);
    expect(accounts[0]!.channel_id).toBe(ch.B.channelId);
    // ibc_reflect_send asks "who am i" when the channel connects; relaying brings the answer back.
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(1);
    expect(s.acknowledged).toBe(1);
    const remote = a.query<{ remote_addr: string | null; channel_id: string }>(sender, { account: { channel_id: ch.A.channelId } });
    expect(remote.remote_addr).toBe(accounts[0]!.account);
  });

  test('send_msgs dispatches a bank send from the remote account, in order, packet by packet', async () => {
    const remote = a.query<{ remote_addr: string }>(sender, { account: { channel_id: ch.A.channelId } }).remote_addr;
    b.withContext((ctx) => b.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: 'stake', amount: 10_000n }]));
    b.withContext((ctx) => b.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', remote, [{ denom: 'stake', amount: 10_000n }]));
    const payee = b.addr('payee');
    const owner = a.addr('owner');
    for (const amount of ['100', '200', '300']) {
      a.execute(owner, sender, { send_msgs: { channel_id: ch.A.channelId, msgs: [{ bank: { send: { to_address: payee, amount: [{ denom: 'stake', amount }] } } }] } });
    }
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.received).toBe(3);
    expect(b.balance(payee)).toBe(600n);
    expect(b.balance(remote)).toBe(10_000n - 600n);
    const next = b.withContext((ctx) => b.m.keepers.ibc.core.channels.nextSequenceRecv(ctx, ch.B.portId, ch.B.channelId));
    expect(next).toBe(5n); // who_am_i + three dispatches
  });

  test('a timeout on the ordered channel closes it on both ends', async () => {
    const owner = a.addr('owner');
    a.execute(owner, sender, { send_msgs: { channel_id: ch.A.channelId, msgs: [] } });
    // ibc_reflect_send's packets live one hour; B's clock moves past it before anyone relays.
    b.advanceTime(2 * 3600);
    const s = await ic.relayAll();
    expect(s.errors).toEqual([]);
    expect(s.timedOut).toBe(1);
    expect(channelState(a, ch.A.portId, ch.A.channelId)).toBe(4);
    expect(channelState(b, ch.B.portId, ch.B.channelId)).toBe(4);
  });
});
