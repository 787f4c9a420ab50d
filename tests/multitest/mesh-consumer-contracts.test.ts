/**
 * The consumer side's contracts on one chain: simple-price-feed, virtual-staking (upstream's
 * virtual-staking unit tests: bond/unbond summed per epoch, the cap's scaling, burns, slashes,
 * reward batches) and the converter's local behaviour, on the real x/meshsecurity: caps come from
 * governance, and each epoch's `virtual_stake` messages are read back from what the module did
 * (its delegate / undelegate events), so the tests see exactly the messages virtual-staking sends.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import type { Event } from '../../chain/kernel/events.js';
import { MsgSetVirtualStakingMaxCap } from '../../proto/index.js';
import { meshWasm, errorOf } from './mesh/testkit/index.js';

const STAKE = 'ustake';

let wasm: Record<'feed' | 'virt' | 'converter', Uint8Array>;
before(async () => {
  wasm = { feed: await meshWasm('simple_price_feed'), virt: await meshWasm('virtual_staking'), converter: await meshWasm('converter') };
});

interface Recorded {
  kind: 'bond' | 'unbond';
  validator: string;
  amount: string;
}

/**
 * A chain with two validators and the real x/meshsecurity: `caps.set` is governance's
 * MsgSetVirtualStakingMaxCap, and what virtual-staking's `virtual_stake` messages did is read back
 * from the module's `virtual_delegate` / `virtual_undelegate` events.
 */
function consumer() {
  let v1 = '';
  let v2 = '';
  const chain = TestChain.create({
    bondDenom: STAKE,
    genesis: (g) => {
      v1 = g.validator('val1', 1_000_000_000n).valoper;
      v2 = g.validator('val2', 1_000_000_000n).valoper;
      g.set('staking', { params: { bond_denom: STAKE, unbonding_time: '60s' } });
      g.fund(g.addr('faucet'), 1_000_000n, STAKE);
    },
  });
  const gov = chain.m.authority;
  const caps = {
    set: (contract: string, cap: bigint) =>
      chain.executeAs(gov, [{ typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.fromPartial({ authority: gov, contract, maxCap: { denom: STAKE, amount: String(cap) } }) }]),
  };
  /** The module's record of the virtual_stake messages among `events`. */
  const sentIn = (events: Event[]): Recorded[] =>
    events
      .filter((e) => e.type === 'virtual_delegate' || e.type === 'virtual_undelegate')
      .map((e) => {
        const a = Object.fromEntries(e.attributes.map((x) => [x.key, x.value]));
        return { kind: e.type === 'virtual_delegate' ? 'bond' : 'unbond', validator: a['validator']!, amount: a['amount']!.replace(STAKE, '') };
      });
  return { chain, v1, v2, caps, sentIn };
}

const coin = (amount: number | bigint) => ({ denom: STAKE, amount: String(amount) });

describe('mesh simple-price-feed', () => {
  test('owner sets the price; others may not; zero is refused', () => {
    const { chain } = consumer();
    const owner = chain.addr('owner');
    const code = chain.storeCode(owner, wasm.feed);
    const feed = chain.instantiate(code, owner, { native_per_foreign: '0.5', owner: null, price_ttl: null }).address;
    expect(chain.query(feed, { price: {} })).toEqual({ native_per_foreign: '0.5' });
    expect(chain.query(feed, { config: {} })).toEqual({ owner, price_ttl: null });
    expect(errorOf(() => chain.execute(chain.addr('mallory'), feed, { update_price: { native_per_foreign: '2' } }))).toContain('Unauthorized');
    expect(errorOf(() => chain.execute(owner, feed, { update_price: { native_per_foreign: '0' } }))).toContain('The price must be greater than zero');
    chain.execute(owner, feed, { update_price: { native_per_foreign: '1.25' } });
    expect(chain.query(feed, { price: {} })).toEqual({ native_per_foreign: '1.25' });
    // handle_epoch changes nothing
    chain.sudo(feed, { handle_epoch: {} });
    expect(chain.query(feed, { price: {} })).toEqual({ native_per_foreign: '1.25' });
    expect(errorOf(() => chain.instantiate(code, owner, { native_per_foreign: '0', owner: null, price_ttl: null }))).toContain('The price must be greater than zero');
  });

  test('a price older than price_ttl is refused until updated', () => {
    const { chain } = consumer();
    const owner = chain.addr('owner');
    const feed = chain.instantiate(chain.storeCode(owner, wasm.feed), owner, { native_per_foreign: '3', owner: chain.addr('oracle'), price_ttl: 100 }).address;
    expect(chain.query(feed, { config: {} })).toEqual({ owner: chain.addr('oracle'), price_ttl: 100 });
    chain.advanceTime(50);
    chain.nextBlock();
    expect(chain.query(feed, { price: {} })).toEqual({ native_per_foreign: '3' });
    chain.advanceTime(100);
    chain.nextBlock();
    expect(errorOf(() => chain.query(feed, { price: {} }))).toContain('Price data are outdated');
    expect(errorOf(() => chain.execute(owner, feed, { update_price: { native_per_foreign: '4' } }))).toContain('Unauthorized');
    chain.execute(chain.addr('oracle'), feed, { update_price: { native_per_foreign: '4' } });
    expect(chain.query(feed, { price: {} })).toEqual({ native_per_foreign: '4' });
  });
});

