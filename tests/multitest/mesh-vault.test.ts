/**
 * The vault's upstream multitests (mesh-security v0.10.0-alpha.2, contracts/provider/vault/src/
 * multitest.rs), ported with their exact numbers to TestChain. The remote side is a test lien holder
 * (contracts/mesh/test_cross_staker) that plays external-staking's acks and slashes, and, in the
 * slash scenarios, also the local staker; the vault under test is the real one.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import { OSMO, Vault, TestLienholder, meshWasm, val, range, errorOf, b64, percent } from './mesh/testkit/index.js';

interface Setup {
  chain: TestChain;
  vault: Vault;
  cross: TestLienholder;
  local: string | null;
  user: string;
  lhCode: bigint;
  ratio: string;
}

let vaultWasm: Uint8Array;
let lienholderWasm: Uint8Array;

before(async () => {
  vaultWasm = await meshWasm('vault');
  lienholderWasm = await meshWasm('test_cross_staker');
});

function setup(opts: { funds: number; slashPercent: number; localStaking: boolean }): Setup {
  let user = '';
  const chain = TestChain.create({
    genesis: (g) => {
      user = g.addr('user1');
      if (opts.funds > 0) g.fund(user, BigInt(opts.funds), OSMO);
    },
  });
  const owner = chain.addr('owner');
  const vaultCode = chain.storeCode(owner, vaultWasm);
  const lhCode = chain.storeCode(owner, lienholderWasm);
  const ratio = percent(opts.slashPercent);
  // upstream's native-staking is always instantiated with 10% for both ratios
  const localStaking = opts.localStaking
    ? { admin: null, code_id: Number(lhCode), msg: b64({ slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }), label: null }
    : null;
  const vault = new Vault(chain, chain.instantiate(vaultCode, owner, { denom: OSMO, local_staking: localStaking }, { label: 'Vault' }).address);
  const cross = new TestLienholder(
    chain,
    chain.instantiate(lhCode, owner, { vault: vault.address, slash_ratio_dsign: ratio, slash_ratio_offline: ratio }).address,
  );
  return { chain, vault, cross, local: vault.config().local_staking, user, lhCode, ratio };
}

/** Another cross staker on the same vault (upstream's `setup_cross_stake`). */
function addCrossStaker(s: Setup): TestLienholder {
  const addr = s.chain.instantiate(s.lhCode, s.chain.addr('owner'), { vault: s.vault.address, slash_ratio_dsign: s.ratio, slash_ratio_offline: s.ratio }).address;
  return new TestLienholder(s.chain, addr);
}

/** stake_remote + the remote side's success ack (upstream's `stake_remotely`). */
function stakeRemotely(s: Setup, validators: string[], amounts: number[], cross = s.cross): void {
  validators.forEach((v, i) => {
    s.vault.stakeRemote(s.user, cross.address, amounts[i]!, v);
    cross.commit(s.vault.lastTxId());
  });
}

