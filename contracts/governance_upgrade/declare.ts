/**
 * governance_upgrade's API (shared/specs/gov-upgrade-spec.md B2): the wasm admin of the contracts it
 * manages; the owner (normally the gov module) schedules migrations at a height under a per-contract
 * policy; a guardian may veto, cancel or execute early; execution is a self-call sub-message so a
 * failed migrate or post-check reverts completely; history per contract; a crank and a block hook.
 */
import { contract, struct, enumOf, errors, unit, t } from '../tools/declare.js';
import { U64Value } from '../common/declare.js';

export const Cw2Check = struct('Cw2Check', { contract_name: t.string, expected_version: t.option(t.string) });
export const SmartQueryCheck = struct('SmartQueryCheck', { msg: t.Binary, expect: t.option(t.Binary) });
export const PostCheck = enumOf('PostCheck', { none: unit, cw2: Cw2Check, smart_query: SmartQueryCheck }, { rust: 'governance_upgrade::state::PostCheck' });

export const Policy = struct('Policy', {
  min_notice_blocks: t.u64,
  timelock_blocks: t.u64,
  allowed_code_ids: t.option(t.vec(t.u64)),
  allowed_checksums: t.option(t.vec(t.string)),
  allow_downgrade: t.bool,
  post_check: PostCheck,
  /** 0 = never expires. */
  execution_window_blocks: t.u64,
  permissionless_execute: t.bool,
  rollback_msg: t.option(t.Binary),
  /** Gas limit of the execution sub-message; none = the caller's remaining gas. */
  gas_limit: t.option(t.u64),
}, { rust: 'governance_upgrade::state::Policy' });

export const InstantiateMsg = struct('InstantiateMsg', { owner: t.string, guardian: t.option(t.string), default_policy: Policy, max_per_block: t.option(t.u32) }, { rust: 'governance_upgrade::msg::InstantiateMsg' });

export const BatchItem = struct('BatchItem', { contract: t.string, new_code_id: t.u64, migrate_msg: t.Binary });

export const ExecuteMsg = enumOf('ExecuteMsg', {
  register_contract: { contract: t.string, policy: t.option(Policy) },
  update_policy: { contract: t.string, policy: Policy },
  release_contract: { contract: t.string, new_admin: t.option(t.string) },
  schedule_upgrade: { contract: t.string, new_code_id: t.u64, migrate_msg: t.Binary, due_height: t.u64, reason: t.option(t.string), proposal_ref: t.option(t.string) },
  schedule_batch: { items: t.vec(BatchItem), due_height: t.u64, atomic: t.bool, reason: t.option(t.string), proposal_ref: t.option(t.string) },
  cancel_upgrade: { id: t.u64 },
  veto_upgrade: { id: t.u64 },
  execute_upgrade: { id: t.u64 },
  execute_due: { limit: t.option(t.u32) },
  rollback: { contract: t.string, to_code_id: t.option(t.u64), migrate_msg: t.option(t.Binary) },
  pause: {},
  unpause: {},
  update_config: { guardian: t.option(t.string), max_per_block: t.option(t.u32), default_policy: t.option(Policy) },
  propose_owner: { new_owner: t.string },
  accept_owner: {},
  /** Self-calls of the execution algorithm; any other sender is refused. */
  apply_upgrade: { id: t.u64 },
  apply_batch: { batch_id: t.u64 },
  verify_upgrade: { id: t.u64 },
}, { rust: 'governance_upgrade::msg::ExecuteMsg' });

export const ProcessDue = struct('ProcessDue', { height: t.u64, time: t.option(t.Timestamp) }, { denyUnknown: false });
export const IgnoredHook = struct('IgnoredHook', {}, { denyUnknown: false });
export const SudoMsg = enumOf('SudoMsg', { process_due: ProcessDue, valset_update: IgnoredHook }, { rust: 'governance_upgrade::msg::SudoMsg' });

export const QueryMsg = enumOf('QueryMsg', {
  config: {},
  policy: { contract: t.string },
  managed_contracts: { start_after: t.option(t.string), limit: t.option(t.u32) },
  upgrade: { id: t.u64 },
  upgrades: { contract: t.option(t.string), status: t.option(t.string), start_after: t.option(t.u64), limit: t.option(t.u32) },
  due: { height: t.option(t.u64), limit: t.option(t.u32) },
  history: { contract: t.string, start_after: t.option(t.u64), limit: t.option(t.u32) },
}, { rust: 'governance_upgrade::msg::QueryMsg' });