describe('mesh virtual-staking (upstream unit tests)', () => {
  function setup() {
    const w = consumer();
    const converter = w.chain.addr('converter');
    const virt = w.chain.instantiate(w.chain.storeCode(converter, wasm.virt), converter, {}).address;
    const epoch = () => w.sentIn(w.chain.sudo(virt, { handle_epoch: {} }).events);
    return { ...w, converter, virt, epoch };
  }

  test('config; only the converter bonds, in the staking denom, without funds', () => {
    const { chain, converter, virt, v1 } = setup();
    expect(chain.query(virt, { config: {} })).toEqual({ denom: STAKE, converter });
    expect(errorOf(() => chain.execute(chain.addr('mallory'), virt, { bond: { validator: v1, amount: coin(10) } }))).toContain('Unauthorized');
    expect(errorOf(() => chain.execute(converter, virt, { bond: { validator: v1, amount: { denom: 'uosmo', amount: '10' } } }))).toContain('Wrong denom. Cannot stake uosmo, expected ustake');
    expect(errorOf(() => chain.execute(converter, virt, { unbond: { validator: v1, amount: coin(1) } }))).toContain(`Validator ${v1} has not enough bond to unbond 1`);
  });

  test('bonds and unbonds are summed and applied once per epoch as net messages', () => {
    const { chain, converter, virt, v1, v2, caps, epoch } = setup();
    caps.set(virt, 1_000n);
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(100) } });
    chain.execute(converter, virt, { bond: { validator: v2, amount: coin(50) } });
    chain.execute(converter, virt, { unbond: { validator: v1, amount: coin(30) } });
    expect(chain.query(virt, { stake: { validator: v1 } })).toEqual({ stake: '70' });
    const asc = [v1, v2].sort();
    const want1 = asc.map((v) => ({ kind: 'bond', validator: v, amount: v === v1 ? '70' : '50' }));
    expect(epoch()).toEqual(want1);
    // nothing changed: nothing sent
    expect(epoch()).toEqual([]);
    chain.execute(converter, virt, { unbond: { validator: v1, amount: coin(20) } });
    chain.execute(converter, virt, { bond: { validator: v2, amount: coin(5) } });
    // current validators in the order they were bonded
    expect(epoch()).toEqual(asc.map((v) => (v === v1 ? { kind: 'unbond', validator: v1, amount: '20' } : { kind: 'bond', validator: v2, amount: '5' })));
    expect(chain.query(virt, { all_stake: {} })).toEqual({ stakes: asc.map((v) => ({ validator: v, amount: v === v1 ? '50' : '55' })) });
  });

  test('requests above the cap are scaled down; a zero cap bonds nothing', () => {
    const { chain, converter, virt, v1, v2, caps, epoch } = setup();
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(300) } });
    chain.execute(converter, virt, { bond: { validator: v2, amount: coin(100) } });
    expect(epoch()).toEqual([]);
    caps.set(virt, 100n);
    // floor(300 × 100 / 400) = 75, floor(100 × 100 / 400) = 25
    const asc = [v1, v2].sort();
    expect(epoch()).toEqual(asc.map((v) => ({ kind: 'bond', validator: v, amount: v === v1 ? '75' : '25' })));
    caps.set(virt, 1_000n);
    expect(epoch()).toEqual(asc.map((v) => ({ kind: 'bond', validator: v, amount: v === v1 ? '225' : '75' })));
  });

  test('burn spreads over the named validators with a request; too much is refused', () => {
    const { chain, converter, virt, v1, v2, caps, epoch } = setup();
    caps.set(virt, 1_000n);
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(10) } });
    chain.execute(converter, virt, { bond: { validator: v2, amount: coin(20) } });
    epoch();
    expect(errorOf(() => chain.execute(converter, virt, { burn: { validators: [chain.addr('nobody')], amount: coin(1) } }))).toContain('Not enough delegations to burn 1');
    expect(errorOf(() => chain.execute(converter, virt, { burn: { validators: [v1], amount: coin(11) } }))).toContain('Not enough delegations to burn 11');
    chain.execute(converter, virt, { burn: { validators: [v1, v2], amount: coin(15) } });
    // 15 split evenly: 7 + 7, remainder 1 on the first that can take it (v1: 7 + 1 = 8 ≤ 10)
    expect(chain.query(virt, { stake: { validator: v1 } })).toEqual({ stake: '2' });
    expect(chain.query(virt, { stake: { validator: v2 } })).toEqual({ stake: '13' });
    const out = epoch();
    expect(out).toHaveLength(2);
    expect(out.every((m) => m.kind === 'unbond')).toBe(true);
    expect(out.find((m) => m.validator === v1)!.amount).toBe('8');
    expect(out.find((m) => m.validator === v2)!.amount).toBe('7');
  });

  test('handle_valset_update queues slashes (applied at the epoch) and forwards to the converter', () => {
    const { chain, converter, virt, v1, caps, epoch } = setup();
    caps.set(virt, 1_000n);
    chain.execute(converter, virt, { bond: { validator: v1, amount: coin(100) } });
    epoch();
    // the converter here is a plain account: the forwarded valset_update execute fails, so the sudo fails whole
    const slash = { address: v1, height: 5, time: 100, infraction_height: 4, infraction_time: 90, power: 100, slash_amount: '10', slash_ratio: '0.1', is_tombstoned: false };
    expect(errorOf(() => chain.sudo(virt, { handle_valset_update: { slashed: [slash] } }))).toBeTruthy();
    expect(chain.query(virt, { stake: { validator: v1 } })).toEqual({ stake: '100' });
  });
});

