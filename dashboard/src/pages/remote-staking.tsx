/**
 * Remote staking (provider side): per consumer, the external-staking contract's view of the
 * consumer's validator set (active, jailed, tombstoned, unbonded, as the valset packets told it),
 * stake through the vault (`stake_remote`) and unstake, the transactions waiting for the
 * consumer's ack, the account's stakes with their pending unbonds, rewards and their withdrawal.
 */
import { useState } from 'preact/hooks';
import { MeshExternalStakingClient, MeshExternalStakingQueryClient, type Tx } from '../../../contracts/mesh/external_staking/client.js';
import { MeshVaultClient, MeshVaultQueryClient } from '../../../contracts/mesh/vault/client.js';
import { connect } from '../chain';
import { contractAddress, type ChainInfo, type Deployment } from '../devnet';
import { Bars, ErrorLine, Field, NotDeployed, Section, Select, TxStatus, useApp, useLive, useTx } from '../ui';
import { providerChain } from './vault';

const ok = <T extends object>(r: T) => ({ ...r, code: 0 });

/** The consumer chain of a deployment: `consumer_chain` (`a`/`b` or an id), else the chain that is not the provider. */
export function consumerChain(chains: ChainInfo[], mesh: Deployment | undefined): ChainInfo {
  const key = mesh?.['consumer_chain'];
  const provider = providerChain(chains, mesh?.['provider_chain']);
  return chains.find((c) => c.key === key || c.chainId === key) ?? chains.find((c) => c.key !== provider.key) ?? chains[0]!;
}

function txRow(t: Tx): { id: number; kind: string; amount: string; validator: string } {
  if ('in_flight_remote_staking' in t) return { ...t.in_flight_remote_staking, kind: 'stake' };
  if ('in_flight_remote_unstaking' in t) return { ...t.in_flight_remote_unstaking, kind: 'unstake' };
  if ('in_flight_transfer_funds' in t) return { ...t.in_flight_transfer_funds, kind: 'withdraw rewards' };
  return { id: t.in_flight_staking.id, kind: 'vault lien', amount: t.in_flight_staking.amount, validator: '—' };
}

const nsToIso = (ns: string) => new Date(Number(BigInt(ns) / 1_000_000n)).toISOString();

