/**
 * The JSON shapes of the CosmWasm ABI (interface_version_8) that the host builds or reads.
 * Field names are the wire names. Contract-defined messages stay raw bytes.
 */

export interface Coin {
  denom: string;
  /** Decimal string (Uint128/Uint256). */
  amount: string;
}

export interface Env {
  block: { height: number; time: string; chain_id: string };
  transaction: { index: number; hash?: string } | null;
  contract: { address: string };
}

export interface MessageInfo {
  sender: string;
  funds: Coin[];
}

export interface MigrateInfo {
  sender: string;
  old_migrate_version: number | null;
}

export interface Attribute {
  key: string;
  value: string;
}

export interface Event {
  type: string;
  attributes: Attribute[];
}

export type ReplyOn = 'always' | 'error' | 'success' | 'never';

export interface SubMsg {
  /** u64: a `bigint` when beyond 2^53 - 1 (see `contract-json.ts`). */
  id: number | bigint;
  payload?: string;
  /** A CosmosMsg; its shape is checked by the chain's dispatcher, not the VM. */
  msg: Record<string, unknown>;
  gas_limit: number | bigint | null;
  reply_on: ReplyOn;
}

export interface Response {
  messages: SubMsg[];
  attributes: Attribute[];
  events: Event[];
  /** base64, or null. */
  data: string | null;
}

export interface IbcBasicResponse {
  messages: SubMsg[];
  attributes: Attribute[];
  events: Event[];
}

export interface IbcReceiveResponse extends IbcBasicResponse {
  acknowledgement: string | null;
}

export type ContractResult<T> = { ok: T } | { error: string };

export type EntryPoint =
  | 'instantiate'
  | 'execute'
  | 'query'
  | 'migrate'
  | 'sudo'
  | 'reply'
  | 'ibc_channel_open'
  | 'ibc_channel_connect'
  | 'ibc_channel_close'
  | 'ibc_packet_receive'
  | 'ibc_packet_ack'
  | 'ibc_packet_timeout'
  | 'ibc_source_callback'
  | 'ibc_destination_callback'
  | 'ibc2_packet_receive'
  | 'ibc2_packet_ack'
  | 'ibc2_packet_timeout'
  | 'ibc2_packet_send';

export const ENTRY_POINTS: readonly EntryPoint[] = [
  'instantiate',
  'execute',
  'query',
  'migrate',
  'sudo',
  'reply',
  'ibc_channel_open',
  'ibc_channel_connect',
  'ibc_channel_close',
  'ibc_packet_receive',
  'ibc_packet_ack',
  'ibc_packet_timeout',
  'ibc_source_callback',
  'ibc_destination_callback',
  'ibc2_packet_receive',
  'ibc2_packet_ack',
  'ibc2_packet_timeout',
  'ibc2_packet_send',
];

export const IBC_ENTRY_POINTS: readonly EntryPoint[] = [
  'ibc_channel_open',
  'ibc_channel_connect',
  'ibc_channel_close',
  'ibc_packet_receive',
  'ibc_packet_ack',
  'ibc_packet_timeout',
];