describe('mesh converter (local behaviour)', () => {
  function setup(discount = '0.1', price = '0.5') {
    const w = consumer();
    const admin = w.chain.addr('admin');
    const feed = w.chain.instantiate(w.chain.storeCode(admin, wasm.feed), admin, { native_per_foreign: price, owner: null, price_ttl: null }).address;
    const virtCode = w.chain.storeCode(admin, wasm.virt);
    const convCode = w.chain.storeCode(admin, wasm.converter);
    const init = (d: string, remote = 'uosmo') => ({ price_feed: feed, discount: d, remote_denom: remote, virtual_staking_code_id: Number(virtCode), admin });
    const converter = w.chain.instantiate(convCode, admin, init(discount), { label: 'Converter' }).address;
    const cfg = w.chain.query<{ adjustment: string; price_feed: string; virtual_staking: string }>(converter, { config: {} });
    return { ...w, admin, feed, convCode, init, converter, virt: cfg.virtual_staking, cfg };
  }

  test('instantiates its virtual-staking contract, which records it as its converter', () => {
    const { chain, converter, virt, feed, cfg } = setup();
    expect(cfg).toEqual({ adjustment: '0.9', price_feed: feed, virtual_staking: virt });
    expect(chain.query(virt, { config: {} })).toEqual({ denom: STAKE, converter });
  });

  test('refuses a discount of 1 or more and an empty remote denom', () => {
    const { chain, admin, convCode, init } = setup();
    expect(errorOf(() => chain.instantiate(convCode, admin, init('1')))).toContain('Invalid discount, must be between 0.0 and 1.0');
    expect(errorOf(() => chain.instantiate(convCode, admin, init('0.1', '')))).toContain('Invalid denom');
  });

  test('ConverterApi only from its virtual-staking contract; reward sums must match the funds', () => {
    const { chain, converter, virt, v1 } = setup();
    expect(errorOf(() => chain.execute(chain.addr('mallory'), converter, { distribute_rewards: { payments: [] } }))).toContain('Unauthorized');
    expect(errorOf(() => chain.execute(virt, converter, { distribute_rewards: { payments: [{ validator: v1, reward: '5' }] } }))).toContain('No funds sent');
    chain.send(chain.addr('faucet'), virt, 100n, STAKE);
    const pay = (reward: string, sent: bigint) => chain.execute(virt, converter, { distribute_rewards: { payments: [{ validator: v1, reward }] } }, [{ denom: STAKE, amount: sent }]);
    expect(errorOf(() => pay('5', 10n))).toContain("Sum of rewards (5) doesn't match funds sent (10)");
    expect(errorOf(() => pay('10', 10n))).toContain('IBC channel not found');
    expect(chain.balance(virt, STAKE)).toBe(100n);
  });

  test('a valset update with a slash needs the control channel (the slash is inverted first)', () => {
    const { chain, virt, converter, v1 } = setup();
    const slashed = [{ address: v1, infraction_height: 4, infraction_time: 90, power: 100, slash_amount: { denom: STAKE, amount: '22500000' }, slash_ratio: '0.1' }];
    expect(errorOf(() => chain.execute(virt, converter, { valset_update: { slashed } }))).toContain('IBC channel not found');
    // a wrong denom in a slash is refused before the channel is looked for
    const wrong = [{ ...slashed[0], slash_amount: { denom: 'uosmo', amount: '1' } }];
    expect(errorOf(() => chain.execute(virt, converter, { valset_update: { slashed: wrong } }))).toContain('Sent wrong denom over IBC: uosmo, expected ustake');
    // nothing to report: no packet, no channel needed
    chain.execute(virt, converter, { valset_update: { additions: [], removals: [] } });
  });
});
