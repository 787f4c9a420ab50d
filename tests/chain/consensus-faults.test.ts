/**
 * Slashing through the real path: validators sign blocks with ed25519 keys (block driver), one
 * stops signing or double-signs, and x/slashing / x/evidence see it in BeginBlock's last commit and
 * misbehaviour — no test-only shortcut into the keepers. Rewards flow by the F1 method from the
 * real commits.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgWithdrawDelegatorReward } from 'cosmjs-types/cosmos/distribution/v1beta1/tx';
import { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import { findAttribute } from '../../chain/kernel/events.js';
import { TxSigner } from '../../chain/testkit/signer.js';

const POWER = 1_000_000n;

function fourValidators(window = '10'): { chain: TestChain; vals: GenesisValidator[] } {
  const vals: GenesisValidator[] = [];
  const chain = TestChain.create({
    genesis: (g) => {
      for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
      g.set('slashing', { params: { signed_blocks_window: window, min_signed_per_window: '0.5', downtime_jail_duration: '60s' } });
      g.set('mint', { params: { inflation_min: '0', inflation_max: '0', inflation_rate_change: '0' }, minter: { inflation: '0' } });
    },
  });
  return { chain, vals };
}

describe('faults seen through signed blocks', () => {
  test('a validator that stops signing is slashed 1 % and jailed after the window, and leaves the signing set', () => {
    const { chain, vals } = fourValidators();
    const down = vals[3]!;
    const k = chain.m.keepers.staking;
    chain.setOnline(down.signer.address, false);
    let jailedAt = 0;
    for (let i = 0; i < 30 && jailedAt === 0; i++) {
      chain.nextBlock();
      if (k.getValidator(chain.queryContext(), down.valoper)!.jailed) jailedAt = chain.height;
    }
    expect(jailedAt).toBeGreaterThan(10);
    const v = k.getValidator(chain.queryContext(), down.valoper)!;
    expect(v.tokens).toBe(99n * POWER);
    const slash = chain.nextBlock().events.find((e) => e.type === 'slash');
    expect(slash?.attributes.find((a) => a.key === 'reason')?.value).toBe('missing_signature');
    chain.advanceBlocks(3);
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), down.valoper)!.status).toBe('unbonding');
    const set = chain.driver!.validatorSet(chain.height)!;
    expect(set.validators.map((x) => Buffer.from(x.address).toString('hex'))).not.toContain(Buffer.from(down.signer.address).toString('hex'));
    // The other three keep the chain going (75 % > 2/3).
    const others = vals.slice(0, 3).map((x) => k.getValidator(chain.queryContext(), x.valoper)!.tokens);
    expect(others).toEqual([100n * POWER, 100n * POWER, 100n * POWER]);
  });

  test('a double sign is detected by consensus, then slashed 5 % of the power at the infraction, jailed forever and tombstoned', () => {
    const { chain, vals } = fourValidators('100');
    chain.advanceBlocks(3);
    const bad = vals[2]!;
    const supply = chain.m.keepers.bank.getSupply(chain.queryContext(), 'stake').amount;
    chain.doubleSign(bad.signer.address);
    chain.advanceBlocks(2);
    const v = chain.m.keepers.staking.getValidator(chain.queryContext(), bad.valoper)!;
    expect(v.jailed).toBe(true);
    expect(v.tokens).toBe(95n * POWER);
    expect(chain.m.keepers.slashing.getSigningInfo(chain.queryContext(), bad.signer.address)!.tombstoned).toBe(true);
    expect(chain.m.keepers.bank.getSupply(chain.queryContext(), 'stake').amount).toBe(supply - 5n * POWER);
    // Only one punishment even if it happens again.
    chain.doubleSign(bad.signer.address);
    chain.advanceBlocks(2);
    expect(chain.m.keepers.staking.getValidator(chain.queryContext(), bad.valoper)!.tokens).toBe(95n * POWER);
  });

  test('fees are paid out by power from the real last commit, with commission and community tax, and withdrawn exactly', async () => {
    const payer = await TxSigner.fromLabel('fees/payer', 'mesh');
    const vals: GenesisValidator[] = [];
    const chain = TestChain.create({
      genesis: (g) => {
        for (let i = 0; i < 4; i++) vals.push(g.validator(`v${i}`, 100n * POWER));
        g.fund(payer.address, 1_000_000n);
        g.set('mint', { params: { inflation_min: '0', inflation_max: '0', inflation_rate_change: '0' }, minter: { inflation: '0' } });
      },
    });
    chain.nextBlock();
    const r = await chain.deliverTx(payer, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: payer.address, toAddress: chain.addr('x'), amount: [{ denom: 'stake', amount: '1' }] }) }], { gas: 400_000, fee: 40_000n });
    expect(r.code).toBe(0);
    chain.nextBlock(); // the fees are allocated in the next block's BeginBlock
    const op = vals[1]!;
    const before = chain.balance(op.operator);
    const w = chain.executeAs(op.operator, [{ typeUrl: '/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward', value: MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: op.operator, validatorAddress: op.valoper }) }]);
    // 40 000 × 0.98 / 4 = 9 800 per validator; 10 % commission (980) stays with the validator.
    expect(chain.balance(op.operator) - before).toBe(8_820n);
    expect(findAttribute(w.events, 'withdraw_rewards', 'amount')).toBe('8820stake');
  });
});
