/**
 * native-staking and native-staking-proxy: upstream's multitests (mesh-security v0.10.0-alpha.2,
 * native-staking/src/multitest.rs, native-staking-proxy/src/multitest.rs and the vault's local
 * staking tests) ported to TestChain, where the proxies' delegations are real x/staking
 * delegations. The chain's `jailing` sudo is sent as the chain sends it (TestChain.sudo); the
 * chain module that sends it on a real slash is tested in mesh-jailing-hook.test.ts.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import { Vault, TestLienholder, meshWasm, val, errorOf, b64, delegationsOf } from './mesh/testkit/index.js';

const OSMO = 'OSMO';
const UNBONDING_SECONDS = 60;

let wasm: Record<'vault' | 'native' | 'proxy' | 'lienholder', Uint8Array>;
before(async () => {
  wasm = {
    vault: await meshWasm('vault'),
    native: await meshWasm('native_staking'),
    proxy: await meshWasm('native_staking_proxy'),
    lienholder: await meshWasm('test_cross_staker'),
  };
});

interface World {
  chain: TestChain;
  user: string;
  validator: string;
  validator2: string;
}

/** A chain whose staking denom is OSMO, 60 s unbonding (cw-multi-test's default), two validators. */
function world(funds: Record<string, bigint>): World {
  let validator = '';
  let validator2 = '';
  const chain = TestChain.create({
    bondDenom: OSMO,
    genesis: (g) => {
      validator = g.validator('val1', 1_000_000_000n).valoper;
      validator2 = g.validator('val2', 1_000_000_000n).valoper;
      for (const [label, amount] of Object.entries(funds)) g.fund(g.addr(label), amount, OSMO);
      g.set('staking', { params: { bond_denom: OSMO, unbonding_time: `${UNBONDING_SECONDS}s` } });
    },
  });
  return { chain, user: chain.addr('user1'), validator, validator2 };
}

function nativeStakingInit(proxyCode: bigint, dsign = '0.15', offline = '0.1') {
  return { denom: OSMO, proxy_code_id: Number(proxyCode), slash_ratio_dsign: dsign, slash_ratio_offline: offline };
}

