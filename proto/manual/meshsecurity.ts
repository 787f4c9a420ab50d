/**
 * Codecs of `meshwork.meshsecurity.v1` (proto/meshwork/meshsecurity/v1/*.proto) in ts-proto's
 * shape (`encode`/`decode`/`fromPartial`, bigint-free: every field is a string, a uint32 or a
 * message). Written by hand because protoc is not installed where this was written (as
 * `meshwork.slashing.v1`'s codec); `scripts/gen-proto.sh` will replace it with generated code of
 * the same shape and the same bytes. The fields are declared once per message and a small
 * table-driven encoder writes them in field order, as protoc's output does.
 */
import { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';

export const protobufPackage = 'meshwork.meshsecurity.v1';

/** What CosmJS's `Registry` and the chain's router use of a ts-proto codec. */
export interface MessageFns<T> {
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
  decode(input: BinaryReader | Uint8Array, length?: number): T;
  fromPartial(object: Partial<T>): T;
}

type Field<T> = { [K in keyof T]: { name: K; no: number } & (T[K] extends string ? { kind: 'string' } : T[K] extends number ? { kind: 'uint32' } : T[K] extends (infer E)[] ? { kind: 'repeated'; of: MessageFns<E> } : { kind: 'message'; of: MessageFns<NonNullable<T[K]>> }) }[keyof T];

function message<T extends object>(fields: Field<T>[], base: () => T): MessageFns<T> {
  const fns: MessageFns<T> = {
    encode(m, w = new BinaryWriter()) {
      for (const f of fields) {
        const v = m[f.name] as unknown;
        if (f.kind === 'string') {
          if (v !== '') w.uint32((f.no << 3) | 2).string(v as string);
        } else if (f.kind === 'uint32') {
          if (v !== 0) w.uint32(f.no << 3).uint32(v as number);
        } else if (f.kind === 'message') {
          if (v !== undefined) (f.of as MessageFns<unknown>).encode(v, w.uint32((f.no << 3) | 2).fork()).join();
        } else {
          for (const x of v as unknown[]) (f.of as MessageFns<unknown>).encode(x, w.uint32((f.no << 3) | 2).fork()).join();
        }
      }
      return w;
    },
    decode(input, length) {
      const r = input instanceof BinaryReader ? input : new BinaryReader(input);
      const end = length === undefined ? r.len : r.pos + length;
      const m = base() as Record<string, unknown>;
      while (r.pos < end) {
        const tag = r.uint32();
        const f = fields.find((x) => x.no === tag >>> 3);
        const wire = tag & 7;
        if (f !== undefined && f.kind === 'uint32' && wire === 0) m[f.name as string] = r.uint32();
        else if (f !== undefined && f.kind === 'string' && wire === 2) m[f.name as string] = r.string();
        else if (f !== undefined && f.kind === 'message' && wire === 2) m[f.name as string] = (f.of as MessageFns<unknown>).decode(r, r.uint32());
        else if (f !== undefined && f.kind === 'repeated' && wire === 2) (m[f.name as string] as unknown[]).push((f.of as MessageFns<unknown>).decode(r, r.uint32()));
        else {
          if (wire === 4 || tag === 0) break;
          r.skip(wire);
        }
      }
      return m as T;
    },
    fromPartial(p) {
      const m = base() as Record<string, unknown>;
      for (const f of fields) {
        const v = (p as Record<string, unknown>)[f.name as string];
        if (v === undefined || v === null) continue;
        if (f.kind === 'message') m[f.name as string] = (f.of as MessageFns<unknown>).fromPartial(v as object);
        else if (f.kind === 'repeated') m[f.name as string] = (v as object[]).map((x) => (f.of as MessageFns<unknown>).fromPartial(x));
        else m[f.name as string] = v;
      }
      return m as T;
    },
  };
  return fns;
}

/** cosmos.base.v1beta1.Coin (amount as the decimal string of an Int). */
export interface Coin {
  denom: string;
  amount: string;
}
export const Coin = message<Coin>([{ name: 'denom', no: 1, kind: 'string' }, { name: 'amount', no: 2, kind: 'string' }], () => ({ denom: '', amount: '' }));

export interface Params {
  totalContractsMaxCap: Coin | undefined;
  epochLength: number;
  maxGasEndBlocker: number;
}
export const Params = message<Params>(
  [
    { name: 'totalContractsMaxCap', no: 1, kind: 'message', of: Coin },
    { name: 'epochLength', no: 2, kind: 'uint32' },
    { name: 'maxGasEndBlocker', no: 3, kind: 'uint32' },
  ],
  () => ({ totalContractsMaxCap: undefined, epochLength: 0, maxGasEndBlocker: 0 }),
);

export interface VirtualStakingMaxCapInfo {
  contract: string;
  delegated: Coin | undefined;
  cap: Coin | undefined;
}
export const VirtualStakingMaxCapInfo = message<VirtualStakingMaxCapInfo>(
  [
    { name: 'contract', no: 1, kind: 'string' },
    { name: 'delegated', no: 2, kind: 'message', of: Coin },
    { name: 'cap', no: 3, kind: 'message', of: Coin },
  ],
  () => ({ contract: '', delegated: undefined, cap: undefined }),
);

export interface MsgSetVirtualStakingMaxCap {
  authority: string;
  contract: string;
  maxCap: Coin | undefined;
}
export const MsgSetVirtualStakingMaxCap = message<MsgSetVirtualStakingMaxCap>(
  [
    { name: 'authority', no: 1, kind: 'string' },
    { name: 'contract', no: 2, kind: 'string' },
    { name: 'maxCap', no: 3, kind: 'message', of: Coin },
  ],
  () => ({ authority: '', contract: '', maxCap: undefined }),
);

export interface MsgSetPriceFeedContract {
  authority: string;
  contract: string;
}
export const MsgSetPriceFeedContract = message<MsgSetPriceFeedContract>(
  [
    { name: 'authority', no: 1, kind: 'string' },
    { name: 'contract', no: 2, kind: 'string' },
  ],
  () => ({ authority: '', contract: '' }),
);

/** The empty messages (responses and argument-less requests). */
export type Empty = Record<string, never>;
const empty = (): MessageFns<Empty> => message<Empty>([], () => ({}));
export const MsgSetVirtualStakingMaxCapResponse = empty();
export const MsgSetPriceFeedContractResponse = empty();
export const QueryVirtualStakingMaxCapLimitsRequest = empty();
export const QueryParamsRequest = empty();

export interface QueryVirtualStakingMaxCapLimitRequest {
  address: string;
}
export const QueryVirtualStakingMaxCapLimitRequest = message<QueryVirtualStakingMaxCapLimitRequest>([{ name: 'address', no: 1, kind: 'string' }], () => ({ address: '' }));

export interface QueryVirtualStakingMaxCapLimitResponse {
  delegated: Coin | undefined;
  cap: Coin | undefined;
}
export const QueryVirtualStakingMaxCapLimitResponse = message<QueryVirtualStakingMaxCapLimitResponse>(
  [
    { name: 'delegated', no: 1, kind: 'message', of: Coin },
    { name: 'cap', no: 2, kind: 'message', of: Coin },
  ],
  () => ({ delegated: undefined, cap: undefined }),
);

export interface QueryVirtualStakingMaxCapLimitsResponse {
  maxCapInfos: VirtualStakingMaxCapInfo[];
}
export const QueryVirtualStakingMaxCapLimitsResponse = message<QueryVirtualStakingMaxCapLimitsResponse>([{ name: 'maxCapInfos', no: 1, kind: 'repeated', of: VirtualStakingMaxCapInfo }], () => ({ maxCapInfos: [] }));

export interface QueryParamsResponse {
  params: Params | undefined;
}
export const QueryParamsResponse = message<QueryParamsResponse>([{ name: 'params', no: 1, kind: 'message', of: Params }], () => ({ params: undefined }));
