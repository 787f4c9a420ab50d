// Generated from contracts/governance_upgrade/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/governance_upgrade.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';
import type { U64Value } from '../common/client.js';
export type { U64Value } from '../common/client.js';

export interface Cw2Check {
  contract_name: string;
  expected_version?: string | null;
}

export type Binary = string;

export interface SmartQueryCheck {
  msg: Binary;
  expect?: Binary | null;
}

export type PostCheck =
  | "none"
  | { cw2: Cw2Check }
  | { smart_query: SmartQueryCheck };

export interface Policy {
  min_notice_blocks: number;
  timelock_blocks: number;
  allowed_code_ids?: number[] | null;
  allowed_checksums?: string[] | null;
  allow_downgrade: boolean;
  post_check: PostCheck;
  execution_window_blocks: number;
  permissionless_execute: boolean;
  rollback_msg?: Binary | null;
  gas_limit?: number | null;
}

export interface InstantiateMsg {
  owner: string;
  guardian?: string | null;
  default_policy: Policy;
  max_per_block?: number | null;
}

export interface BatchItem {
  contract: string;
  new_code_id: number;
  migrate_msg: Binary;
}

export type ExecuteMsg =
  | { register_contract: {
      contract: string;
      policy?: Policy | null;
    } }
  | { update_policy: {
      contract: string;
      policy: Policy;
    } }
  | { release_contract: {
      contract: string;
      new_admin?: string | null;
    } }
  | { schedule_upgrade: {
      contract: string;
      new_code_id: number;
      migrate_msg: Binary;
      due_height: number;
      reason?: string | null;
      proposal_ref?: string | null;
    } }
  | { schedule_batch: {
      items: BatchItem[];
      due_height: number;
      atomic: boolean;
      reason?: string | null;
      proposal_ref?: string | null;
    } }
  | { cancel_upgrade: {
      id: number;
    } }
  | { veto_upgrade: {
      id: number;
    } }
  | { execute_upgrade: {
      id: number;
    } }
  | { execute_due: {
      limit?: number | null;
    } }
  | { rollback: {
      contract: string;
      to_code_id?: number | null;
      migrate_msg?: Binary | null;
    } }
  | { pause: {} }
  | { unpause: {} }
  | { update_config: {
      guardian?: string | null;
      max_per_block?: number | null;
      default_policy?: Policy | null;
    } }
  | { propose_owner: {
      new_owner: string;
    } }
  | { accept_owner: {} }
  | { apply_upgrade: {
      id: number;
    } }
  | { apply_batch: {
      batch_id: number;
    } }
  | { verify_upgrade: {
      id: number;
    } };

export type QueryMsg =
  | { config: {} }
  | { policy: {
      contract: string;
    } }
  | { managed_contracts: {
      start_after?: string | null;
      limit?: number | null;
    } }
  | { upgrade: {
      id: number;
    } }
  | { upgrades: {
      contract?: string | null;
      status?: string | null;
      start_after?: number | null;
      limit?: number | null;
    } }
  | { due: {
      height?: number | null;
      limit?: number | null;
    } }
  | { history: {
      contract: string;
      start_after?: number | null;
      limit?: number | null;
    } };

export type Uint64 = string;

export type Timestamp = Uint64;

export interface ProcessDue {
  height: number;
  time?: Timestamp | null;
}

export interface IgnoredHook {}

export type SudoMsg =
  | { process_due: ProcessDue }
  | { valset_update: IgnoredHook };

export type Addr = string;

export interface Config {
  owner: Addr;
  pending_owner?: Addr | null;
  guardian?: Addr | null;
  default_policy: Policy;
  max_per_block: number;
  paused: boolean;
}

export interface PolicyResponse {
  contract: string;
  policy: Policy;
  is_default: boolean;
  managed: boolean;
}

export interface ManagedContract {
  contract: string;
  registered_height: number;
  pending_upgrade?: number | null;
}

export interface ManagedContractsResponse {
  contracts: ManagedContract[];
}

