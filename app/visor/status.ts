/**
 * `meshwork visor status`: what the visor knows locally (the version `current` points to, the
 * installed upgrade binaries, a pending `upgrade-info.json`, its record of upgrades with their steps
 * and backups) and, when the node answers, the governance monitor's view read from the chain:
 * software-upgrade proposals (pending / passed / rejected / failed), the current plan and the
 * applied plans. Wemixvisor's states map onto gov's: submitted = deposit period, voting = voting
 * period, passed, rejected|failed, executed = applied (AppliedPlan height > 0).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as GovQ from 'cosmjs-types/cosmos/gov/v1/query';
import { ProposalStatus } from 'cosmjs-types/cosmos/gov/v1/gov';
import * as UQ from 'cosmjs-types/cosmos/upgrade/v1beta1/query';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { readUpgradeInfo, upgradeInfoPath } from '../node/upgrade-info.js';
import type { VisorConfig } from './config.js';
import { currentVersionName, readState, type UpgradeRecord } from './layout.js';

export type Abci = (path: string, data: Uint8Array) => Promise<Uint8Array>;

export interface UpgradeProposalView {
  proposal_id: string;
  kind: 'software_upgrade' | 'cancel_upgrade';
  name?: string;
  height?: string;
  info?: string;
  /** Wemixvisor's proposal state. */
  state: 'submitted' | 'voting' | 'passed' | 'rejected' | 'executed';
  voting_end_time?: string;
}

export interface VisorStatus {
  current: string;
  installed_upgrades: string[];
  pending_upgrade_info: { name: string; height: number; info: string } | null;
  upgrades: UpgradeRecord[];
  chain?: {
    current_plan: { name: string; height: string; info: string } | null;
    proposals: UpgradeProposalView[];
    applied: { name: string; height: string }[];
  };
  chain_error?: string;
}

export function localStatus(cfg: VisorConfig): VisorStatus {
  const dir = join(cfg.root, 'upgrades');
  return {
    current: currentVersionName(cfg),
    installed_upgrades: existsSync(dir) ? readdirSync(dir).sort() : [],
    pending_upgrade_info: readUpgradeInfo(upgradeInfoPath(join(cfg.home, 'data'))) ?? null,
    upgrades: readState(cfg).upgrades,
  };
}

function proposalState(status: ProposalStatus, applied: boolean): UpgradeProposalView['state'] {
  switch (status) {
    case ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD:
      return 'submitted';
    case ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD:
      return 'voting';
    case ProposalStatus.PROPOSAL_STATUS_PASSED:
      return applied ? 'executed' : 'passed';
    default:
      return 'rejected';
  }
}

/** The chain's side, through the node's `abci_query` (gov v1 and upgrade queries). */
export async function chainStatus(abci: Abci, localNames: readonly string[]): Promise<NonNullable<VisorStatus['chain']>> {
  const rpc = { request: (service: string, method: string, data: Uint8Array) => abci(`/${service}/${method}`, data) };
  const gov = new GovQ.QueryClientImpl(rpc);
  const up = new UQ.QueryClientImpl(rpc);
  const plan = (await up.CurrentPlan({})).plan;
  const found: { id: bigint; status: ProposalStatus; end?: string; kind: UpgradeProposalView['kind']; name?: string; height?: bigint; info?: string }[] = [];
  let key: Uint8Array | undefined;
  do {
    const page = await gov.Proposals(GovQ.QueryProposalsRequest.fromPartial({ pagination: { key: key ?? new Uint8Array(), limit: 100n } }));
    for (const p of page.proposals) {
      for (const m of p.messages) {
        const end = p.votingEndTime === undefined ? undefined : new Date(Number(p.votingEndTime.seconds) * 1000).toISOString();
        if (m.typeUrl === MsgSoftwareUpgrade.typeUrl) {
          const plan = MsgSoftwareUpgrade.decode(m.value).plan;
          found.push({ id: p.id, status: p.status, end, kind: 'software_upgrade', name: plan.name, height: plan.height, info: plan.info });
        } else if (m.typeUrl === MsgCancelUpgrade.typeUrl) found.push({ id: p.id, status: p.status, end, kind: 'cancel_upgrade' });
      }
    }
    key = page.pagination?.nextKey !== undefined && page.pagination.nextKey.length > 0 ? page.pagination.nextKey : undefined;
  } while (key !== undefined);
  const names = [...new Set([...localNames, ...found.flatMap((f) => (f.name === undefined ? [] : [f.name]))])].sort();
  const applied: { name: string; height: string }[] = [];
  for (const name of names) {
    const h = (await up.AppliedPlan({ name })).height;
    if (h > 0n) applied.push({ name, height: h.toString() });
  }
  const isApplied = (n: string | undefined) => n !== undefined && applied.some((a) => a.name === n);
  return {
    current_plan: plan === undefined ? null : { name: plan.name, height: plan.height.toString(), info: plan.info },
    proposals: found.map((f) => ({
      proposal_id: f.id.toString(),
      kind: f.kind,
      ...(f.name === undefined ? {} : { name: f.name, height: f.height!.toString(), info: f.info }),
      state: proposalState(f.status, isApplied(f.name)),
      ...(f.end === undefined ? {} : { voting_end_time: f.end }),
    })),
    applied,
  };
}
