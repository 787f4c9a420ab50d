/**
 * Proposals with their tally (chart), deposit and vote, new text proposals; x/upgrade's plan, the
 * software upgrades proposed in gov with the height each was applied at, and module versions; the
 * governance-upgrade contract's queue, history and policies (gov-upgrade.tsx).
 */
import { useState } from 'preact/hooks';
import { ProposalStatus, VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { connect } from '../chain';
import type { ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, Section, Select, TxStatus, coinsText, useApp, useLive, useTx } from '../ui';
import { GovUpgradeContract } from './gov-upgrade';

const STATUS: Record<number, string> = {
  [ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD]: 'deposit period',
  [ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD]: 'voting period',
  [ProposalStatus.PROPOSAL_STATUS_PASSED]: 'passed',
  [ProposalStatus.PROPOSAL_STATUS_REJECTED]: 'rejected',
  [ProposalStatus.PROPOSAL_STATUS_FAILED]: 'failed',
};

async function proposals(chain: ChainInfo) {
  const c = await connect(chain);
  const { proposals } = await c.gov.Proposals({ proposalStatus: ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED, voter: '', depositor: '' });
  return Promise.all(
    proposals.map(async (p) => {
      // A finished proposal keeps its final tally; a live one is tallied now.
      const tally = p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD ? (await c.gov.TallyResult({ proposalId: p.id })).tally : p.finalTallyResult;
      return { p, tally };
    }),
  );
}

function ProposalActions({ chain, id }: { chain: ChainInfo; id: bigint }) {
  const [option, setOption] = useState(String(VoteOption.VOTE_OPTION_YES));
  const [deposit, setDeposit] = useState('1000000');
  const [tx, run] = useTx(chain);
  const vote = (e: Event) => {
    e.preventDefault();
    void run(`vote on #${id}`, (client, voter) => client.signAndBroadcast(voter, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: { proposalId: id, voter, option: Number(option), metadata: '' } }], 'auto'));
  };
  const addDeposit = (e: Event) => {
    e.preventDefault();
    void run(`deposit on #${id}`, (client, depositor) => client.signAndBroadcast(depositor, [{ typeUrl: '/cosmos.gov.v1.MsgDeposit', value: { proposalId: id, depositor, amount: [{ denom: chain.denom, amount: deposit.trim() }] } }], 'auto'));
  };
  return (
    <>
      <form onSubmit={vote} aria-label={`vote on proposal ${id}`}>
        <Select label={`Vote on #${id}`} value={option} onChange={setOption} options={[
          { value: String(VoteOption.VOTE_OPTION_YES), label: 'Yes' },
          { value: String(VoteOption.VOTE_OPTION_NO), label: 'No' },
          { value: String(VoteOption.VOTE_OPTION_ABSTAIN), label: 'Abstain' },
          { value: String(VoteOption.VOTE_OPTION_NO_WITH_VETO), label: 'No with veto' },
        ]} />
        <button type="submit">Vote</button>
      </form>
      <form onSubmit={addDeposit} aria-label={`deposit on proposal ${id}`}>
        <Field label={`Deposit on #${id} (${chain.denom})`} value={deposit} onInput={setDeposit} />
        <button type="submit">Deposit</button>
      </form>
      <TxStatus state={tx} />
    </>
  );
}

function Proposals({ chain }: { chain: ChainInfo }) {
  const { value, error } = useLive(chain.key, () => proposals(chain));
  return (
    <Section title={`Proposals on ${chain.chainId}`}>
      <ErrorLine error={error} />
      {value !== undefined && value.length === 0 && <p>No proposals yet.</p>}
      {(value ?? []).map(({ p, tally }) => (
        <article key={String(p.id)} class="proposal" data-testid={`proposal-${chain.key}-${p.id}`}>
          <h3>#{String(p.id)} {p.title || '(untitled)'} — <span class="status">{STATUS[p.status] ?? 'unknown'}</span></h3>
          <p>{p.summary}</p>
          <p>deposit {coinsText(p.totalDeposit)}{p.votingEndTime !== undefined && <> · voting ends {new Date(Number(p.votingEndTime.seconds) * 1000).toISOString()}</>}</p>
          {tally !== undefined && (
            <Bars title={`Tally of #${p.id}`} rows={[
              { label: 'yes', value: BigInt(tally.yesCount || '0'), color: '#16a34a' },
              { label: 'no', value: BigInt(tally.noCount || '0'), color: '#dc2626' },
              { label: 'abstain', value: BigInt(tally.abstainCount || '0'), color: '#64748b' },
              { label: 'veto', value: BigInt(tally.noWithVetoCount || '0'), color: '#7c2d12' },
            ]} />
          )}
          <span class="tally-yes" data-testid={`tally-yes-${chain.key}-${p.id}`} hidden>{tally?.yesCount ?? '0'}</span>
          {(p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD || p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) && <ProposalActions chain={chain} id={p.id} />}
        </article>
      ))}
    </Section>
  );
}