export interface Upgrade {
  id: number;
  contract: Addr;
  from_code_id?: number | null;
  to_code_id: number;
  migrate_msg: Binary;
  due_height: number;
  timelock_end: number;
  expires_height?: number | null;
  status: string;
  scheduled_height: number;
  executed_height?: number | null;
  proposer: Addr;
  reason?: string | null;
  proposal_ref?: string | null;
  error?: string | null;
  batch_id?: number | null;
  policy: Policy;
}

export interface UpgradesResponse {
  upgrades: Upgrade[];
}

export interface HistoryEntry {
  seq: number;
  code_id: number;
  from_code_id: number;
  height: number;
  upgrade_id?: number | null;
  kind: string;
}

export interface HistoryResponse {
  entries: HistoryEntry[];
}

export interface Managed {
  registered_height: number;
}

export interface Batch {
  id: number;
  atomic: boolean;
  upgrade_ids: number[];
}

export interface BlockCount {
  height: number;
  count: number;
}

export interface CodeInfoAnswer {
  code_id: number;
  creator: string;
  checksum: string;
}

export interface Cw2Info {
  contract: string;
  version: string;
}

export interface GovernanceUpgradeReadOnlyInterface {
  contractAddress: string;
  config: () => Promise<Config>;
  policy: (args: { contract: string }) => Promise<PolicyResponse>;
  managedContracts: (args: { startAfter?: string | null; limit?: number | null }) => Promise<ManagedContractsResponse>;
  upgrade: (args: { id: number }) => Promise<Upgrade>;
  upgrades: (args: { contract?: string | null; status?: string | null; startAfter?: number | null; limit?: number | null }) => Promise<UpgradesResponse>;
  due: (args: { height?: number | null; limit?: number | null }) => Promise<UpgradesResponse>;
  history: (args: { contract: string; startAfter?: number | null; limit?: number | null }) => Promise<HistoryResponse>;
}

export class GovernanceUpgradeQueryClient implements GovernanceUpgradeReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  config = async (): Promise<Config> => {
    return (await this.client.queryContractSmart(this.contractAddress, { config: {} })) as Config;
  };
  policy = async ({ contract }: { contract: string }): Promise<PolicyResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { policy: { contract } })) as PolicyResponse;
  };
  managedContracts = async ({ startAfter, limit }: { startAfter?: string | null; limit?: number | null }): Promise<ManagedContractsResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { managed_contracts: { start_after: startAfter, limit } })) as ManagedContractsResponse;
  };
  upgrade = async ({ id }: { id: number }): Promise<Upgrade> => {
    return (await this.client.queryContractSmart(this.contractAddress, { upgrade: { id } })) as Upgrade;
  };
  upgrades = async ({ contract, status, startAfter, limit }: { contract?: string | null; status?: string | null; startAfter?: number | null; limit?: number | null }): Promise<UpgradesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { upgrades: { contract, status, start_after: startAfter, limit } })) as UpgradesResponse;
  };
  due = async ({ height, limit }: { height?: number | null; limit?: number | null }): Promise<UpgradesResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { due: { height, limit } })) as UpgradesResponse;
  };
  history = async ({ contract, startAfter, limit }: { contract: string; startAfter?: number | null; limit?: number | null }): Promise<HistoryResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { history: { contract, start_after: startAfter, limit } })) as HistoryResponse;
  };
}