describe('mesh native-staking (upstream multitests)', () => {
  test('instantiation', () => {
    const { chain } = world({});
    const vault = chain.addr('vault');
    const proxyCode = chain.storeCode(vault, wasm.proxy);
    const staking = chain.instantiate(chain.storeCode(vault, wasm.native), vault, nativeStakingInit(proxyCode), { label: 'Staking' }).address;
    expect(chain.query(staking, { config: {} })).toEqual({ denom: OSMO, proxy_code_id: Number(proxyCode), vault, slash_ratio_dsign: '0.15', slash_ratio_offline: '0.1' });
    expect(chain.query(staking, { max_slash: {} })).toEqual({ slash_ratio_dsign: '0.15', slash_ratio_offline: '0.1' });
    expect(errorOf(() => chain.instantiate(chain.storeCode(vault, wasm.native), vault, nativeStakingInit(proxyCode, '1.01')))).toContain('You cannot specify a slash ratio over 1.0 (100%)');
  });

  test('receiving_stake', () => {
    const { chain, validator } = world({ vault: 300n, user1: 10n });
    const vault = chain.addr('vault');
    const user1 = chain.addr('user1');
    const user2 = chain.addr('user2');
    const proxyCode = chain.storeCode(vault, wasm.proxy);
    const staking = chain.instantiate(chain.storeCode(vault, wasm.native), vault, nativeStakingInit(proxyCode), { label: 'Staking' }).address;
    expect(errorOf(() => chain.query(staking, { proxy_by_owner: { owner: user1 } }))).toContain('not found');
    const stakeMsg = b64({ validator });
    chain.execute(vault, staking, { receive_stake: { owner: user1, msg: stakeMsg } }, [{ denom: OSMO, amount: 100n }]);
    const proxy1 = chain.query<{ proxy: string }>(staking, { proxy_by_owner: { owner: user1 } }).proxy;
    expect(chain.query(staking, { owner_by_proxy: { proxy: proxy1 } })).toEqual({ owner: user1 });
    expect(delegationsOf(chain, proxy1)).toEqual([{ validator, amount: 100n }]);
    chain.execute(vault, staking, { receive_stake: { owner: user1, msg: stakeMsg } }, [{ denom: OSMO, amount: 50n }]);
    expect(chain.query(staking, { proxy_by_owner: { owner: user1 } })).toEqual({ proxy: proxy1 });
    expect(delegationsOf(chain, proxy1)).toEqual([{ validator, amount: 150n }]);
    chain.execute(vault, staking, { receive_stake: { owner: user2, msg: stakeMsg } }, [{ denom: OSMO, amount: 10n }]);
    const proxy2 = chain.query<{ proxy: string }>(staking, { proxy_by_owner: { owner: user2 } }).proxy;
    expect(proxy2).not.toBe(proxy1);
    expect(chain.query(staking, { owner_by_proxy: { proxy: proxy2 } })).toEqual({ owner: user2 });
    expect(delegationsOf(chain, proxy2)).toEqual([{ validator, amount: 10n }]);
    // only the vault stakes; a proxy's rewards go to its owner
    expect(errorOf(() => chain.execute(user1, staking, { receive_stake: { owner: user1, msg: stakeMsg } }, [{ denom: OSMO, amount: 1n }]))).toContain('Unauthorized');
    expect(chain.query(proxy1, { config: {} })).toEqual({ denom: OSMO, owner: user1, parent: staking });
  });

  test('releasing_proxy_stake (vault → native-staking → proxy and back)', () => {
    const w = world({ user1: 300n });
    const { chain, user, validator } = w;
    const owner = chain.addr('vault_admin');
    const proxyCode = chain.storeCode(owner, wasm.proxy);
    const nativeCode = chain.storeCode(owner, wasm.native);
    const vaultCode = chain.storeCode(owner, wasm.vault);
    const vault = new Vault(chain, chain.instantiate(vaultCode, owner, { denom: OSMO, local_staking: { admin: null, code_id: Number(nativeCode), msg: b64(nativeStakingInit(proxyCode)), label: null } }, { label: 'Vault' }).address);
    const staking = vault.config().local_staking!;
    expect(chain.query(staking, { config: {} })).toMatchObject({ vault: vault.address });
    expect(chain.balance(vault.address, OSMO)).toBe(0n);
    vault.bond(user, 200, OSMO);
    expect(chain.balance(vault.address, OSMO)).toBe(200n);
    vault.stakeLocal(user, 100, validator, OSMO);
    expect(chain.balance(vault.address, OSMO)).toBe(100n);
    expect(vault.claims(user)).toEqual([{ lienholder: staking, amount: val(100) }]);
    const proxy = chain.query<{ proxy: string }>(staking, { proxy_by_owner: { owner: user } }).proxy;
    expect(delegationsOf(chain, proxy)).toEqual([{ validator, amount: 100n }]);

    chain.execute(user, proxy, { unstake: { validator, amount: { denom: OSMO, amount: '100' } } });
    // nothing to release before the unbonding period ends
    chain.execute(user, proxy, { release_unbonded: {} });
    expect(chain.balance(vault.address, OSMO)).toBe(100n);
    chain.advanceTime(5 * UNBONDING_SECONDS);
    chain.nextBlock();
    chain.execute(user, proxy, { release_unbonded: {} });
    expect(chain.balance(vault.address, OSMO)).toBe(200n);
    expect(vault.claims(user)).toEqual([]);
    expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '200', free: val(200) });
  });
});

