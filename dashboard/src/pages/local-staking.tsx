/**
 * Validators and stake across them; native delegate and unbond; and the stake the vault put in the
 * account's native-staking proxy (Mesh local staking): its delegations, unstake, pending unbonds
 * with their release time, release to the vault, rewards and their withdrawal.
 */
import { useState } from 'preact/hooks';
import { MeshNativeStakingQueryClient } from '../../../contracts/mesh/native_staking/client.js';
import { MeshNativeStakingProxyClient } from '../../../contracts/mesh/native_staking_proxy/client.js';
import { connect, type Queries } from '../chain';
import { contractAddress, type ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, Section, Select, TxStatus, useApp, useLive, useTx } from '../ui';

async function stakeOf(q: Queries, delegator: string) {
  const [d, u, r] = await Promise.all([
    q.staking.delegatorDelegations(delegator),
    q.staking.delegatorUnbondingDelegations(delegator),
    q.distribution.delegationTotalRewards(delegator),
  ]);
  return { delegations: d.delegationResponses, unbonding: u.unbondingResponses, rewards: r.total };
}

async function staking(chain: ChainInfo, delegator: string | undefined) {
  const c = await connect(chain);
  const { validators } = await c.q.staking.validators('BOND_STATUS_BONDED');
  if (delegator === undefined) return { validators, delegations: [], unbonding: [], rewards: [] };
  return { validators, ...(await stakeOf(c.q, delegator)) };
}

type Stake = Awaited<ReturnType<typeof stakeOf>>;

/** Decimal coins (distribution's 18-decimal rewards) in whole units, for display. */
const rewardsText = (rs: Stake['rewards']): string => rs.map((r) => `${r.amount.slice(0, -18) || '0'} ${r.denom}`).join(', ') || '—';

function StakeTables({ stake, testid }: { stake: Stake; testid: string }) {
  return (
    <>
      <table data-testid={`${testid}-delegations`}><thead><tr><th>validator</th><th>delegated</th></tr></thead>
        <tbody>{stake.delegations.length === 0 ? <tr><td colSpan={2}>none</td></tr> : stake.delegations.map((d) => <tr key={d.delegation?.validatorAddress}><td><code>{d.delegation?.validatorAddress}</code></td><td>{d.balance?.amount} {d.balance?.denom}</td></tr>)}</tbody>
      </table>
      <h3>Pending unbonds</h3>
      <table data-testid={`${testid}-unbonding`}><thead><tr><th>validator</th><th>amount</th><th>released at</th></tr></thead>
        <tbody>{stake.unbonding.length === 0 ? <tr><td colSpan={3}>none</td></tr> : stake.unbonding.flatMap((u) => u.entries.map((e, i) => <tr key={`${u.validatorAddress}-${i}`}><td><code>{u.validatorAddress}</code></td><td>{e.balance}</td><td>{e.completionTime === undefined ? '?' : new Date(Number(e.completionTime.seconds) * 1000).toISOString()}</td></tr>))}</tbody>
      </table>
      <p data-testid={`${testid}-rewards`}>Rewards: {rewardsText(stake.rewards)}</p>
    </>
  );
}

/** The account's native-staking proxy: what the vault staked locally (a lien on the collateral). */
function VaultStake({ chain, nativeStaking, me, validators }: { chain: ChainInfo; nativeStaking: string; me: string; validators: { operatorAddress: string; moniker: string }[] }) {
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const proxy = await new MeshNativeStakingQueryClient(c.q.wasm, nativeStaking).proxyByOwner({ owner: me }).then((r) => r.proxy, () => undefined);
    return proxy === undefined ? { proxy } : { proxy, ...(await stakeOf(c.q, proxy)) };
  }, [me, nativeStaking]);
  const [validator, setValidator] = useState('');
  const [amount, setAmount] = useState('100000');
  const [tx, run] = useTx(chain);
  const proxy = value?.proxy;
  const staked = value !== undefined && 'delegations' in value ? value.delegations.map((d) => d.delegation?.validatorAddress ?? '') : [];
  const val = validator || staked[0] || validators[0]?.operatorAddress || '';
  const ok = <T extends object>(r: T) => ({ ...r, code: 0 });
  const proxyClient = (client: Parameters<Parameters<typeof run>[1]>[0], sender: string) => {
    if (proxy === undefined) throw new Error('this account has no native-staking proxy yet: stake through the vault first (Vault page)');
    return new MeshNativeStakingProxyClient(client, sender, proxy);
  };
  const unstake = (e: Event) => {
    e.preventDefault();
    void run('unstake through the proxy', async (client, sender) => ok(await proxyClient(client, sender).unstake({ validator: val, amount: { denom: chain.denom, amount: amount.trim() } })));
  };
  const release = () => void run('release unbonded to the vault', async (client, sender) => ok(await proxyClient(client, sender).releaseUnbonded()));
  const withdraw = () => void run('withdraw local rewards', async (client, sender) => ok(await proxyClient(client, sender).withdrawRewards()));
  return (
    <Section title="Staked through the vault (native-staking proxy)">
      <ErrorLine error={error} />
      <p data-testid="proxy">{proxy === undefined ? 'No proxy yet: the first "Stake locally" on the Vault page creates it.' : <>Proxy <code>{proxy}</code> (owned by you; native-staking {nativeStaking.slice(0, 16)}…)</>}</p>
      {value !== undefined && 'delegations' in value && <StakeTables stake={value} testid="proxy" />}
      <form onSubmit={unstake} aria-label="unstake through the proxy">
        <Select label="Validator (proxy)" value={val} onChange={setValidator} options={validators.map((v) => ({ value: v.operatorAddress, label: v.moniker }))} />
        <Field label={`Amount to unstake (${chain.denom})`} name="proxy-amount" value={amount} onInput={setAmount} />
        <button type="submit" disabled={proxy === undefined || val === ''}>Unstake</button>
        <button type="button" onClick={release} disabled={proxy === undefined}>Release unbonded</button>
        <button type="button" onClick={withdraw} disabled={proxy === undefined}>Withdraw rewards</button>
      </form>
      <p>Unstaked tokens stay in the proxy until the unbonding time passes; "Release unbonded" returns them to the vault, which frees the lien.</p>
      <TxStatus state={tx} />
    </Section>
  );
}

