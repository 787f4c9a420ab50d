/**
 * The chain's `jailing` sudo (spec §11.2) end to end: a validator that stops signing, or signs
 * twice, is reported to native-staking through the hooks module BEFORE x/slashing applies the slash,
 * so the vault's local_slash uses the pre-slash delegation (upstream's 10% of 190 = 19, not 10% of the
 * 1%-slashed 188). Registered by governance; each call in its own branch and gas limit; a failing
 * registration is an event and the chain goes on.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { MsgUpdateHooksParams } from '../../proto/index.js';
import { Vault, TestLienholder, meshWasm, val, errorOf, b64, delegationsOf } from './mesh/testkit/index.js';

const OSMO = 'OSMO';
const POWER = 1_000_000n;

let wasm: Record<'vault' | 'native' | 'proxy' | 'lienholder', Uint8Array>;
before(async () => {
  wasm = { vault: await meshWasm('vault'), native: await meshWasm('native_staking'), proxy: await meshWasm('native_staking_proxy'), lienholder: await meshWasm('test_cross_staker') };
});

function setup(localValidator: number) {
  const vals: GenesisValidator[] = [];
  const chain = TestChain.create({
    bondDenom: OSMO,
    genesis: (g) => {
      for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
      g.fund(g.addr('user1'), 1000n, OSMO);
      g.set('staking', { params: { bond_denom: OSMO } });
      g.set('slashing', { params: { signed_blocks_window: '10', min_signed_per_window: '0.5', downtime_jail_duration: '60s' } });
      g.set('mint', { params: { mint_denom: OSMO, inflation_min: '0', inflation_max: '0', inflation_rate_change: '0' }, minter: { inflation: '0' } });
    },
  });
  const user = chain.addr('user1');
  const owner = chain.addr('owner');
  const proxyCode = chain.storeCode(owner, wasm.proxy);
  const nativeCode = chain.storeCode(owner, wasm.native);
  const vault = new Vault(chain, chain.instantiate(chain.storeCode(owner, wasm.vault), owner, { denom: OSMO, local_staking: { admin: null, code_id: Number(nativeCode), msg: b64({ denom: OSMO, proxy_code_id: Number(proxyCode), slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }), label: null } }).address);
  const staking = vault.config().local_staking!;
  const cross = new TestLienholder(chain, chain.instantiate(chain.storeCode(owner, wasm.lienholder), owner, { vault: vault.address, slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address);
  const validator = vals[localValidator]!;
  vault.bond(user, 200, OSMO);
  vault.stakeLocal(user, 190, validator.valoper, OSMO);
  for (const amount of [100, 50]) {
    vault.stakeRemote(user, cross.address, amount, 'remote', OSMO);
    cross.commit(vault.lastTxId());
  }
  const register = (jailing: { contract: string; gasLimit: bigint }[]) =>
    chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateHooksParams.typeUrl, value: { authority: chain.m.authority, params: { valsetUpdate: [], handleEpoch: [], epoch: [], processDue: [], jailing } } }]);
  const proxy = chain.query<{ proxy: string }>(staking, { proxy_by_owner: { owner: user } }).proxy;
  return { chain, vals, user, vault, staking, cross, validator, register, proxy };
}

describe('chain → native-staking `jailing` sudo', () => {
  test('downtime: jailed before the 1% slash; the vault sees 10% of the pre-slash 190; a failing registration is contained', () => {
    const s = setup(3);
    const { chain, user, vault, staking, validator } = s;
    // the vault has no sudo entry point: its registration fails, in its own branch
    s.register([
      { contract: vault.address, gasLimit: 5_000_000n },
      { contract: staking, gasLimit: 50_000_000n },
    ]);
    chain.setOnline(validator.signer.address, false);
    const events = [];
    for (let i = 0; i < 30; i++) {
      const r = chain.nextBlock();
      events.push(...r.events);
      if (chain.m.keepers.staking.getValidator(chain.queryContext(), validator.valoper)!.jailed) break;
    }
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), validator.valoper)!.jailed).toBe(true);
    // the slash ran in the open block's BeginBlock: its events come with that block
    events.push(...chain.nextBlock().events);
    expect(events.some((e) => e.type === 'slash')).toBe(true);
    const failed = events.filter((e) => e.type === 'hook_failed');
    expect(failed.map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])))).toEqual([expect.objectContaining({ contract: vault.address, hook: 'jailing' })]);
    const jailing = events.find((e) => e.type === 'wasm-jailing');
    expect(jailing?.attributes.find((a) => a.key === 'jailed')?.value).toBe(validator.valoper);
    const claims = Object.fromEntries(vault.claims(user).map((c) => [c.lienholder, c.amount]));
    expect(claims[staking]).toEqual(val(171));
    expect(claims[s.cross.address]).toEqual(val(150));
    const d = vault.details(user);
    expect(d.bonded).toBe('181');
    expect(d.total_slashable).toEqual(val(33));
    expect(d.free).toEqual(val(10));
    // the chain's own 1% slash hit the delegation after the hook read it
    expect(delegationsOf(chain, s.proxy)).toEqual([{ validator: validator.valoper, amount: 188n }]);
    // the chain keeps producing blocks
    const h = chain.height;
    chain.advanceBlocks(2);
    expect(chain.height).toBe(h + 2);
  });

  test('double sign: tombstoned before the 5% slash', () => {
    const s = setup(2);
    const { chain, user, vault, staking, validator } = s;
    s.register([{ contract: staking, gasLimit: 50_000_000n }]);
    chain.advanceBlocks(3);
    chain.doubleSign(validator.signer.address);
    const events = [];
    for (let i = 0; i < 3; i++) events.push(...chain.nextBlock().events);
    const jailing = events.find((e) => e.type === 'wasm-jailing');
    expect(jailing?.attributes.find((a) => a.key === 'tombstoned')?.value).toBe(validator.valoper);
    const claims = Object.fromEntries(vault.claims(user).map((c) => [c.lienholder, c.amount]));
    expect(claims[staking]).toEqual(val(171));
    expect(vault.details(user).bonded).toBe('181');
  });

  test('no registration: the slash happens, native-staking hears nothing', () => {
    const s = setup(3);
    s.chain.setOnline(s.validator.signer.address, false);
    s.chain.advanceBlocks(25);
    expect(s.chain.m.keepers.staking.getValidator(s.chain.queryContext(), s.validator.valoper)!.jailed).toBe(true);
    expect(s.vault.details(s.user).bonded).toBe('200');
  });

  test('only the chain can send jailing; there is no test backdoor', () => {
    const s = setup(3);
    const before = JSON.stringify(s.vault.details(s.user));
    expect(errorOf(() => s.chain.execute(s.user, s.staking, { jailing: { jailed: [s.validator.valoper], tombstoned: null } }))).toContain('unknown variant `jailing`');
    expect(errorOf(() => s.chain.execute(s.user, s.staking, { test_handle_jailing: { jailed: [s.validator.valoper], tombstoned: [] } }))).toContain('unknown variant `test_handle_jailing`');
    // a vault local_slash from anyone but a lien holder with a lien finds no lien
    expect(errorOf(() => s.chain.execute(s.user, s.vault.address, { local_slash: { slashes: [{ user: s.user, slash: '19' }], validator: s.validator.valoper } }))).toContain('not found');
    expect(JSON.stringify(s.vault.details(s.user))).toBe(before);
  });
});