function NewProposal({ chain }: { chain: ChainInfo }) {
  const [title, setTitle] = useState('Signal');
  const [summary, setSummary] = useState('A text proposal from the dashboard');
  const [deposit, setDeposit] = useState('10000000');
  const [tx, run] = useTx(chain);
  // A text proposal has no messages, so the SDK requires metadata: the usual JSON of title and summary.
  const submit = (e: Event) => {
    e.preventDefault();
    void run('submit proposal', (client, proposer) =>
      client.signAndBroadcast(proposer, [{ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: { messages: [], initialDeposit: [{ denom: chain.denom, amount: deposit.trim() }], proposer, metadata: JSON.stringify({ title, summary }), title, summary, expedited: false } }], 'auto'),
    );
  };
  return (
    <Section title={`New text proposal on ${chain.chainId}`}>
      <form onSubmit={submit} aria-label="submit proposal">
        <Field label="Title" name="proposal-title" value={title} onInput={setTitle} />
        <Field label="Summary" name="proposal-summary" value={summary} onInput={setSummary} />
        <Field label={`Initial deposit (${chain.denom})`} name="proposal-deposit" value={deposit} onInput={setDeposit} />
        <button type="submit">Submit proposal</button>
      </form>
      <TxStatus state={tx} />
    </Section>
  );
}

function Upgrades({ chain }: { chain: ChainInfo }) {
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const [plan, versions, { proposals }] = await Promise.all([
      c.upgrade.CurrentPlan({}),
      c.upgrade.ModuleVersions({ moduleName: '' }),
      c.gov.Proposals({ proposalStatus: ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED, voter: '', depositor: '' }),
    ]);
    // Software upgrades come through gov: each MsgSoftwareUpgrade's plan, and where x/upgrade applied it.
    const planned = proposals.flatMap((p) => p.messages.filter((m) => m.typeUrl === '/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade').map((m) => ({ proposal: p.id, status: p.status, plan: MsgSoftwareUpgrade.decode(m.value).plan })));
    const applied = await Promise.all(planned.map(async (u) => ({ ...u, appliedAt: u.plan === undefined ? 0n : (await c.upgrade.AppliedPlan({ name: u.plan.name })).height })));
    return { plan: plan.plan, versions: versions.moduleVersions, upgrades: applied };
  });
  return (
    <Section title={`Upgrades on ${chain.chainId}`}>
      <ErrorLine error={error} />
      {value !== undefined && (
        <>
          <p data-testid={`upgrade-plan-${chain.key}`}>
            {value.plan === undefined ? 'No upgrade plan is scheduled.' : <>Plan <strong>{value.plan.name}</strong> at height {String(value.plan.height)} {value.plan.info && <code>{value.plan.info}</code>}</>}
          </p>
          <table data-testid={`software-upgrades-${chain.key}`}><thead><tr><th>proposal</th><th>plan</th><th>height</th><th>applied</th></tr></thead>
            <tbody>{value.upgrades.length === 0 ? <tr><td colSpan={4}>no software upgrade proposed yet</td></tr> : value.upgrades.map((u) => (
              <tr key={`${u.proposal}-${u.plan?.name}`}><td>#{String(u.proposal)} ({STATUS[u.status] ?? 'unknown'})</td><td>{u.plan?.name}</td><td>{String(u.plan?.height ?? '?')}</td><td>{u.appliedAt > 0n ? `at height ${u.appliedAt}` : 'not yet'}</td></tr>
            ))}</tbody>
          </table>
          <details>
            <summary>Module versions (applied upgrades move these)</summary>
            <table>
              <tbody>
                {value.versions.map((v) => (
                  <tr key={v.name}><td>{v.name}</td><td>{String(v.version)}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Section>
  );
}

export function GovernancePage() {
  const { devnet } = useApp();
  const [chainKey, setChainKey] = useState(devnet.chains[0]!.key);
  const chain = devnet.chains.find((c) => c.key === chainKey)!;
  return (
    <>
      <Select label="Chain" value={chainKey} onChange={setChainKey} options={devnet.chains.map((c) => ({ value: c.key, label: c.chainId }))} />
      <Proposals chain={chain} />
      <NewProposal chain={chain} />
      <Upgrades chain={chain} />
      <GovUpgradeContract />
    </>
  );
}