describe('mesh native-staking-proxy (upstream multitests)', () => {
  /** vault + native-staking + the user's proxy with 100 staked on `validator`. */
  function setup() {
    const w = world({ user1: 2_000_000_000n, owner: 1n });
    const { chain, user, validator } = w;
    const owner = chain.addr('owner');
    const proxyCode = chain.storeCode(owner, wasm.proxy);
    const nativeCode = chain.storeCode(owner, wasm.native);
    const vault = new Vault(chain, chain.instantiate(chain.storeCode(owner, wasm.vault), owner, { denom: OSMO, local_staking: { admin: null, code_id: Number(nativeCode), msg: b64(nativeStakingInit(proxyCode, '0.1', '0.1')), label: null } }).address);
    const staking = vault.config().local_staking!;
    vault.bond(user, 200, OSMO);
    vault.stakeLocal(user, 100, validator, OSMO);
    const proxy = chain.query<{ proxy: string }>(staking, { proxy_by_owner: { owner: user } }).proxy;
    return { ...w, vault, staking, proxy };
  }

  test('instantiation: delegates, rewards to the owner', () => {
    const { chain, proxy, validator, user, staking } = setup();
    expect(chain.query(proxy, { config: {} })).toEqual({ denom: OSMO, owner: user, parent: staking });
    expect(delegationsOf(chain, proxy)).toEqual([{ validator, amount: 100n }]);
  });

  test('staking: more stake on the same and another validator goes through the same proxy', () => {
    const s = setup();
    s.vault.stakeLocal(s.user, 20, s.validator, OSMO);
    s.vault.stakeLocal(s.user, 30, s.validator2, OSMO);
    expect(delegationsOf(s.chain, s.proxy).sort((a, b) => a.validator.localeCompare(b.validator))).toEqual(
      [{ validator: s.validator, amount: 120n }, { validator: s.validator2, amount: 30n }].sort((a, b) => a.validator.localeCompare(b.validator)),
    );
  });

  test('restaking: redelegates', () => {
    const s = setup();
    s.chain.execute(s.user, s.proxy, { restake: { src_validator: s.validator, dst_validator: s.validator2, amount: { denom: OSMO, amount: '20' } } });
    expect(delegationsOf(s.chain, s.proxy).sort((a, b) => a.validator.localeCompare(b.validator))).toEqual(
      [{ validator: s.validator, amount: 80n }, { validator: s.validator2, amount: 20n }].sort((a, b) => a.validator.localeCompare(b.validator)),
    );
  });

  test('unstaking: after the unbonding period the tokens are back in the proxy', () => {
    const s = setup();
    s.chain.execute(s.user, s.proxy, { unstake: { validator: s.validator, amount: { denom: OSMO, amount: '40' } } });
    expect(delegationsOf(s.chain, s.proxy)).toEqual([{ validator: s.validator, amount: 60n }]);
    expect(s.chain.balance(s.proxy, OSMO)).toBe(0n);
    s.chain.advanceTime(UNBONDING_SECONDS + 1);
    s.chain.nextBlock();
    expect(s.chain.balance(s.proxy, OSMO)).toBe(40n);
    s.chain.execute(s.user, s.proxy, { release_unbonded: {} });
    expect(s.chain.balance(s.proxy, OSMO)).toBe(0n);
    expect(s.vault.claims(s.user)).toEqual([{ lienholder: s.staking, amount: val(60) }]);
  });

  test('voting and weighted voting: owner only, nonpayable', () => {
    const s = setup();
    const other = s.chain.addr('somebody');
    expect(errorOf(() => s.chain.execute(other, s.proxy, { vote: { proposal_id: 1, vote: 'yes' } }))).toContain('Unauthorized');
    expect(errorOf(() => s.chain.execute(s.user, s.proxy, { vote: { proposal_id: 1, vote: 'yes' } }, [{ denom: OSMO, amount: 1n }]))).toContain('This message does no accept funds');
    expect(errorOf(() => s.chain.execute(s.user, s.proxy, { vote_weighted: { proposal_id: 2, vote: [{ option: 'yes', weight: '0.5' }] } }, [{ denom: OSMO, amount: 1n }]))).toContain('This message does no accept funds');
    expect(errorOf(() => s.chain.execute(s.staking, s.proxy, { vote_weighted: { proposal_id: 2, vote: [{ option: 'yes', weight: '0.5' }] } }))).toContain('Unauthorized');
    // the owner's vote reaches gov (no proposal 1 exists, so gov refuses it: the message was sent)
    expect(errorOf(() => s.chain.execute(s.user, s.proxy, { vote: { proposal_id: 1, vote: 'yes' } }))).toMatch(/proposal|not found|inactive/i);
    expect(errorOf(() => s.chain.execute(s.user, s.proxy, { vote: { proposal_id: 1, vote: 'maybe' } }))).toContain('unknown variant `maybe`');
  });

  test('withdraw_rewards: paid to the owner', () => {
    const s = setup();
    // a stake as large as a validator's, so that a few blocks of inflation pay something
    s.vault.bond(s.user, 1_000_000_000, OSMO);
    s.vault.stakeLocal(s.user, 1_000_000_000, s.validator, OSMO);
    s.chain.advanceBlocks(20);
    const before = s.chain.balance(s.user, OSMO);
    const res = s.chain.execute(s.user, s.proxy, { withdraw_rewards: {} });
    const withdrawn = res.events.filter((e) => e.type === 'withdraw_rewards');
    expect(withdrawn.map((e) => e.attributes.find((a) => a.key === 'validator')?.value)).toEqual([s.validator]);
    const paid = BigInt((withdrawn[0]!.attributes.find((a) => a.key === 'amount')?.value ?? '0').replace(/[^0-9].*$/, '') || '0');
    expect(paid > 0n).toBe(true);
    expect(s.chain.balance(s.proxy, OSMO)).toBe(0n);
    expect(s.chain.balance(s.user, OSMO)).toBe(before + paid);
    expect(errorOf(() => s.chain.execute(s.chain.addr('somebody'), s.proxy, { withdraw_rewards: {} }))).toContain('Unauthorized');
  });

  test('burn: parent only; spread over delegations; burned tokens are never released', () => {
    const s = setup();
    s.vault.stakeLocal(s.user, 50, s.validator2, OSMO);
    expect(errorOf(() => s.chain.execute(s.user, s.proxy, { burn: { validator: null, amount: { denom: OSMO, amount: '10' } } }))).toContain('Unauthorized');
    expect(errorOf(() => s.chain.execute(s.staking, s.proxy, { burn: { validator: null, amount: { denom: 'uother', amount: '10' } } }))).toContain('Try to send wrong denom: uother');
    expect(errorOf(() => s.chain.execute(s.staking, s.proxy, { burn: { validator: s.validator2, amount: { denom: OSMO, amount: '51' } } }))).toContain(`Native proxy ${s.proxy} has not enough delegated funds: 51`);
    // 31 over (100, 50): 15 each, the remainder 1 on the first that can take it
    s.chain.execute(s.staking, s.proxy, { burn: { validator: null, amount: { denom: OSMO, amount: '31' } } });
    const d = Object.fromEntries(delegationsOf(s.chain, s.proxy).map((x) => [x.validator, x.amount]));
    expect(d[s.validator]! + d[s.validator2]!).toBe(150n - 31n);
    s.chain.advanceTime(UNBONDING_SECONDS + 1);
    s.chain.nextBlock();
    expect(s.chain.balance(s.proxy, OSMO)).toBe(31n);
    s.chain.execute(s.user, s.proxy, { release_unbonded: {} });
    expect(s.chain.balance(s.proxy, OSMO)).toBe(31n);
  });
});

