/**
 * The vault with cw20 collateral (our addition: upstream's vault is native only, spec §14): the same
 * bond, cross-stake, unstake, slash, release and unbond flow as with a native vault, checked against
 * the native vault's numbers; and the bad inputs of the issue, each an error that changes nothing.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import { compileContract } from '../../contracts/tools/compile.js';
import { OSMO, Vault, TestLienholder, meshWasm, errorOf, b64, val } from './mesh/testkit/index.js';

let vaultWasm: Uint8Array;
let lienholderWasm: Uint8Array;
let cw20Wasm: Uint8Array;

before(async () => {
  vaultWasm = await meshWasm('vault');
  lienholderWasm = await meshWasm('test_cross_staker');
  cw20Wasm = (await compileContract('contracts/cw20/assembly/contract.ts')).wasm;
});

interface World {
  chain: TestChain;
  vault: Vault;
  cross: TestLienholder;
  cross2: TestLienholder;
  user: string;
  /** The collateral's denom as the vault's Coins carry it: the bank denom or the token address. */
  denom: string;
  token: string | null;
  /** Deposits `amount` of collateral for `user`. */
  deposit(amount: number): void;
  /** The user's collateral balance outside the vault. */
  wallet(): bigint;
  vaultHolds(): bigint;
}

function world(kind: 'native' | 'cw20'): World {
  let user = '';
  const chain = TestChain.create({
    genesis: (g) => {
      user = g.addr('user1');
      g.fund(user, 1000n, OSMO);
    },
  });
  const owner = chain.addr('owner');
  const vaultCode = chain.storeCode(owner, vaultWasm);
  const lhCode = chain.storeCode(owner, lienholderWasm);
  let token: string | null = null;
  let collateral: object;
  if (kind === 'cw20') {
    const cw20Code = chain.storeCode(owner, cw20Wasm);
    token = chain.instantiate(cw20Code, owner, { name: 'Mesh Token', symbol: 'MESH', decimals: 6, initial_balances: [{ address: user, amount: '1000' }], mint: null }).address;
    collateral = { collateral: { cw20: token } };
  } else collateral = { denom: OSMO };
  const vault = new Vault(chain, chain.instantiate(vaultCode, owner, { ...collateral, local_staking: null }).address);
  const mk = () => new TestLienholder(chain, chain.instantiate(lhCode, owner, { vault: vault.address, slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address);
  const cross = mk();
  const cross2 = mk();
  const cw20Balance = (a: string) => BigInt(chain.query<{ balance: string }>(token!, { balance: { address: a } }).balance);
  return {
    chain,
    vault,
    cross,
    cross2,
    user,
    token,
    denom: token ?? OSMO,
    deposit(amount: number) {
      if (token === null) vault.bond(user, amount);
      else chain.execute(user, token, { send: { contract: vault.address, amount: String(amount), msg: b64({ bond: {} }) } });
    },
    wallet: () => (token === null ? chain.balance(user, OSMO) : cw20Balance(user)),
    vaultHolds: () => (token === null ? chain.balance(vault.address, OSMO) : cw20Balance(vault.address)),
  };
}

/** Bond, cross-stake on two holders, a slash with propagation, release, unbond; the states seen. */
function flow(w: World): unknown[] {
  const { vault, user, cross, cross2, denom } = w;
  const seen: unknown[] = [];
  const snap = (label: string) => {
    const d = vault.details(user);
    seen.push({ label, bonded: d.bonded, free: d.free, max_lien: d.max_lien, total_slashable: d.total_slashable, wallet: w.wallet(), vault: w.vaultHolds(), claims: vault.claims(user).map((c) => [c.lienholder === cross.address ? 'cross' : 'cross2', c.amount]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)) });
  };
  w.deposit(200);
  snap('bond');
  vault.stakeRemote(user, cross.address, 180, 'validator1', denom);
  snap('prepared');
  cross.commit(vault.lastTxId());
  vault.stakeRemote(user, cross2.address, 188, 'validator3', denom);
  cross2.commit(vault.lastTxId());
  snap('cross-staked');
  cross.slash('validator1', [{ user, slash: 14 }]);
  snap('slashed');
  cross.release(user, 66, denom);
  cross2.release(user, 86, denom);
  snap('released');
  vault.unbond(user, 86, denom);
  snap('unbonded');
  return seen;
}

describe('mesh vault with cw20 collateral', () => {
  test('the cw20 vault follows the native vault number for number', () => {
    const native = world('native');
    const cw20 = world('cw20');
    const a = flow(native);
    const b = flow(cw20);
    expect(b).toEqual(a);
    // spot-check the shared numbers (upstream's cross_slash_no_native_staking, then releases)
    expect(a[3]).toMatchObject({ label: 'slashed', bonded: '186', free: val(0), max_lien: val(186), total_slashable: val(35) });
    expect(a[5]).toMatchObject({ label: 'unbonded', bonded: '100', free: val(0), wallet: 886n, vault: 114n }); // a cross slash leaves the tokens in the vault
    expect(cw20.vault.config()).toEqual({ denom: cw20.token, local_staking: null, collateral: { cw20: cw20.token } });
    expect(native.vault.config()).toEqual({ denom: OSMO, local_staking: null, collateral: { native: OSMO } });
  });

  test('a cw20 vault has no local staker', () => {
    const w = world('cw20');
    w.deposit(100);
    expect(errorOf(() => w.vault.stakeLocal(w.user, 10, 'v', w.denom))).toContain('No local staking configured');
    const code = w.chain.storeCode(w.chain.addr('owner'), vaultWasm);
    expect(errorOf(() => w.chain.instantiate(code, w.chain.addr('owner'), { collateral: { cw20: w.token }, local_staking: { admin: null, code_id: 1, msg: b64({}), label: null } }))).toContain('A cw20 collateral vault cannot have a local staking contract');
    expect(errorOf(() => w.chain.instantiate(code, w.chain.addr('owner'), { denom: OSMO, collateral: { native: OSMO } }))).toContain('Instantiate takes exactly one of `denom` and `collateral`');
  });
});

describe('mesh vault: bad input is an error with upstream text and changes nothing', () => {
  test('native vault', () => {
    const w = world('native');
    const { vault, user, chain, cross } = w;
    w.deposit(200);
    vault.stakeRemote(user, cross.address, 100, 'v');
    cross.commit(vault.lastTxId());
    const before = JSON.stringify([vault.details(user), vault.claims(user), String(chain.balance(user, OSMO))]);
    const same = () => expect(JSON.stringify([vault.details(user), vault.claims(user), String(chain.balance(user, OSMO))])).toBe(before);

    // wrong denom
    expect(errorOf(() => vault.unbond(user, 10, 'uother'))).toContain('All denoms are expected to be OSMO');
    expect(errorOf(() => vault.stakeRemote(user, cross.address, 10, 'v', 'uother'))).toContain('All denoms are expected to be OSMO');
    // a cw20 hook on a native vault
    expect(errorOf(() => chain.execute(user, vault.address, { receive: { sender: user, amount: '10', msg: b64({ bond: {} }) } }))).toContain('All denoms are expected to be OSMO');
    // unbond above free collateral
    expect(errorOf(() => vault.unbond(user, 101))).toContain('Claim is locked, only ValueRange { low: Uint128(100), high: Uint128(100) } can be unbonded');
    // stake above collateral
    expect(errorOf(() => vault.stakeRemote(user, w.cross2.address, 201, 'v'))).toContain("The address doesn't have sufficient balance for this operation");
    // a lien holder calling for another's lien, or one it doesn't hold
    expect(errorOf(() => w.cross2.release(user, 10))).toContain("The lienholder doesn't have any claims");
    expect(errorOf(() => chain.execute(user, vault.address, { release_cross_stake: { owner: user, amount: { denom: OSMO, amount: '10' } } }))).toContain("The lienholder doesn't have any claims");
    expect(errorOf(() => w.cross2.slash('v', [{ user, slash: 10 }]))).toContain('not found');
    // a lien holder that refuses the stake (here: it belongs to another vault) reverts the whole stake_remote
    const stranger = chain.instantiate(chain.m.keepers.wasm.getContractInfo(chain.queryContext(), cross.address)!.codeId, chain.addr('owner'), { vault: chain.addr('other_vault'), slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address;
    expect(errorOf(() => vault.stakeRemote(user, stranger, 10, 'v'))).toContain('Unauthorized');
    expect(chain.query(vault.address, { active_external_staking: {} })).toEqual({ contracts: [cross.address] });
    expect(vault.pendingTxs()).toEqual([]);
    // stake_remote to something that is not a lien holder at all (no max_slash)
    expect(errorOf(() => vault.stakeRemote(user, user, 10, 'v'))).toContain('Querier');
    // unknown message fields are rejected like #[cw_serde]
    expect(errorOf(() => chain.execute(user, vault.address, { bond: { extra: 1 } }))).toContain('unknown field `extra`');
    same();
    expect(chain.query(vault.address, { claim: { account: user, lienholder: cross.address } })).toEqual({ amount: val(100), slashable: '0.1' });
    expect(errorOf(() => chain.query(vault.address, { claim: { account: user, lienholder: w.cross2.address } }))).toContain('No claim found');
  });

  test('cw20 vault: wrong token, native funds', () => {
    const w = world('cw20');
    const { vault, user, chain } = w;
    w.deposit(100);
    const before = JSON.stringify([vault.details(user), String(w.wallet())]);
    // a receive hook from anyone but the collateral token
    expect(errorOf(() => chain.execute(user, vault.address, { receive: { sender: user, amount: '10', msg: b64({ bond: {} }) } }))).toContain(`All denoms are expected to be ${w.token}`);
    // another cw20 token sent to the vault
    const owner = chain.addr('owner');
    const other = chain.instantiate(chain.storeCode(owner, cw20Wasm), owner, { name: 'Other Token', symbol: 'OTHR', decimals: 6, initial_balances: [{ address: user, amount: '1000' }], mint: null }).address;
    expect(errorOf(() => chain.execute(user, other, { send: { contract: vault.address, amount: '10', msg: b64({ bond: {} }) } }))).toContain(`All denoms are expected to be ${w.token}`);
    // native funds to a cw20 vault
    expect(errorOf(() => vault.bond(user, 10))).toContain(`All denoms are expected to be ${w.token}`);
    // an unknown receive payload
    expect(errorOf(() => chain.execute(user, w.token!, { send: { contract: vault.address, amount: '10', msg: b64({ stake: {} }) } }))).toContain('unknown variant `stake`');
    expect(JSON.stringify([vault.details(user), String(w.wallet())])).toBe(before);
  });
});
