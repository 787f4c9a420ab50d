/**
 * SIGN_MODE_LEGACY_AMINO_JSON: the sign doc Ledger and amino wallets (`@cosmjs/amino`
 * `Secp256k1HdWallet`, Keplr's amino mode) sign — the SDK's `StdSignDoc`, its messages in their
 * amino JSON form (`{"type":"cosmos-sdk/MsgSend","value":{...}}`), keys sorted, `<>&` escaped.
 *
 * The chain rebuilds that doc from the tx's protobuf messages. The converters are CosmJS's own
 * (`@cosmjs/stargate` and `@cosmjs/cosmwasm-stargate` AminoTypes): what clients sign with, so the
 * bytes match by construction. Where CosmJS has none — gov v1 (cosmjs#1442) and slashing's unjail —
 * they are written here after the SDK's amino JSON rules (proto field names, empty fields omitted
 * unless the proto says `amino.dont_omitempty`, 64-bit integers as strings, enums as numbers, coin
 * lists always present) and exported, so a client can sign these too by adding them to its AminoTypes.
 */
import type { AminoMsg, StdFee } from '@cosmjs/amino';
import type { EncodeObject, GeneratedType, Registry } from '@cosmjs/proto-signing';
import { createRequire } from 'node:module';
import type { AminoTypes, AminoConverter, AminoConverters } from '@cosmjs/stargate';
import { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from 'cosmjs-types/cosmos/gov/v1/tx';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import type { Coin } from 'cosmjs-types/cosmos/base/v1beta1/coin';
import { MsgSetPriceFeedContract, MsgSetVirtualStakingMaxCap } from '../../proto/index.js';
import { ChainError, Codes } from '../kernel/errors.js';
import type { DecodedTx } from './decode.js';

// CosmJS (CommonJS) is required on first use, not imported: loading it costs each node process
// about a quarter second of CPU at start, for a sign mode few txs use.
const require = createRequire(import.meta.url);
const stargate = (): typeof import('@cosmjs/stargate') => require('@cosmjs/stargate') as typeof import('@cosmjs/stargate');
const cosmwasm = (): typeof import('@cosmjs/cosmwasm-stargate') => require('@cosmjs/cosmwasm-stargate') as typeof import('@cosmjs/cosmwasm-stargate');
const protoSigning = (): typeof import('@cosmjs/proto-signing') => require('@cosmjs/proto-signing') as typeof import('@cosmjs/proto-signing');
const amino = (): typeof import('@cosmjs/amino') => require('@cosmjs/amino') as typeof import('@cosmjs/amino');

/** `{..., key: v}` when `v` is not the zero value: amino JSON's omitempty. */
function opt<T>(key: string, v: T | undefined, empty: T): Record<string, T> {
  return v === undefined || v === empty ? {} : { [key]: v };
}

const coins = (c: readonly Coin[] | undefined): Coin[] => (c ?? []).map((x) => ({ denom: x.denom, amount: x.amount }));

/**
 * Converters for the messages CosmJS has none for. gov v1's proposal messages are Anys, which amino
 * JSON writes as their own amino form: hence the `types` these need for the inner messages.
 */
export function meshworkAminoConverters(inner: () => AminoTypes, registry: Registry): AminoConverters {
  const govV1: Record<string, AminoConverter> = {
    '/cosmos.gov.v1.MsgSubmitProposal': {
      aminoType: 'cosmos-sdk/v1/MsgSubmitProposal',
      toAmino: (m: MsgSubmitProposal) => ({
        ...(m.messages.length > 0 ? { messages: m.messages.map((a) => inner().toAmino({ typeUrl: a.typeUrl, value: registry.decode(a) })) } : {}),
        initial_deposit: coins(m.initialDeposit),
        ...opt('proposer', m.proposer, ''),
        ...opt('metadata', m.metadata, ''),
        ...opt('title', m.title, ''),
        ...opt('summary', m.summary, ''),
        ...opt('expedited', m.expedited, false),
      }),
      fromAmino: (v: { messages?: AminoMsg[]; initial_deposit: Coin[]; proposer?: string; metadata?: string; title?: string; summary?: string; expedited?: boolean }) =>
        MsgSubmitProposal.fromPartial({
          messages: (v.messages ?? []).map((a) => registry.encodeAsAny(inner().fromAmino(a))),
          initialDeposit: coins(v.initial_deposit),
          proposer: v.proposer ?? '',
          metadata: v.metadata ?? '',
          title: v.title ?? '',
          summary: v.summary ?? '',
          expedited: v.expedited ?? false,
        }),
    },
    '/cosmos.gov.v1.MsgDeposit': {
      aminoType: 'cosmos-sdk/v1/MsgDeposit',
      toAmino: (m: MsgDeposit) => ({ proposal_id: m.proposalId.toString(), ...opt('depositor', m.depositor, ''), amount: coins(m.amount) }),
      fromAmino: (v: { proposal_id: string; depositor?: string; amount: Coin[] }) => MsgDeposit.fromPartial({ proposalId: BigInt(v.proposal_id), depositor: v.depositor ?? '', amount: coins(v.amount) }),
    },
    '/cosmos.gov.v1.MsgVote': {
      aminoType: 'cosmos-sdk/v1/MsgVote',
      toAmino: (m: MsgVote) => ({ proposal_id: m.proposalId.toString(), ...opt('voter', m.voter, ''), ...opt('option', m.option as number, 0), ...opt('metadata', m.metadata, '') }),
      fromAmino: (v: { proposal_id: string; voter?: string; option?: number; metadata?: string }) => MsgVote.fromPartial({ proposalId: BigInt(v.proposal_id), voter: v.voter ?? '', option: v.option ?? 0, metadata: v.metadata ?? '' }),
    },
    '/cosmos.gov.v1.MsgVoteWeighted': {
      aminoType: 'cosmos-sdk/v1/MsgVoteWeighted',
      toAmino: (m: MsgVoteWeighted) => ({
        proposal_id: m.proposalId.toString(),
        ...opt('voter', m.voter, ''),
        ...(m.options.length > 0 ? { options: m.options.map((o) => ({ ...opt('option', o.option as number, 0), ...opt('weight', o.weight, '') })) } : {}),
        ...opt('metadata', m.metadata, ''),
      }),
      fromAmino: (v: { proposal_id: string; voter?: string; options?: { option?: number; weight?: string }[]; metadata?: string }) =>
        MsgVoteWeighted.fromPartial({ proposalId: BigInt(v.proposal_id), voter: v.voter ?? '', options: (v.options ?? []).map((o) => ({ option: o.option ?? 0, weight: o.weight ?? '' })), metadata: v.metadata ?? '' }),
    },
  };
  // x/meshsecurity's gov messages, under upstream mesh-security-sdk's amino names (`meshsecurity/…`),
  // so a gov proposal carrying them can be signed by an amino-only signer. `max_cap` is written even
  // when absent (as upstream's non-nullable, dont_omitempty field): an empty coin, which the module refuses.
  const meshSecurity: Record<string, AminoConverter> = {
    [MsgSetVirtualStakingMaxCap.typeUrl]: {
      aminoType: 'meshsecurity/MsgSetVirtualStakingMaxCap',
      toAmino: (m: MsgSetVirtualStakingMaxCap) => ({
        ...opt('authority', m.authority, ''),
        ...opt('contract', m.contract, ''),
        max_cap: { denom: m.maxCap?.denom ?? '', amount: m.maxCap?.amount === undefined || m.maxCap.amount === '' ? '0' : m.maxCap.amount },
      }),
      fromAmino: (v: { authority?: string; contract?: string; max_cap: Coin }) =>
        MsgSetVirtualStakingMaxCap.fromPartial({ authority: v.authority ?? '', contract: v.contract ?? '', maxCap: { denom: v.max_cap.denom, amount: v.max_cap.amount } }),
    },
    [MsgSetPriceFeedContract.typeUrl]: {
      aminoType: 'meshsecurity/MsgSetPriceFeedContract',
      toAmino: (m: MsgSetPriceFeedContract) => ({ ...opt('authority', m.authority, ''), ...opt('contract', m.contract, '') }),
      fromAmino: (v: { authority?: string; contract?: string }) => MsgSetPriceFeedContract.fromPartial({ authority: v.authority ?? '', contract: v.contract ?? '' }),
    },
  };
  return {
    ...govV1,
    ...meshSecurity,
    // The SDK names the field `address` in JSON and amino (gogoproto.jsontag, amino.field_name).
    '/cosmos.slashing.v1beta1.MsgUnjail': {
      aminoType: 'cosmos-sdk/MsgUnjail',
      toAmino: (m: MsgUnjail) => ({ address: m.validatorAddr }),
      fromAmino: (v: { address: string }) => MsgUnjail.fromPartial({ validatorAddr: v.address }),
    },
  };
}

/** Every proto message type clients encode, for decoding a tx's Anys into what the converters take. */
export function aminoRegistry(): Registry {
  return new (protoSigning().Registry)([...stargate().defaultRegistryTypes, ...cosmwasm().wasmTypes, ['/cosmos.gov.v1.MsgSubmitProposal', MsgSubmitProposal], ['/cosmos.gov.v1.MsgDeposit', MsgDeposit], ['/cosmos.gov.v1.MsgVote', MsgVote], ['/cosmos.gov.v1.MsgVoteWeighted', MsgVoteWeighted], ['/cosmos.slashing.v1beta1.MsgUnjail', MsgUnjail], [MsgSetVirtualStakingMaxCap.typeUrl, MsgSetVirtualStakingMaxCap as unknown as GeneratedType], [MsgSetPriceFeedContract.typeUrl, MsgSetPriceFeedContract as unknown as GeneratedType]]);
}

/** The AminoTypes of every message with an amino form on this chain: CosmJS's, wasmd's and ours. */
export function createMeshworkAminoTypes(registry: Registry = aminoRegistry()): AminoTypes {
  let types: AminoTypes | undefined;
  types = new (stargate().AminoTypes)({ ...stargate().createDefaultAminoConverters(), ...cosmwasm().createWasmAminoConverters(), ...meshworkAminoConverters(() => types!, registry) });
  return types;
}

let registry: Registry | undefined;
let aminoTypes: AminoTypes | undefined;
const REGISTRY = (): Registry => (registry ??= aminoRegistry());
const AMINO_TYPES = (): AminoTypes => (aminoTypes ??= createMeshworkAminoTypes(REGISTRY()));

/** A message's amino JSON form; a clear error when it has none (or its content cannot be written as JSON). */
export function toAminoMsg(msg: EncodeObject | { typeUrl: string; value: Uint8Array }): AminoMsg {
  let value: unknown = msg.value;
  try {
    if (value instanceof Uint8Array) value = REGISTRY().decode({ typeUrl: msg.typeUrl, value });
  } catch {
    throw new ChainError(Codes.NotSupported, `message ${msg.typeUrl} has no amino JSON form; sign it with SIGN_MODE_DIRECT`);
  }
  try {
    return AMINO_TYPES().toAmino({ typeUrl: msg.typeUrl, value });
  } catch (e) {
    const m = (e as Error).message;
    if (/^Type URL .* does not exist in the Amino message type register/.test(m)) throw new ChainError(Codes.NotSupported, `message ${msg.typeUrl} has no amino JSON form; sign it with SIGN_MODE_DIRECT`);
    throw new ChainError(Codes.TxDecode, `message ${msg.typeUrl} cannot be written as amino JSON (${m}); sign it with SIGN_MODE_DIRECT`);
  }
}

/**
 * The bytes a SIGN_MODE_LEGACY_AMINO_JSON signer signed: the SDK's StdSignDoc of this tx for
 * `accountNumber` and `sequence`. The fee's payer and granter appear only when set, the timeout
 * height only when non-zero (omitempty in the SDK's sign doc).
 */
export function legacyAminoSignBytes(tx: DecodedTx, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  const fee = tx.authInfo.fee!;
  const stdFee: StdFee = {
    amount: coins(fee.amount),
    gas: fee.gasLimit.toString(),
    ...(fee.payer === '' ? {} : { payer: fee.payer }),
    ...(fee.granter === '' ? {} : { granter: fee.granter }),
  };
  const msgs = tx.body.messages.map((m) => toAminoMsg(m));
  const doc = amino().makeSignDoc(msgs, stdFee, chainId, tx.body.memo, accountNumber.toString(), sequence.toString(), tx.body.timeoutHeight > 0n ? tx.body.timeoutHeight : undefined);
  return amino().serializeSignDoc(doc);
}