describe('mesh native slashing through the jailing sudo (upstream vault multitests)', () => {
  for (const [name, sudo] of [
    ['native_slashing_tombstoning', (v: string) => ({ jailing: { jailed: [], tombstoned: [v] } })],
    ['native_slashing_jailing', (v: string) => ({ jailing: { jailed: [v], tombstoned: null } })],
  ] as const) {
    test(name, () => {
      const w = world({ user1: 1000n });
      const { chain, user, validator } = w;
      const owner = chain.addr('owner');
      const proxyCode = chain.storeCode(owner, wasm.proxy);
      const nativeCode = chain.storeCode(owner, wasm.native);
      const vault = new Vault(chain, chain.instantiate(chain.storeCode(owner, wasm.vault), owner, { denom: OSMO, local_staking: { admin: null, code_id: Number(nativeCode), msg: b64(nativeStakingInit(proxyCode, '0.1', '0.1')), label: null } }).address);
      const staking = vault.config().local_staking!;
      const cross = new TestLienholder(chain, chain.instantiate(chain.storeCode(owner, wasm.lienholder), owner, { vault: vault.address, slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address);
      vault.bond(user, 200, OSMO);
      vault.stakeLocal(user, 190, validator, OSMO);
      for (const amount of [100, 50]) {
        vault.stakeRemote(user, cross.address, amount, 'remote', OSMO);
        cross.commit(vault.lastTxId());
      }
      expect(vault.account(user)).toEqual({ denom: OSMO, bonded: '200', free: val(10) });
      let d = vault.details(user);
      expect(d.max_lien).toEqual(val(190));
      expect(d.total_slashable).toEqual(val(34));

      const res = chain.sudo(staking, sudo(validator));
      expect(res.events.some((e) => e.type === 'wasm-jailing')).toBe(true);
      const claims = Object.fromEntries(vault.claims(user).map((c) => [c.lienholder, c.amount]));
      expect(claims[staking]).toEqual(val(171)); // 10% slashed
      expect(claims[cross.address]).toEqual(val(150));
      d = vault.details(user);
      expect(d.max_lien).toEqual(val(171));
      expect(d.total_slashable).toEqual(val(33));
      expect(d.bonded).toBe('181');
      expect(d.free).toEqual(val(10));
      // no delegation to a validator: no slash, nothing changes
      const before = JSON.stringify(vault.details(user));
      chain.sudo(staking, { jailing: { jailed: [w.validator2], tombstoned: null } });
      expect(JSON.stringify(vault.details(user))).toBe(before);
    });
  }

  test('burn_stake without a proxy and from anyone but the vault are errors', () => {
    const w = world({ user1: 1000n });
    const { chain, user } = w;
    const vault = chain.addr('vault');
    const proxyCode = chain.storeCode(vault, wasm.proxy);
    const staking = chain.instantiate(chain.storeCode(vault, wasm.native), vault, nativeStakingInit(proxyCode)).address;
    expect(errorOf(() => chain.execute(vault, staking, { burn_stake: { owner: user, amount: { denom: OSMO, amount: '1' }, validator: null } }))).toContain(`Missing proxy contract for ${user}`);
    expect(errorOf(() => chain.execute(user, staking, { burn_stake: { owner: user, amount: { denom: OSMO, amount: '1' }, validator: null } }))).toContain('Unauthorized');
    expect(errorOf(() => chain.execute(user, staking, { release_proxy_stake: {} }, [{ denom: OSMO, amount: 1n }]))).toContain('not found');
  });
});