export interface GovernanceUpgradeInterface extends GovernanceUpgradeReadOnlyInterface {
  contractAddress: string;
  sender: string;
  registerContract: (args: { contract: string; policy?: Policy | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  updatePolicy: (args: { contract: string; policy: Policy }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  releaseContract: (args: { contract: string; newAdmin?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  scheduleUpgrade: (args: { contract: string; newCodeId: number; migrateMsg: Binary; dueHeight: number; reason?: string | null; proposalRef?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  scheduleBatch: (args: { items: BatchItem[]; dueHeight: number; atomic: boolean; reason?: string | null; proposalRef?: string | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  cancelUpgrade: (args: { id: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  vetoUpgrade: (args: { id: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  executeUpgrade: (args: { id: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  executeDue: (args: { limit?: number | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  rollback: (args: { contract: string; toCodeId?: number | null; migrateMsg?: Binary | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  pause: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  unpause: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  updateConfig: (args: { guardian?: string | null; maxPerBlock?: number | null; defaultPolicy?: Policy | null }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  proposeOwner: (args: { newOwner: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  acceptOwner: (fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  applyUpgrade: (args: { id: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  applyBatch: (args: { batchId: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
  verifyUpgrade: (args: { id: number }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class GovernanceUpgradeClient extends GovernanceUpgradeQueryClient implements GovernanceUpgradeInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  registerContract = async ({ contract, policy }: { contract: string; policy?: Policy | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { register_contract: { contract, policy } }, fee_, memo_, funds_);
  };
  updatePolicy = async ({ contract, policy }: { contract: string; policy: Policy }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_policy: { contract, policy } }, fee_, memo_, funds_);
  };
  releaseContract = async ({ contract, newAdmin }: { contract: string; newAdmin?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { release_contract: { contract, new_admin: newAdmin } }, fee_, memo_, funds_);
  };
  scheduleUpgrade = async ({ contract, newCodeId, migrateMsg, dueHeight, reason, proposalRef }: { contract: string; newCodeId: number; migrateMsg: Binary; dueHeight: number; reason?: string | null; proposalRef?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { schedule_upgrade: { contract, new_code_id: newCodeId, migrate_msg: migrateMsg, due_height: dueHeight, reason, proposal_ref: proposalRef } }, fee_, memo_, funds_);
  };
  scheduleBatch = async ({ items, dueHeight, atomic, reason, proposalRef }: { items: BatchItem[]; dueHeight: number; atomic: boolean; reason?: string | null; proposalRef?: string | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { schedule_batch: { items, due_height: dueHeight, atomic, reason, proposal_ref: proposalRef } }, fee_, memo_, funds_);
  };
  cancelUpgrade = async ({ id }: { id: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { cancel_upgrade: { id } }, fee_, memo_, funds_);
  };
  vetoUpgrade = async ({ id }: { id: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { veto_upgrade: { id } }, fee_, memo_, funds_);
  };
  executeUpgrade = async ({ id }: { id: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { execute_upgrade: { id } }, fee_, memo_, funds_);
  };
  executeDue = async ({ limit }: { limit?: number | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { execute_due: { limit } }, fee_, memo_, funds_);
  };
  rollback = async ({ contract, toCodeId, migrateMsg }: { contract: string; toCodeId?: number | null; migrateMsg?: Binary | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { rollback: { contract, to_code_id: toCodeId, migrate_msg: migrateMsg } }, fee_, memo_, funds_);
  };
  pause = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { pause: {} }, fee_, memo_, funds_);
  };
  unpause = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { unpause: {} }, fee_, memo_, funds_);
  };
  updateConfig = async ({ guardian, maxPerBlock, defaultPolicy }: { guardian?: string | null; maxPerBlock?: number | null; defaultPolicy?: Policy | null }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { update_config: { guardian, max_per_block: maxPerBlock, default_policy: defaultPolicy } }, fee_, memo_, funds_);
  };
  proposeOwner = async ({ newOwner }: { newOwner: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { propose_owner: { new_owner: newOwner } }, fee_, memo_, funds_);
  };
  acceptOwner = async (fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { accept_owner: {} }, fee_, memo_, funds_);
  };
  applyUpgrade = async ({ id }: { id: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { apply_upgrade: { id } }, fee_, memo_, funds_);
  };
  applyBatch = async ({ batchId }: { batchId: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { apply_batch: { batch_id: batchId } }, fee_, memo_, funds_);
  };
  verifyUpgrade = async ({ id }: { id: number }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { verify_upgrade: { id } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  Paused: "paused: upgrades do not execute while paused; the owner unpauses",
  EmptyBatch: "empty_batch: a batch needs at least one item",
  NoPendingOwner: "unauthorized: there is no ownership transfer to accept, or you are not its recipient",
  NoFunds: "invalid_funds: this contract takes no funds",
} as const;
