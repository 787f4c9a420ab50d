/**
 * The governance-upgrade contract (contracts/governance_upgrade) on the Governance page: its
 * configuration and default policy, the contracts it manages with their effective policy and
 * migration history, the queue (scheduled upgrades, the ones due now marked) and every upgrade
 * with its outcome; cancel and execute for its owner or guardian (others see the contract's error).
 */
import { GovernanceUpgradeClient, GovernanceUpgradeQueryClient, type Policy, type Upgrade } from '../../../contracts/governance_upgrade/client.js';
import { connect } from '../chain';
import { contractAddress, type ChainInfo } from '../devnet';
import { ErrorLine, NotDeployed, Section, TxStatus, useApp, useLive, useTx } from '../ui';

const ok = <T extends object>(r: T) => ({ ...r, code: 0 });

function policyText(p: Policy): string {
  const check = p.post_check === 'none' ? 'no post-check' : 'cw2' in p.post_check ? `post-check cw2 ${p.post_check.cw2.contract_name}${p.post_check.cw2.expected_version ? ` ${p.post_check.cw2.expected_version}` : ''}` : 'post-check smart query';
  return [
    `notice ${p.min_notice_blocks} blocks`,
    `timelock ${p.timelock_blocks} blocks`,
    p.execution_window_blocks === 0 ? 'never expires' : `window ${p.execution_window_blocks} blocks`,
    p.allow_downgrade ? 'downgrades allowed' : 'no downgrades',
    p.permissionless_execute ? 'anyone executes once due' : 'owner/guardian executes',
    p.allowed_code_ids ? `codes ${p.allowed_code_ids.join(', ')}` : undefined,
    p.allowed_checksums ? `${p.allowed_checksums.length} allowed checksums` : undefined,
    check,
    p.gas_limit ? `gas ${p.gas_limit}` : undefined,
  ].filter((x) => x !== undefined).join(' · ');
}

const nameOf = (chain: ChainInfo, addr: string | null | undefined): string => (addr == null ? '—' : chain.accounts.find((a) => a.address === addr)?.name ?? `${addr.slice(0, 16)}…`);

function UpgradeRows({ upgrades, due, act }: { upgrades: Upgrade[]; due: Set<number>; act?: { cancel: (id: number) => void; execute: (id: number) => void } }) {
  return (
    <>
      {upgrades.map((u) => (
        <tr key={u.id} data-testid={`gu-upgrade-${u.id}`}>
          <td>#{u.id}{u.batch_id != null && ` (batch ${u.batch_id})`}</td>
          <td><code>{u.contract.slice(0, 18)}…</code></td>
          <td>{u.from_code_id ?? 'current'} → {u.to_code_id}</td>
          <td>{u.due_height}{u.timelock_end !== u.due_height && ` (timelock ${u.timelock_end})`}{due.has(u.id) && <strong> due now</strong>}</td>
          <td class={`status-${u.status}`}>{u.status}{u.executed_height != null && ` at ${u.executed_height}`}{u.error && <span class="error-text"> {u.error}</span>}</td>
          <td>{u.reason ?? ''}</td>
          {act !== undefined && (
            <td>
              <button type="button" onClick={() => act.execute(u.id)}>Execute #{u.id}</button>
              <button type="button" onClick={() => act.cancel(u.id)}>Cancel #{u.id}</button>
            </td>
          )}
        </tr>
      ))}
    </>
  );
}