function RemoteView({ chain, consumer, ext, vault }: { chain: ChainInfo; consumer: ChainInfo; ext: string; vault: string | undefined }) {
  const { signer } = useApp();
  const me = signer.kind === 'devnet' ? chain.accounts.find((a) => a.name === signer.name)?.address : undefined;
  const remoteMe = signer.kind === 'devnet' ? consumer.accounts.find((a) => a.name === signer.name)?.address : undefined;
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const q = new MeshExternalStakingQueryClient(c.q.wasm, ext);
    const [config, channel, validators, pending] = await Promise.all([q.config(), q.ibcChannel().catch(() => undefined), q.listValidators({ limit: 30 }), q.allPendingTxsDesc({ limit: 30 })]);
    if (me === undefined) return { config, channel, validators: validators.validators, pending: pending.txs, stakes: [], rewards: [] };
    const [stakes, rewards] = await Promise.all([q.stakes({ user: me, limit: 30 }), q.allPendingRewards({ user: me, limit: 30 })]);
    const details = await Promise.all(stakes.stakes.map(async (s) => ({ ...s, detail: await q.stake({ user: me, validator: s.validator }) })));
    return { config, channel, validators: validators.validators, pending: pending.txs, stakes: details, rewards: rewards.rewards };
  }, [me, ext]);
  const active = (value?.validators ?? []).filter((v) => v.state === 'active');
  const [validator, setValidator] = useState('');
  const val = validator || active[0]?.validator || '';
  const [amount, setAmount] = useState('100000');
  const [recipient, setRecipient] = useState('');
  const to = recipient || remoteMe || '';
  const [tx, run] = useTx(chain);
  const denom = value?.config.denom ?? chain.denom;
  const stake = (e: Event) => {
    e.preventDefault();
    if (vault === undefined) return;
    const msg = btoa(JSON.stringify({ validator: val }));
    void run('stake remotely', async (client, sender) => ok(await new MeshVaultClient(client, sender, vault).stakeRemote({ contract: ext, amount: { denom, amount: amount.trim() }, msg })));
  };
  const unstake = () => void run('unstake remotely', async (client, sender) => ok(await new MeshExternalStakingClient(client, sender, ext).unstake({ validator: val, amount: { denom, amount: amount.trim() } })));
  const withdrawUnbonded = () => void run('withdraw unbonded', async (client, sender) => ok(await new MeshExternalStakingClient(client, sender, ext).withdrawUnbonded()));
  const withdrawRewards = (v: string) => void run(`withdraw rewards of ${v.slice(0, 16)}…`, async (client, sender) => ok(await new MeshExternalStakingClient(client, sender, ext).withdrawRewards({ validator: v, remoteRecipient: to })));
  // Test ids and form names carry the external-staking address: one view per consumer on the page.
  const tid = (what: string) => `${what}-${ext}`;
  const states = (value?.validators ?? []).reduce<Record<string, number>>((m, v) => ({ ...m, [v.state]: (m[v.state] ?? 0) + 1 }), {});
  return (
    <>
      <Section title={`Consumer ${consumer.chainId} · external-staking ${ext}`}>
        <ErrorLine error={error} />
        {value !== undefined && (
          <p data-testid={tid('remote-channel')}>
            Control channel: {value.channel === undefined ? <strong>not open yet</strong> : <code>{value.channel.channel.endpoint.port_id}/{value.channel.channel.endpoint.channel_id}</code>}
            {' '}· stake denom {value.config.denom} · unbonding period {value.config.unbonding_period} s
          </p>
        )}
        <h3>Validator set as the provider sees it</h3>
        <p>{Object.entries(states).map(([s, n]) => `${n} ${s}`).join(' · ') || 'no validators announced yet'}</p>
        <table data-testid={tid('remote-validators')}><thead><tr><th>validator (consumer)</th><th>state</th></tr></thead>
          <tbody>{(value?.validators ?? []).map((v) => <tr key={v.validator}><td><code>{v.validator}</code></td><td class={`state-${v.state}`}>{v.state}</td></tr>)}</tbody>
        </table>
      </Section>
      <Section title={`Stake and unstake (${consumer.chainId})`}>
        <form onSubmit={stake} aria-label={`remote stake via ${ext}`}>
          <Select label="Consumer validator" value={val} onChange={setValidator} options={active.map((v) => ({ value: v.validator, label: v.validator }))} />
          <Field label={`Amount (${denom})`} name="remote-amount" value={amount} onInput={setAmount} />
          <button type="submit" disabled={val === '' || vault === undefined}>Stake remotely</button>
          <button type="button" onClick={unstake} disabled={val === ''}>Unstake</button>
          <button type="button" onClick={withdrawUnbonded}>Withdraw unbonded</button>
        </form>
        <TxStatus state={tx} />
        <h3>Waiting for the consumer's ack</h3>
        <table data-testid={tid('remote-pending')}><thead><tr><th>tx</th><th>kind</th><th>amount</th><th>validator</th></tr></thead>
          <tbody>{(value?.pending ?? []).length === 0 ? <tr><td colSpan={4}>none</td></tr> : value!.pending.map(txRow).map((t) => <tr key={t.id}><td>#{t.id}</td><td>{t.kind}</td><td>{t.amount}</td><td><code>{t.validator}</code></td></tr>)}</tbody>
        </table>
      </Section>
      <Section title={`My remote stakes on ${consumer.chainId}`}>
        {me === undefined ? <p>Choose a devnet key to see its stakes.</p> : (
          <>
            {(value?.stakes.length ?? 0) > 0 && <Bars title="Remote stake per consumer validator" rows={value!.stakes.map((s) => ({ label: s.validator.slice(0, 14), value: BigInt(s.stake), color: '#16a34a' }))} />}
            <table data-testid={tid('remote-stakes')}><thead><tr><th>validator</th><th>stake</th><th>pending unbonds (release)</th><th>rewards</th><th /></tr></thead>
              <tbody>{(value?.stakes ?? []).length === 0 ? <tr><td colSpan={5}>none</td></tr> : value!.stakes.map((s) => {
                const r = value!.rewards.find((x) => x.validator === s.validator)?.rewards.rewards;
                return (
                  <tr key={s.validator}>
                    <td><code>{s.validator}</code></td>
                    <td data-testid={tid(`remote-stake-${s.validator}`)}>{s.detail.stake.l === s.detail.stake.h ? s.stake : `${s.detail.stake.l}–${s.detail.stake.h}`}</td>
                    <td data-testid={tid(`remote-unbonds-${s.validator}`)}>{s.detail.pending_unbonds.length === 0 ? 'none' : s.detail.pending_unbonds.map((u) => `${u.amount} (${nsToIso(u.release_at)})`).join(', ')}</td>
                    <td data-testid={tid(`remote-rewards-${s.validator}`)}>{r === undefined ? '0' : `${r.amount} ${r.denom}`}</td>
                    <td><button type="button" onClick={() => withdrawRewards(s.validator)} disabled={to === '' || r === undefined || r.amount === '0'}>Withdraw rewards</button></td>
                  </tr>
                );
              })}</tbody>
            </table>
            <Field label={`Rewards recipient on ${consumer.chainId}`} name="remote-recipient" value={to} onInput={setRecipient} />
          </>
        )}
      </Section>
    </>
  );
}

/** Every external-staking the vault knows (one per consumer), the devnet's own first. */
function Consumers({ chain, consumer, vault, ext }: { chain: ChainInfo; consumer: ChainInfo; vault: string | undefined; ext: string }) {
  const { value } = useLive(chain.key, async () => (vault === undefined ? [] : (await new MeshVaultQueryClient((await connect(chain)).q.wasm, vault).activeExternalStaking()).contracts), [vault], 10);
  const all = [ext, ...(value ?? []).filter((c) => c !== ext)];
  return <>{all.map((e) => <RemoteView key={e} chain={chain} consumer={consumer} ext={e} vault={vault} />)}</>;
}

export function RemoteStakingPage() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  const ext = contractAddress(mesh, 'external_staking');
  if (ext === undefined) return <Section title="Remote staking"><NotDeployed what="Mesh remote staking (external-staking)" file="mesh.json" /></Section>;
  return <Consumers chain={providerChain(devnet.chains, mesh?.['provider_chain'])} consumer={consumerChain(devnet.chains, mesh)} ext={ext} vault={contractAddress(mesh, 'vault')} />;
}
