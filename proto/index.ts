/**
 * Meshwork's own protobuf messages with their type URLs. ts-proto's generated codecs (proto/gen/)
 * carry no type URL, while CosmJS's `Registry` and the chain's message router key everything by
 * one; this file pairs them once so no module restates a URL. Hand-written (not regenerated).
 */
import type { GeneratedType } from '@cosmjs/proto-signing';
import * as stakingTx from './gen/meshwork/staking/v1/tx.js';
import * as hooks from './gen/meshwork/hooks/v1/hooks.js';
import * as hooksTx from './gen/meshwork/hooks/v1/tx.js';
import * as hooksQuery from './gen/meshwork/hooks/v1/query.js';
import * as meshsec from './manual/meshsecurity.js';

type Fns<T> = stakingTx.MessageFns<T>;

/** A generated codec plus its `typeUrl` ("/" + full protobuf name). */
export type TypedCodec<T> = Fns<T> & { readonly typeUrl: string };

function typed<T>(fns: Fns<T>, pkg: string, name: string): TypedCodec<T> {
  return Object.freeze({ ...fns, typeUrl: `/${pkg}.${name}` });
}

export type MsgPauseValidator = stakingTx.MsgPauseValidator;
export type MsgPauseValidatorResponse = stakingTx.MsgPauseValidatorResponse;
export const MsgPauseValidator = typed(stakingTx.MsgPauseValidator, stakingTx.protobufPackage, 'MsgPauseValidator');
export const MsgPauseValidatorResponse = typed(stakingTx.MsgPauseValidatorResponse, stakingTx.protobufPackage, 'MsgPauseValidatorResponse');

export type HookContract = hooks.HookContract;
export type HooksParams = hooks.Params;
export const HookContract = typed(hooks.HookContract, hooks.protobufPackage, 'HookContract');
export const HooksParams = typed(hooks.Params, hooks.protobufPackage, 'Params');
export type MsgUpdateHooksParams = hooksTx.MsgUpdateParams;
export type MsgUpdateHooksParamsResponse = hooksTx.MsgUpdateParamsResponse;
export const MsgUpdateHooksParams = typed(hooksTx.MsgUpdateParams, hooksTx.protobufPackage, 'MsgUpdateParams');
export const MsgUpdateHooksParamsResponse = typed(hooksTx.MsgUpdateParamsResponse, hooksTx.protobufPackage, 'MsgUpdateParamsResponse');
export type QueryHooksParamsRequest = hooksQuery.QueryParamsRequest;
export type QueryHooksParamsResponse = hooksQuery.QueryParamsResponse;
export const QueryHooksParamsRequest = typed(hooksQuery.QueryParamsRequest, hooksQuery.protobufPackage, 'QueryParamsRequest');
export const QueryHooksParamsResponse = typed(hooksQuery.QueryParamsResponse, hooksQuery.protobufPackage, 'QueryParamsResponse');

// x/meshsecurity (hand-written codecs of the same shape until protoc regenerates them: see manual/).
function typedManual<T>(fns: meshsec.MessageFns<T>, name: string): meshsec.MessageFns<T> & { readonly typeUrl: string } {
  return Object.freeze({ ...fns, typeUrl: `/${meshsec.protobufPackage}.${name}` });
}
export type MeshSecurityParams = meshsec.Params;
export type VirtualStakingMaxCapInfo = meshsec.VirtualStakingMaxCapInfo;
export type MsgSetVirtualStakingMaxCap = meshsec.MsgSetVirtualStakingMaxCap;
export type MsgSetPriceFeedContract = meshsec.MsgSetPriceFeedContract;
export type QueryVirtualStakingMaxCapLimitRequest = meshsec.QueryVirtualStakingMaxCapLimitRequest;
export type QueryVirtualStakingMaxCapLimitResponse = meshsec.QueryVirtualStakingMaxCapLimitResponse;
export type QueryVirtualStakingMaxCapLimitsResponse = meshsec.QueryVirtualStakingMaxCapLimitsResponse;
export type QueryMeshSecurityParamsResponse = meshsec.QueryParamsResponse;
export const MeshSecurityParams = typedManual(meshsec.Params, 'Params');
export const VirtualStakingMaxCapInfo = typedManual(meshsec.VirtualStakingMaxCapInfo, 'VirtualStakingMaxCapInfo');
export const MsgSetVirtualStakingMaxCap = typedManual(meshsec.MsgSetVirtualStakingMaxCap, 'MsgSetVirtualStakingMaxCap');
export const MsgSetVirtualStakingMaxCapResponse = typedManual(meshsec.MsgSetVirtualStakingMaxCapResponse, 'MsgSetVirtualStakingMaxCapResponse');
export const MsgSetPriceFeedContract = typedManual(meshsec.MsgSetPriceFeedContract, 'MsgSetPriceFeedContract');
export const MsgSetPriceFeedContractResponse = typedManual(meshsec.MsgSetPriceFeedContractResponse, 'MsgSetPriceFeedContractResponse');
export const QueryVirtualStakingMaxCapLimitRequest = typedManual(meshsec.QueryVirtualStakingMaxCapLimitRequest, 'QueryVirtualStakingMaxCapLimitRequest');
export const QueryVirtualStakingMaxCapLimitResponse = typedManual(meshsec.QueryVirtualStakingMaxCapLimitResponse, 'QueryVirtualStakingMaxCapLimitResponse');
export const QueryVirtualStakingMaxCapLimitsRequest = typedManual(meshsec.QueryVirtualStakingMaxCapLimitsRequest, 'QueryVirtualStakingMaxCapLimitsRequest');
export const QueryVirtualStakingMaxCapLimitsResponse = typedManual(meshsec.QueryVirtualStakingMaxCapLimitsResponse, 'QueryVirtualStakingMaxCapLimitsResponse');
export const QueryMeshSecurityParamsRequest = typedManual(meshsec.QueryParamsRequest, 'QueryParamsRequest');
export const QueryMeshSecurityParamsResponse = typedManual(meshsec.QueryParamsResponse, 'QueryParamsResponse');

/**
 * Every message a client may put in a tx, as `[typeUrl, codec]` pairs for CosmJS:
 * `new Registry([...defaultRegistryTypes, ...meshworkTxTypes])`. CosmJS only calls
 * `fromPartial`, `encode(msg).finish()` and `decode(bytes)`, which ts-proto's codecs provide; its
 * declared writer type is cosmjs-types' own, hence the cast.
 */
export const meshworkTxTypes: [string, GeneratedType][] = [
  [MsgPauseValidator.typeUrl, MsgPauseValidator as unknown as GeneratedType],
  [MsgUpdateHooksParams.typeUrl, MsgUpdateHooksParams as unknown as GeneratedType],
  [MsgSetVirtualStakingMaxCap.typeUrl, MsgSetVirtualStakingMaxCap as unknown as GeneratedType],
  [MsgSetPriceFeedContract.typeUrl, MsgSetPriceFeedContract as unknown as GeneratedType],
];
