// Generated from contracts/upgrade_probe/declare.ts by `npm run build:contracts` (contracts/tools/generate.ts). Do not edit.
// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/upgrade_probe.json.
import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';
import type { ContractVersion } from '../common/client.js';
export type { ContractVersion } from '../common/client.js';

export interface InstantiateMsg {
  name?: string | null;
  version?: string | null;
  marker?: string | null;
}

export type ExecuteMsg =
  | { set_marker: {
      value: string;
    } };

export type QueryMsg =
  | { state: {} };

export interface MigrateMsg {
  name?: string | null;
  version?: string | null;
  marker?: string | null;
  fail?: boolean | null;
}

export interface StateResponse {
  contract: string;
  version: string;
  marker: string;
  migrations: number;
}

export interface Marker {
  value: string;
  migrations: number;
}

export interface UpgradeProbeReadOnlyInterface {
  contractAddress: string;
  state: () => Promise<StateResponse>;
}

export class UpgradeProbeQueryClient implements UpgradeProbeReadOnlyInterface {
  client: ContractQuerier;
  contractAddress: string;
  constructor(client: ContractQuerier, contractAddress: string) {
    this.client = client;
    this.contractAddress = contractAddress;
  }
  state = async (): Promise<StateResponse> => {
    return (await this.client.queryContractSmart(this.contractAddress, { state: {} })) as StateResponse;
  };
}

export interface UpgradeProbeInterface extends UpgradeProbeReadOnlyInterface {
  contractAddress: string;
  sender: string;
  setMarker: (args: { value: string }, fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]) => Promise<ExecuteResult>;
}

export class UpgradeProbeClient extends UpgradeProbeQueryClient implements UpgradeProbeInterface {
  override client: ContractExecutor;
  sender: string;
  constructor(client: ContractExecutor, sender: string, contractAddress: string) {
    super(client, contractAddress);
    this.client = client;
    this.sender = sender;
  }
  setMarker = async ({ value }: { value: string }, fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {
    return await this.client.execute(this.sender, this.contractAddress, { set_marker: { value } }, fee_, memo_, funds_);
  };
}

/** The display texts of ContractError's variants without fields (what a failed call's error contains). */
export const ContractErrorTexts = {
  MigrateRefused: "migrate_refused: this migrate message asks the probe to fail",
} as const;