function GovUpgradeView({ chain, gu }: { chain: ChainInfo; gu: string }) {
  const { value, error } = useLive(chain.key, async () => {
    const q = new GovernanceUpgradeQueryClient((await connect(chain)).q.wasm, gu);
    const [config, managed, all, due] = await Promise.all([q.config(), q.managedContracts({ limit: 30 }), q.upgrades({ limit: 30 }), q.due({ limit: 30 })]);
    const contracts = await Promise.all(managed.contracts.map(async (m) => ({ ...m, policy: await q.policy({ contract: m.contract }), history: (await q.history({ contract: m.contract, limit: 30 })).entries })));
    return { config, contracts, upgrades: all.upgrades, due: new Set(due.upgrades.map((u) => u.id)) };
  }, [gu], 2);
  const [tx, run] = useTx(chain);
  const act = {
    cancel: (id: number) => void run(`cancel upgrade #${id}`, async (client, sender) => ok(await new GovernanceUpgradeClient(client, sender, gu).cancelUpgrade({ id }))),
    execute: (id: number) => void run(`execute upgrade #${id}`, async (client, sender) => ok(await new GovernanceUpgradeClient(client, sender, gu).executeUpgrade({ id }))),
  };
  const queue = (value?.upgrades ?? []).filter((u) => u.status === 'scheduled');
  const done = (value?.upgrades ?? []).filter((u) => u.status !== 'scheduled');
  return (
    <Section title={`Governance-upgrade contract ${gu}`}>
      <ErrorLine error={error} />
      {value !== undefined && (
        <>
          <p data-testid="gu-config">
            Owner {nameOf(chain, value.config.owner)} · guardian {nameOf(chain, value.config.guardian)} · at most {value.config.max_per_block} automatic upgrades per block · {value.config.paused ? <strong>paused</strong> : 'running'}
          </p>
          <p>Default policy: {policyText(value.config.default_policy)}</p>
          <h3>Queue</h3>
          <table data-testid="gu-queue"><thead><tr><th>upgrade</th><th>contract</th><th>code</th><th>due height</th><th>status</th><th>reason</th><th /></tr></thead>
            <tbody>{queue.length === 0 ? <tr><td colSpan={7}>nothing scheduled</td></tr> : <UpgradeRows upgrades={queue} due={value.due} act={act} />}</tbody>
          </table>
          <TxStatus state={tx} />
          <h3>Finished upgrades</h3>
          <table data-testid="gu-finished"><thead><tr><th>upgrade</th><th>contract</th><th>code</th><th>due height</th><th>outcome</th><th>reason</th></tr></thead>
            <tbody>{done.length === 0 ? <tr><td colSpan={6}>none yet</td></tr> : <UpgradeRows upgrades={done} due={value.due} />}</tbody>
          </table>
          <h3>Managed contracts: policies and history</h3>
          {value.contracts.length === 0 && <p>No contract is managed yet.</p>}
          {value.contracts.map((m) => (
            <article key={m.contract} class="managed" data-testid={`gu-managed-${m.contract}`}>
              <h4><code>{m.contract}</code> (registered at {m.registered_height}{m.pending_upgrade != null && `, upgrade #${m.pending_upgrade} pending`})</h4>
              <p data-testid="gu-policy">Policy{m.policy.is_default ? ' (the default)' : ''}: {policyText(m.policy.policy)}</p>
              <table data-testid="gu-history"><thead><tr><th>#</th><th>kind</th><th>code</th><th>height</th><th>upgrade</th></tr></thead>
                <tbody>{m.history.length === 0 ? <tr><td colSpan={5}>no migration yet</td></tr> : m.history.map((h) => (
                  <tr key={h.seq}><td>{h.seq}</td><td>{h.kind}</td><td>{h.from_code_id} → {h.code_id}</td><td>{h.height}</td><td>{h.upgrade_id == null ? '—' : `#${h.upgrade_id}`}</td></tr>
                ))}</tbody>
              </table>
            </article>
          ))}
        </>
      )}
    </Section>
  );
}

export function GovUpgradeContract() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  const gu = contractAddress(mesh, 'governance_upgrade');
  if (gu === undefined) return <Section title="Governance-upgrade contract"><NotDeployed what="The governance-upgrade contract" file="mesh.json" /></Section>;
  const key = mesh?.['governance_upgrade_chain'];
  const chain = devnet.chains.find((c) => c.key === key || c.chainId === key) ?? devnet.chains[0]!;
  return <GovUpgradeView chain={chain} gu={gu} />;
}
