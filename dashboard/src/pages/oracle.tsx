/**
 * The product oracle (contracts/product_oracle, `product-oracle.json`'s `address`, on chain A): its
 * status and oracle set, proofs, pending attestations with their quorum progress, challenges,
 * settlements and the stats queries; attest (a validator's operator account signs), challenge a
 * proof (escrows a bond) and settle (pays the contract). "Not deployed" until the devnet writes
 * the file.
 */
import { useState } from 'preact/hooks';
import { ProductOracleClient, ProductOracleQueryClient } from '../../../contracts/product_oracle/client.js';
import { connect } from '../chain';
import { contractAddress, type ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, NotDeployed, Section, Select, TxStatus, useApp, useLive, useTx } from '../ui';

const ok = <T extends object>(r: T) => ({ ...r, code: 0 });
const LIMIT = 20;

/** collected / required in whole percent (quorum progress), capped at 100. */
function progress(collected: string, required: string): number {
  const r = BigInt(required);
  if (r === 0n) return 100;
  const p = (BigInt(collected) * 100n) / r;
  return Number(p > 100n ? 100n : p);
}

function OracleView({ chain, oracle }: { chain: ChainInfo; oracle: string }) {
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const q = new ProductOracleQueryClient(c.q.wasm, oracle);
    const [config, status, set, proofs, pending, challenges, settlements, settleStats, challengeStats, attestStats, validators] = await Promise.all([
      q.config(),
      q.status(),
      q.oracleSet(),
      q.proofs({ limit: LIMIT, include_invalid: true }),
      q.pendingAttestations({ limit: LIMIT }),
      q.challenges({ limit: LIMIT }),
      q.settlements({ limit: LIMIT }),
      q.settlementStats({}),
      q.challengeStats({}),
      q.attestationStats({}),
      c.q.staking.validators('BOND_STATUS_BONDED'),
    ]);
    return { config, status, set, proofs: proofs.items, pending: pending.items, challenges: challenges.items, settlements: settlements.items, settleStats, challengeStats, attestStats, validators: validators.validators };
  }, [oracle], 2);
  const [tx, run] = useTx(chain);
  const [proofRef, setProofRef] = useState('order-1');
  const [validator, setValidator] = useState('');
  const [units, setUnits] = useState('3');
  const [quality, setQuality] = useState('10000');
  const [proofId, setProofId] = useState('');
  const [bond, setBond] = useState('');
  const [challengeId, setChallengeId] = useState('');
  const [slashBps, setSlashBps] = useState('0');
  const [bonus, setBonus] = useState('0');
  const [reference, setReference] = useState('invoice-1');
  const [amount, setAmount] = useState('250');
  const val = validator || value?.validators[0]?.operatorAddress || '';
  const pid = proofId || value?.proofs.find((p) => !p.challenged && !p.invalidated)?.id || '';
  const bondAmount = bond || value?.config.challenge_min_bond || '0';
  const denom = value?.config.denom ?? chain.denom;
  const client = (c: Parameters<Parameters<typeof run>[1]>[0], sender: string) => new ProductOracleClient(c, sender, oracle);
  const attest = (e: Event) => {
    e.preventDefault();
    void run('attest', async (c, sender) => ok(await client(c, sender).attest({ proofRef: proofRef.trim(), validator: val, units: Number(units), qualityBps: Number(quality) })));
  };
  const challenge = (e: Event) => {
    e.preventDefault();
    void run('challenge', async (c, sender) => ok(await client(c, sender).challenge({ proofId: pid }, 'auto', undefined, [{ denom, amount: bondAmount.trim() }])));
  };
  const open = (value?.challenges ?? []).filter((c) => c.open);
  const cid = challengeId || (open[0] === undefined ? '' : String(open[0].id));
  // An oracle's vote: slash_bps 0 rejects (the bond is forfeited), above 0 upholds (the proof is invalidated, the validator slashed and jailed).
  const resolve = (e: Event) => {
    e.preventDefault();
    void run(`vote on challenge #${cid}`, async (c, sender) => ok(await client(c, sender).resolveChallenge({ challengeId: Number(cid), slashBps: Number(slashBps), bonus: bonus.trim() })));
  };
  const settle = (e: Event) => {
    e.preventDefault();
    void run('settle', async (c, sender) => ok(await client(c, sender).settle({ reference: reference.trim(), validator: val || null }, 'auto', undefined, [{ denom, amount: amount.trim() }])));
  };
  const moniker = (op: string) => value?.validators.find((v) => v.operatorAddress === op)?.description?.moniker || `${op.slice(0, 18)}…`;
  const s = value?.status;
  return (
    <>
      <Section title={`Product oracle ${oracle}`}>
        <ErrorLine error={error} />
        {s !== undefined && value !== undefined && (
          <>
            <table data-testid="oracle-status"><tbody>
              <tr><th>epoch</th><td>{s.current_epoch} (every {value.config.epoch_length_blocks} blocks; last paid {s.last_reward_epoch})</td></tr>
              <tr><th>treasury · escrow</th><td>{s.treasury} · {s.escrow} {denom}</td></tr>
              <tr><th>proofs · pending · open challenges · settlements</th><td data-testid="oracle-counts">{s.proof_count} · {s.pending_attestations} · {s.open_challenges} · {s.settlement_count}</td></tr>
              <tr><th>quorum</th><td>{s.oracle_quorum_bps / 100} % of {value.set.total_weight} weight ({value.set.required_weight} required)</td></tr>
              <tr><th>challenge bond</th><td>at least {s.challenge_min_bond} {denom}; resolvable after {s.resolve_delay} blocks, open at most {s.max_open}</td></tr>
            </tbody></table>
            <h3>Oracles (the bonded validators)</h3>
            <table><thead><tr><th>validator</th><th>account</th><th>tokens</th><th>work weight</th><th>vote weight</th></tr></thead>
              <tbody>{value.set.oracles.map((o) => <tr key={o.validator}><td>{moniker(o.validator)}</td><td><code>{o.account}</code></td><td>{o.tokens}</td><td>{o.work_weight}</td><td>{o.weight}</td></tr>)}</tbody>
            </table>
            {s.last_rewards.length > 0 && <Bars title={`Rewards paid for epoch ${s.last_reward_epoch}`} rows={s.last_rewards.map((r) => ({ label: moniker(r.validator).slice(0, 14), value: BigInt(r.amount), color: '#16a34a' }))} />}
          </>
        )}
      </Section>
      <Section title="Attest, challenge, settle">
        <p>Attesting needs a validator's operator account: choose the "validator" key in "Sign with".</p>
        <form onSubmit={attest} aria-label="attest">
          <Field label="Proof reference" name="proof-ref" value={proofRef} onInput={setProofRef} />
          <Select label="Validator that did the work" value={val} onChange={setValidator} options={(value?.validators ?? []).map((v) => ({ value: v.operatorAddress, label: v.description?.moniker || v.operatorAddress }))} />
          <Field label="Units" name="units" value={units} onInput={setUnits} />
          <Field label="Quality (basis points)" name="quality" value={quality} onInput={setQuality} />
          <button type="submit" disabled={val === ''}>Attest</button>
        </form>
        <form onSubmit={challenge} aria-label="challenge">
          <Select label="Proof to challenge" value={pid} onChange={setProofId} options={(value?.proofs ?? []).map((p) => ({ value: p.id, label: `${p.proof_ref} (${p.id.slice(0, 10)}…)` }))} />
          <Field label={`Bond (${denom})`} name="bond" value={bondAmount} onInput={setBond} />
          <button type="submit" disabled={pid === ''}>Challenge</button>
        </form>
        <form onSubmit={resolve} aria-label="resolve challenge">
          <Select label="Open challenge" value={cid} onChange={setChallengeId} options={open.map((c) => ({ value: String(c.id), label: `#${c.id} (proof ${c.proof_id.slice(0, 10)}…)` }))} />
          <Field label="Slash (basis points; 0 rejects the challenge)" name="slash-bps" value={slashBps} onInput={setSlashBps} />
          <Field label={`Bonus to the challenger (${denom})`} name="bonus" value={bonus} onInput={setBonus} />
          <button type="submit" disabled={cid === ''}>Vote</button>
        </form>
        <form onSubmit={settle} aria-label="settle">
          <Field label="Settlement reference" name="reference" value={reference} onInput={setReference} />
          <Field label={`Amount (${denom})`} name="settle-amount" value={amount} onInput={setAmount} />
          <button type="submit">Settle</button>
        </form>
        <TxStatus state={tx} />
      </Section>
      <Section title="Proofs">
        <table data-testid="oracle-proofs"><thead><tr><th>reference</th><th>validator</th><th>units · quality</th><th>score</th><th>epoch · height</th><th>attestations</th><th>state</th></tr></thead>
          <tbody>{(value?.proofs ?? []).length === 0 ? <tr><td colSpan={7}>none yet</td></tr> : value!.proofs.map((p) => (
            <tr key={p.id}><td title={p.id}>{p.proof_ref}</td><td>{moniker(p.validator)}</td><td>{p.units} · {p.quality_bps / 100} %</td><td>{p.score}</td><td>{p.epoch} · {p.height}</td><td>{p.attestations} ({p.attested_weight})</td>
              <td>{p.invalidated ? 'invalidated' : p.challenged ? `challenged (#${p.challenge_id})` : 'valid'}</td></tr>
          ))}</tbody>
        </table>
      </Section>
      <Section title="Pending attestations (quorum progress)">
        <table data-testid="oracle-pending"><thead><tr><th>reference</th><th>validator</th><th>votes</th><th>quorum</th><th>expires at</th></tr></thead>
          <tbody>{(value?.pending ?? []).length === 0 ? <tr><td colSpan={5}>none waiting for quorum</td></tr> : value!.pending.map((p) => {
            const pct = progress(p.collected_weight, p.required_weight);
            return (
              <tr key={p.id}><td>{p.proof_ref}</td><td>{moniker(p.validator)}</td><td>{p.votes.map((v) => moniker(v.oracle_validator)).join(', ')}</td>
                <td>{p.collected_weight} / {p.required_weight} <meter aria-label={`quorum progress of ${p.proof_ref}`} min={0} max={100} value={pct} /> {pct} %</td><td>{p.expires_height}</td></tr>
            );
          })}</tbody>
        </table>
        {value !== undefined && <p>Stats: {value.attestStats.count} pending, {value.attestStats.total_collected} of {value.attestStats.total_required} weight collected (average {value.attestStats.average_progress_bps / 100} %).</p>}
      </Section>
      <Section title="Challenges">
        <table data-testid="oracle-challenges"><thead><tr><th>#</th><th>proof</th><th>challenger</th><th>bond</th><th>votes (accept / reject of required)</th><th>state</th></tr></thead>
          <tbody>{(value?.challenges ?? []).length === 0 ? <tr><td colSpan={6}>none</td></tr> : value!.challenges.map((c) => (
            <tr key={c.id}><td>{c.id}</td><td><code>{c.proof_id.slice(0, 12)}…</code></td><td><code>{c.challenger.slice(0, 16)}…</code></td><td>{c.bond}</td>
              <td>{c.accepted_weight} / {c.rejected_weight} of {c.required_weight}</td>
              <td>{c.open ? `open (resolvable after ${c.resolve_after_height}, closes at ${c.max_open_height})` : c.successful ? `upheld: slashed ${c.slash_bps / 100} %, bonus ${c.bonus}` : `rejected${c.resolver ? ` by ${c.resolver.slice(0, 12)}…` : ''}`}</td></tr>
          ))}</tbody>
        </table>
        {value !== undefined && <p>Stats: {value.challengeStats.count} challenges ({value.challengeStats.open_count} open, {value.challengeStats.successful} upheld, {value.challengeStats.rejected} rejected); bonds {value.challengeStats.total_bond} ({value.challengeStats.open_bond} escrowed).</p>}
      </Section>
      <Section title="Settlements">
        <table data-testid="oracle-settlements"><thead><tr><th>#</th><th>reference</th><th>payer</th><th>validator</th><th>amount</th><th>epoch · height</th></tr></thead>
          <tbody>{(value?.settlements ?? []).length === 0 ? <tr><td colSpan={6}>none</td></tr> : value!.settlements.map((x) => (
            <tr key={x.id}><td>{x.id}</td><td>{x.reference}</td><td><code>{x.payer.slice(0, 16)}…</code></td><td>{x.validator == null ? '—' : moniker(x.validator)}</td><td>{x.amount}</td><td>{x.epoch} · {x.height}</td></tr>
          ))}</tbody>
        </table>
        {value !== undefined && (
          <>
            <p data-testid="oracle-settlement-stats">Stats: {value.settleStats.count} settlements, {value.settleStats.total_amount} {denom} in total.</p>
            {value.settleStats.by_validator.length > 0 && <Bars title="Settled per validator" rows={value.settleStats.by_validator.map((g) => ({ label: moniker(g.key).slice(0, 14), value: BigInt(g.amount), color: '#0891b2' }))} />}
          </>
        )}
      </Section>
    </>
  );
}

export function OraclePage() {
  const { devnet } = useApp();
  const oracle = contractAddress(devnet.deployments.oracle, 'address');
  if (oracle === undefined) return <Section title="Oracle"><NotDeployed what="The product oracle" file="product-oracle.json" /></Section>;
  return <OracleView chain={devnet.chains[0]!} oracle={oracle} />;
}
