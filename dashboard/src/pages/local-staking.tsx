/** Validators and stake across them, delegate (natively, or through the vault when deployed), unbond, pending unbonds, rewards. */
import { useState } from 'preact/hooks';
import { connect } from '../chain';
import type { ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, Section, Select, TxStatus, useApp, useLive, useTx } from '../ui';

async function staking(chain: ChainInfo, delegator: string | undefined) {
  const c = await connect(chain);
  const { validators } = await c.q.staking.validators('BOND_STATUS_BONDED');
  if (delegator === undefined) return { validators, delegations: [], unbonding: [], rewards: [] };
  const [d, u, r] = await Promise.all([
    c.q.staking.delegatorDelegations(delegator),
    c.q.staking.delegatorUnbondingDelegations(delegator),
    c.q.distribution.delegationTotalRewards(delegator),
  ]);
  return { validators, delegations: d.delegationResponses, unbonding: u.unbondingResponses, rewards: r.total };
}

/** A protobuf Dec (18 decimals, no point) as a percentage, for display only. */
const percent = (dec: string | undefined): string => (dec === undefined || dec === '' ? '?' : `${(Number(BigInt(dec) / 10n ** 12n) / 1e4).toFixed(2)} %`);

export function LocalStakingPage() {
  const { devnet, signer } = useApp();
  const chain = devnet.chains[0]!;
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
        <table data-testid="delegations"><thead><tr><th>validator</th><th>delegated</th></tr></thead>
          <tbody>{(value?.delegations ?? []).map((d) => <tr key={d.delegation?.validatorAddress}><td><code>{d.delegation?.validatorAddress}</code></td><td>{d.balance?.amount} {d.balance?.denom}</td></tr>)}</tbody>
        </table>
        <h3>Pending unbonds</h3>
        <table><thead><tr><th>validator</th><th>amount</th><th>released at</th></tr></thead>
          <tbody>{(value?.unbonding ?? []).flatMap((u) => u.entries.map((e, i) => <tr key={`${u.validatorAddress}-${i}`}><td><code>{u.validatorAddress}</code></td><td>{e.balance}</td><td>{e.completionTime === undefined ? '?' : new Date(Number(e.completionTime.seconds) * 1000).toISOString()}</td></tr>))}</tbody>
        </table>
        <p>Rewards: {(value?.rewards ?? []).map((r) => `${r.amount.slice(0, -18) || '0'} ${r.denom}`).join(', ') || '—'}</p>
      </Section>
    </>
  );
}