/** A protobuf Dec (18 decimals, no point) as a percentage, for display only. */
const percent = (dec: string | undefined): string => (dec === undefined || dec === '' ? '?' : `${(Number(BigInt(dec) / 10n ** 12n) / 1e4).toFixed(2)} %`);

export function LocalStakingPage() {
  const { devnet, signer } = useApp();
  const chain = devnet.chains[0]!;
  const nativeStaking = contractAddress(devnet.deployments.mesh, 'native_staking');
  const me = signer.kind === 'devnet' ? chain.accounts.find((a) => a.name === signer.name)?.address : undefined;
  const { value, error } = useLive(chain.key, () => staking(chain, me), [me]);
  const [validator, setValidator] = useState('');
  const [amount, setAmount] = useState('1000000');
  const [tx, run] = useTx(chain);
  const val = validator || value?.validators[0]?.operatorAddress || '';
  const delegate = (e: Event) => {
    e.preventDefault();
    void run('delegate', (client, sender) => client.delegateTokens(sender, val, { denom: chain.denom, amount: amount.trim() }, 'auto'));
  };
  const undelegate = (e: Event) => {
    e.preventDefault();
    void run('unbond', (client, sender) => client.undelegateTokens(sender, val, { denom: chain.denom, amount: amount.trim() }, 'auto'));
  };
  return (
    <>
      <Section title={`Validators on ${chain.chainId}`}>
        <ErrorLine error={error} />
        {value !== undefined && <Bars title="Stake across validators" rows={value.validators.map((v) => ({ label: v.description?.moniker || v.operatorAddress.slice(0, 14), value: BigInt(v.tokens) }))} />}
        <table><thead><tr><th>validator</th><th>tokens</th><th>commission</th></tr></thead>
          <tbody>{(value?.validators ?? []).map((v) => <tr key={v.operatorAddress}><td><code>{v.operatorAddress}</code></td><td>{v.tokens}</td><td>{percent(v.commission?.commissionRates?.rate)}</td></tr>)}</tbody>
        </table>
      </Section>
      <Section title="Delegate and unbond">
        <p>Native delegation by the chosen key (it gives the key voting power in governance). Staking through the vault is on the Vault page once Mesh is deployed.</p>
        <form onSubmit={delegate} aria-label="delegate">
          <Select label="Validator" value={val} onChange={setValidator} options={(value?.validators ?? []).map((v) => ({ value: v.operatorAddress, label: v.description?.moniker || v.operatorAddress }))} />
          <Field label={`Amount (${chain.denom})`} name="stake-amount" value={amount} onInput={setAmount} />
          <button type="submit" disabled={val === ''}>Delegate</button>
          <button type="button" disabled={val === ''} onClick={undelegate}>Unbond</button>
        </form>
        <TxStatus state={tx} />
      </Section>
      <Section title="Your stake">
        {value !== undefined && <StakeTables stake={value} testid="native" />}
      </Section>
      {nativeStaking !== undefined && me !== undefined && <VaultStake chain={chain} nativeStaking={nativeStaking} me={me} validators={(value?.validators ?? []).map((v) => ({ operatorAddress: v.operatorAddress, moniker: v.description?.moniker || v.operatorAddress }))} />}
    </>
  );
}