describe('mesh vault (upstream multitests)', () => {
  test('instantiation', () => {
    const s = setup({ funds: 0, slashPercent: 0, localStaking: true });
    expect(s.vault.config().denom).toBe(OSMO);
    expect(s.vault.config().local_staking).not.toBeNull();
    expect(s.chain.query(s.vault.address, { all_accounts: {} })).toEqual({ accounts: [] });
  });

  test('bonding', () => {
    const s = setup({ funds: 300, slashPercent: 0, localStaking: true });
    const { vault, user, chain } = s;
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '0', free: val(0) });
    expect(vault.claims(user)).toEqual([]);
    vault.bond(user, 100);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '100', free: val(100) });
    expect(chain.balance(user, OSMO)).toBe(200n);
    expect(chain.balance(vault.address, OSMO)).toBe(100n);
    vault.bond(user, 150);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '250', free: val(250) });
    expect(chain.balance(user, OSMO)).toBe(50n);
    expect(chain.balance(vault.address, OSMO)).toBe(250n);
    vault.unbond(user, 200);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '50', free: val(50) });
    expect(chain.balance(user, OSMO)).toBe(250n);
    expect(chain.balance(vault.address, OSMO)).toBe(50n);
    vault.unbond(user, 20);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '30', free: val(30) });
    expect(chain.balance(user, OSMO)).toBe(270n);
    expect(chain.balance(vault.address, OSMO)).toBe(30n);
    expect(errorOf(() => vault.unbond(user, 100))).toContain('Claim is locked, only ValueRange { low: Uint128(30), high: Uint128(30) } can be unbonded');
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '30', free: val(30) });
  });

  test('local_staking_disabled', () => {
    const s = setup({ funds: 300, slashPercent: 10, localStaking: false });
    const { vault, user } = s;
    vault.bond(user, 300);
    expect(errorOf(() => vault.stakeLocal(user, 100, 'local'))).toContain('No local staking configured');
    expect(vault.config().local_staking).toBeNull();
    vault.stakeRemote(user, s.cross.address, 100, 'remote');
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(200, 300) });
  });

  test('stake_cross', () => {
    const s = setup({ funds: 300, slashPercent: 10, localStaking: true });
    const { vault, user, chain, cross } = s;
    vault.bond(user, 300);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(300) });
    expect(chain.query(vault.address, { active_external_staking: {} })).toEqual({ contracts: [] });

    vault.stakeRemote(user, cross.address, 100, 'validator');
    expect(chain.query(vault.address, { active_external_staking: {} })).toEqual({ contracts: [cross.address] });
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(200, 300) });
    cross.commit(vault.lastTxId());
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(200) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: val(100) }]);
    expect(chain.balance(user, OSMO)).toBe(0n);
    expect(chain.balance(vault.address, OSMO)).toBe(300n);

    vault.stakeRemote(user, cross.address, 150, 'validator');
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(50, 200) });
    cross.commit(vault.lastTxId());
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(50) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: val(250) }]);

    // cannot stake over collateral, cannot unbond used collateral; neither changes anything
    expect(errorOf(() => vault.stakeRemote(user, cross.address, 150, 'validator'))).toContain("The address doesn't have sufficient balance for this operation");
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(50) });
    expect(errorOf(() => vault.unbond(user, 100))).toContain('Claim is locked, only ValueRange { low: Uint128(50), high: Uint128(50) } can be unbonded');

    // external-staking releases 50 after its unbonding period, then 100
    cross.release(user, 50);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(100) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: val(200) }]);
    cross.release(user, 100);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(200) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: val(100) }]);
    // releasing more than the lien fails
    expect(errorOf(() => cross.release(user, 101))).toContain("The lienholder doesn't have enough claims for the action");
    cross.release(user, 100);
    expect(vault.claims(user)).toEqual([]);
    vault.unbond(user, 300);
    expect(chain.balance(user, OSMO)).toBe(300n);
  });

  test('stake_cross_txs', () => {
    const s = setup({ funds: 600, slashPercent: 10, localStaking: true });
    const { vault, user, cross, chain } = s;
    vault.bond(user, 300);
    vault.stakeRemote(user, cross.address, 100, 'validator');
    const tx1 = vault.lastTxId();
    expect(tx1).toBe(1);
    vault.stakeRemote(user, cross.address, 150, 'validator');
    const tx2 = vault.lastTxId();
    expect(tx2).toBe(2);
    expect(vault.pendingTxs().map((t) => t.in_flight_staking.id)).toEqual([2, 1]);
    expect(vault.pendingTxs()[0]).toEqual({ in_flight_staking: { id: 2, amount: '150', slashable: '0.1', user, lienholder: cross.address } });
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(50, 300) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: range(0, 250) }]);
    // a third stake over the collateral while two are pending fails
    expect(errorOf(() => vault.stakeRemote(user, cross.address, 100, 'validator'))).toContain("The address doesn't have sufficient balance for this operation");
    cross.commit(tx1);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(50, 200) });
    expect(vault.claims(user)).toEqual([{ lienholder: cross.address, amount: range(100, 250) }]);
    // a tx can only be finished once, by its own lien holder
    expect(errorOf(() => cross.commit(tx1))).toContain('not found');
    const other = chain.instantiate(cross.chain.m.keepers.wasm.getContractInfo(chain.queryContext(), cross.address)!.codeId, chain.addr('owner'), { vault: vault.address, slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address;
    expect(errorOf(() => new (cross.constructor as typeof TestLienholder)(chain, other).commit(tx2))).toContain(`The tx 2 exists but comes from the wrong address: ${other}`);
    cross.commit(tx2);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(50) });
    expect(vault.pendingTxs()).toEqual([]);
  });

  test('stake_cross_rollback_tx', () => {
    const s = setup({ funds: 300, slashPercent: 10, localStaking: true });
    const { vault, user, cross } = s;
    vault.bond(user, 300);
    vault.stakeRemote(user, cross.address, 100, 'validator');
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: range(200, 300) });
    cross.rollback(vault.lastTxId());
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '300', free: val(300) });
    expect(vault.claims(user)).toEqual([]);
    expect(vault.details(user).total_slashable).toEqual(val(0));
    expect(vault.pendingTxs()).toEqual([]);
  });

  test('all_users_fetching (+ our page limits: default 10, at most 30)', () => {
    let users: string[] = [];
    const chain = TestChain.create({
      genesis: (g) => {
        users = Array.from({ length: 35 }, (_, i) => g.addr(`user${i}`));
        for (const u of users) g.fund(u, 300n, OSMO);
      },
    });
    const owner = chain.addr('owner');
    const vault = new Vault(chain, chain.instantiate(chain.storeCode(owner, vaultWasm), owner, { denom: OSMO, local_staking: null }).address);
    type Item = { user: string; account: { denom: string; bonded: string; free: { l: string; h: string } } };
    const all = (withCollateral: boolean, startAfter?: string, limit?: number) =>
      chain.query<{ accounts: Item[] }>(vault.address, { all_accounts: { with_collateral: withCollateral, start_after: startAfter ?? null, limit: limit ?? null } }).accounts;
    const item = (user: string, n: number): Item => ({ user, account: { denom: OSMO, bonded: String(n), free: val(n) } });
    const [u0, u1] = [...users].sort().slice(0, 2) as [string, string];
    expect(all(false)).toEqual([]);
    expect(all(true)).toEqual([]);
    vault.bond(u0, 100);
    expect(all(false)).toEqual([item(u0, 100)]);
    expect(all(true)).toEqual([item(u0, 100)]);
    vault.bond(u1, 200);
    expect(all(false)).toEqual([item(u0, 100), item(u1, 200)]);
    vault.unbond(u0, 50);
    expect(all(true)).toEqual([item(u0, 50), item(u1, 200)]);
    vault.unbond(u1, 200);
    expect(all(false)).toEqual([item(u0, 50), item(u1, 0)]);
    expect(all(true)).toEqual([item(u0, 50)]);
    // pages: everyone bonds; default 10, limit capped at 30, start_after excludes
    for (const u of users) if (u !== u0 && u !== u1) vault.bond(u, 1);
    expect(all(false).length).toBe(10);
    expect(all(false, undefined, 50).length).toBe(30);
    const sorted = [...users].sort();
    expect(all(false, sorted[29], 30).map((x) => x.user)).toEqual(sorted.slice(30));
    expect(all(true, undefined, 30).map((x) => x.user)).toEqual(sorted.filter((u) => u !== u1).slice(0, 30));
  });

  test('cross_slash_scenario_1: slash within free collateral, no propagation', () => {
    const s = setup({ funds: 1000, slashPercent: 10, localStaking: true });
    const { vault, user, cross } = s;
    vault.bond(user, 200);
    vault.stakeLocal(user, 190, 'local');
    stakeRemotely(s, ['validator1', 'validator2'], [100, 50]);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '200', free: val(10) });
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(190) }, { lienholder: cross.address, amount: val(150) }]));
    const d = vault.details(user);
    expect(d.max_lien).toEqual(val(190));
    expect(d.total_slashable).toEqual(val(34));
    // external-staking reports 10% of the 100 on validator1
    const res = cross.slash('validator1', [{ user, slash: 10 }]);
    expect(burns(res.events)).toEqual([]);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(190) }, { lienholder: cross.address, amount: val(140) }]));
    const d2 = vault.details(user);
    expect(d2.max_lien).toEqual(val(190));
    expect(d2.total_slashable).toEqual(val(33));
    expect(d2.bonded).toBe('190');
    expect(d2.free).toEqual(val(0));
  });

  test('cross_slash_scenario_2: total slashable above collateral, lien clamping (case A)', () => {
    const s = setup({ funds: 1000, slashPercent: 10, localStaking: true });
    const { vault, user, cross } = s;
    vault.bond(user, 200);
    vault.stakeLocal(user, 200, 'local');
    stakeRemotely(s, ['validator1'], [200]);
    const d = vault.details(user);
    expect(d.max_lien).toEqual(val(200));
    expect(d.total_slashable).toEqual(val(40));
    expect(d.free).toEqual(val(0));
    const res = cross.slash('validator1', [{ user, slash: 20 }]);
    // the local lien is cut to the new collateral: a burn of 20 on the local staker, no validator
    expect(burns(res.events)).toEqual([{ contract: s.local, action: 'burn_stake', owner: user, amount: '20', validator: '' }]);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(180) }, { lienholder: cross.address, amount: val(180) }]));
    const d2 = vault.details(user);
    expect(d2.max_lien).toEqual(val(180));
    expect(d2.total_slashable).toEqual(val(36));
    expect(d2.bonded).toBe('180');
    expect(d2.free).toEqual(val(0));
  });

  test('cross_slash_scenario_3: partial propagation with rounding', () => {
    const s = setup({ funds: 1000, slashPercent: 10, localStaking: true });
    const { vault, user, cross } = s;
    vault.bond(user, 200);
    vault.stakeLocal(user, 190, 'local');
    stakeRemotely(s, ['validator1'], [150]);
    const d = vault.details(user);
    expect(d.max_lien).toEqual(val(190));
    expect(d.total_slashable).toEqual(val(34));
    expect(d.free).toEqual(val(10));
    cross.slash('validator1', [{ user, slash: 15 }]);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(185) }, { lienholder: cross.address, amount: val(135) }]));
    const d2 = vault.details(user);
    expect(d2.max_lien).toEqual(val(185));
    expect(d2.total_slashable).toEqual(val(32 + 1)); // rounding / truncation, as upstream
    expect(d2.bonded).toBe('185');
    expect(d2.free).toEqual(val(0));
  });

  test('cross_slash_scenario_4: propagation to a second cross staker', () => {
    const s = setup({ funds: 1000, slashPercent: 10, localStaking: true });
    const { vault, user, cross } = s;
    const cross2 = addCrossStaker(s);
    vault.bond(user, 200);
    vault.stakeLocal(user, 190, 'local');
    stakeRemotely(s, ['validator1', 'validator2'], [140, 40]);
    stakeRemotely(s, ['validator3', 'validator4'], [100, 88], cross2);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(190) }, { lienholder: cross.address, amount: val(180) }, { lienholder: cross2.address, amount: val(188) }]));
    let d = vault.details(user);
    expect(d.max_lien).toEqual(val(190));
    expect(d.total_slashable).toEqual(val(55)); // truncation
    expect(d.free).toEqual(val(10));
    const res = cross.slash('validator1', [{ user, slash: 14 }]);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: s.local!, amount: val(186) }, { lienholder: cross.address, amount: val(166) }, { lienholder: cross2.address, amount: val(186) }]));
    d = vault.details(user);
    expect(d.max_lien).toEqual(val(186));
    expect(d.total_slashable).toEqual(val(53 + 1));
    expect(d.bonded).toBe('186');
    expect(d.free).toEqual(val(0));
    // upstream's cross staker 2 ends at 99 + 87: a burn of 2 with no validator
    expect(sortBurns(burns(res.events))).toEqual(sortBurns([
      { contract: s.local!, action: 'burn_stake', owner: user, amount: '4', validator: '' },
      { contract: cross2.address, action: 'burn_virtual_stake', owner: user, amount: '2', validator: '' },
    ]));
  });

  test('cross_slash_scenario_5: total slashable dominates, even burn on every lien (case B)', () => {
    const s = setup({ funds: 1000, slashPercent: 50, localStaking: true });
    const { vault, user, cross } = s;
    const cross2 = addCrossStaker(s);
    const cross3 = addCrossStaker(s);
    vault.bond(user, 200);
    vault.stakeLocal(user, 100, 'local');
    stakeRemotely(s, ['validator1'], [180]);
    stakeRemotely(s, ['validator2'], [80], cross2);
    stakeRemotely(s, ['validator3'], [100], cross3);
    let d = vault.details(user);
    expect(d.max_lien).toEqual(val(180));
    expect(d.total_slashable).toEqual(val(190));
    expect(d.free).toEqual(val(10));
    const res = cross.slash('validator1', [{ user, slash: 90 }]); // 180 * 50%
    expect(vault.claims(user)).toEqual(sortClaims([
      { lienholder: s.local!, amount: val(78) },
      { lienholder: cross.address, amount: val(68) },
      { lienholder: cross2.address, amount: val(58) },
      { lienholder: cross3.address, amount: val(78) },
    ]));
    d = vault.details(user);
    expect(d.max_lien).toEqual(val(78));
    expect(d.total_slashable).toEqual(val(110));
    expect(d.bonded).toBe('110');
    expect(d.free).toEqual(val(0));
    // 22 from every lien holder; only the reporting one is told the validator
    expect(sortBurns(burns(res.events))).toEqual(sortBurns([
      { contract: s.local!, action: 'burn_stake', owner: user, amount: '22', validator: '' },
      { contract: cross.address, action: 'burn_virtual_stake', owner: user, amount: '22', validator: 'validator1' },
      { contract: cross2.address, action: 'burn_virtual_stake', owner: user, amount: '22', validator: '' },
      { contract: cross3.address, action: 'burn_virtual_stake', owner: user, amount: '22', validator: '' },
    ]));
  });

  test('cross_slash_no_native_staking', () => {
    const s = setup({ funds: 200, slashPercent: 10, localStaking: false });
    const { vault, user, cross } = s;
    const cross2 = addCrossStaker(s);
    vault.bond(user, 200);
    stakeRemotely(s, ['validator1', 'validator2'], [140, 40]);
    stakeRemotely(s, ['validator3', 'validator4'], [100, 88], cross2);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: cross.address, amount: val(180) }, { lienholder: cross2.address, amount: val(188) }]));
    let d = vault.details(user);
    expect(d.max_lien).toEqual(val(188));
    expect(d.total_slashable).toEqual(val(36));
    expect(d.free).toEqual(val(12));
    cross.slash('validator1', [{ user, slash: 14 }]);
    expect(vault.claims(user)).toEqual(sortClaims([{ lienholder: cross.address, amount: val(166) }, { lienholder: cross2.address, amount: val(186) }]));
    d = vault.details(user);
    expect(d.max_lien).toEqual(val(186));
    expect(d.total_slashable).toEqual(val(35));
    expect(d.bonded).toBe('186');
    expect(d.free).toEqual(val(0));
  });
});

function sortBurns<T extends { contract: string | undefined }>(b: T[]): T[] {
  return [...b].sort((x, y) => ((x.contract ?? '') < (y.contract ?? '') ? -1 : 1));
}

/** account_claims are ascending by lien-holder address. */
function sortClaims<T extends { lienholder: string }>(c: T[]): T[] {
  return [...c].sort((a, b) => (a.lienholder < b.lienholder ? -1 : a.lienholder > b.lienholder ? 1 : 0));
}

/** The burns the vault sent, as the test lien holders recorded them. */
function burns(events: { type: string; attributes: { key: string; value: string }[] }[]): { contract: string | undefined; action: string; owner: string; amount: string; validator: string }[] {
  const out = [];
  for (const e of events) {
    if (e.type !== 'wasm') continue;
    const a = new Map(e.attributes.map((x) => [x.key, x.value]));
    const action = a.get('action');
    if (action !== 'burn_stake' && action !== 'burn_virtual_stake') continue;
    out.push({ contract: a.get('_contract_address'), action, owner: a.get('owner')!, amount: a.get('amount')!, validator: a.get('validator')! });
  }
  return out;
}