// ---- stored records ----
export const Config = struct('Config', {
  owner: t.Addr, pending_owner: t.option(t.Addr), guardian: t.option(t.Addr), default_policy: Policy, max_per_block: t.u32, paused: t.bool,
}, { rust: 'governance_upgrade::state::Config' });
export const Managed = struct('Managed', { registered_height: t.u64 }, { rust: 'governance_upgrade::state::Managed' });
export const Upgrade = struct('Upgrade', {
  id: t.u64, contract: t.Addr, from_code_id: t.option(t.u64), to_code_id: t.u64, migrate_msg: t.Binary, due_height: t.u64, timelock_end: t.u64,
  /** Last height at which it may still execute; none = never expires. */
  expires_height: t.option(t.u64),
  status: t.string, scheduled_height: t.u64, executed_height: t.option(t.u64), proposer: t.Addr, reason: t.option(t.string), proposal_ref: t.option(t.string),
  error: t.option(t.string), batch_id: t.option(t.u64), policy: Policy,
}, { rust: 'governance_upgrade::state::Upgrade' });
export const Batch = struct('Batch', { id: t.u64, atomic: t.bool, upgrade_ids: t.vec(t.u64) }, { rust: 'governance_upgrade::state::Batch' });
export const HistoryEntry = struct('HistoryEntry', {
  seq: t.u64, code_id: t.u64, from_code_id: t.u64, height: t.u64, upgrade_id: t.option(t.u64), kind: t.string,
}, { rust: 'governance_upgrade::state::HistoryEntry' });
export const BlockCount = struct('BlockCount', { height: t.u64, count: t.u32 }, { rust: 'governance_upgrade::state::BlockCount' });

/** What the chain answers to `WasmQuery::CodeInfo` and what cw2 stores under `contract_info`. */
export const CodeInfoAnswer = struct('CodeInfoAnswer', { code_id: t.u64, creator: t.string, checksum: t.string }, { denyUnknown: false });
export const Cw2Info = struct('Cw2Info', { contract: t.string, version: t.string }, { denyUnknown: false });

// ---- query answers ----
export const PolicyResponse = struct('PolicyResponse', { contract: t.string, policy: Policy, is_default: t.bool, managed: t.bool });
export const ManagedContract = struct('ManagedContract', { contract: t.string, registered_height: t.u64, pending_upgrade: t.option(t.u64) });
export const ManagedContractsResponse = struct('ManagedContractsResponse', { contracts: t.vec(ManagedContract) });
export const UpgradesResponse = struct('UpgradesResponse', { upgrades: t.vec(Upgrade) });
export const HistoryResponse = struct('HistoryResponse', { entries: t.vec(HistoryEntry) });

export default contract({
  name: 'governance-upgrade',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  sudo: SudoMsg,
  query: QueryMsg,
  responses: {
    config: Config, policy: PolicyResponse, managed_contracts: ManagedContractsResponse, upgrade: Upgrade, upgrades: UpgradesResponse,
    due: UpgradesResponse, history: HistoryResponse,
  },
  records: [Managed, Batch, U64Value, BlockCount, CodeInfoAnswer, Cw2Info],
  errors: errors('ContractError', {
    Unauthorized: ['unauthorized: only {who} may {action}', { who: t.string, action: t.string }],
    SelfOnly: ['unauthorized: {action} is called by this contract itself during an upgrade, never by {sender}', { action: t.string, sender: t.string }],
    NotAdmin: ['not_admin: {contract} has admin {admin}; make this contract ({me}) its wasm admin first (MsgUpdateAdmin from the current admin or gov)', { contract: t.string, admin: t.string, me: t.string }],
    NotManaged: ['not_managed: {contract} is not registered; register_contract it first', { contract: t.string }],
    AlreadyManaged: ['already_managed: {contract} is already registered; use update_policy', { contract: t.string }],
    PendingUpgrade: ['pending_upgrade: {contract} already has upgrade {id} pending; cancel it first', { contract: t.string, id: t.u64 }],
    InsufficientNotice: ['insufficient_notice: due_height {due_height} must be at least {min} (current height + min_notice_blocks)', { due_height: t.u64, min: t.u64 }],
    CodeNotAllowed: ['code_not_allowed: code {code_id} is not in the policy allow-list of {contract}', { code_id: t.u64, contract: t.string }],
    Downgrade: ['downgrade_not_allowed: code {code_id} is older than or was already used before {current} on {contract}; the policy forbids downgrades', { code_id: t.u64, current: t.u64, contract: t.string }],
    SameCode: ['same_code: {contract} already runs code {code_id}', { contract: t.string, code_id: t.u64 }],
    UnknownCode: ['unknown_code: code {code_id} does not exist: {reason}', { code_id: t.u64, reason: t.string }],
    UnknownUpgrade: ['unknown_upgrade: no upgrade {id}', { id: t.u64 }],
    NotScheduled: ['not_scheduled: upgrade {id} is {status}, not scheduled', { id: t.u64, status: t.string }],
    NotDue: ['not_due: upgrade {id} may run from height {height}', { id: t.u64, height: t.u64 }],
    NotInTimelock: ['not_in_timelock: upgrade {id} can be vetoed only at heights {from} to {to}', { id: t.u64, from: t.u64, to: t.u64 }],
    Paused: 'paused: upgrades do not execute while paused; the owner unpauses',
    NoHistory: ['no_history: {contract} has no migration to roll back; pass to_code_id', { contract: t.string }],
    EmptyBatch: 'empty_batch: a batch needs at least one item',
    DuplicateInBatch: ['duplicate_in_batch: {contract} appears twice in the batch', { contract: t.string }],
    InvalidConfig: ['invalid_config: {reason}', { reason: t.string }],
    NoPendingOwner: 'unauthorized: there is no ownership transfer to accept, or you are not its recipient',
    PostCheckFailed: ['post_check_failed: {reason}', { reason: t.string }],
    NoFunds: 'invalid_funds: this contract takes no funds',
  }),
});
