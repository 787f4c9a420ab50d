/** x/wasm messages (`cosmwasm.wasm.v1.Msg`), gRPC queries (`cosmwasm.wasm.v1.Query`) and genesis. */
import * as T from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import * as Q from 'cosmjs-types/cosmwasm/wasm/v1/query';
import { GenesisState } from 'cosmjs-types/cosmwasm/wasm/v1/genesis';
import { ContractInfo } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type { Context } from '../../kernel/context.js';
import { inBranch } from '../../kernel/context.js';
import type { Module } from '../../kernel/module.js';
import type { MsgHandler, MsgRouter, QueryRouter } from '../../kernel/router.js';
import { ChainError } from '../../kernel/errors.js';
import { concat, readU64BE } from '../../kernel/keys.js';
import { paginate } from '../../kernel/pagination.js';
import { prefixEnd } from '../../store/kv.js';
import { coinsFromProto } from '../../types/coins.js';
import { requireAuthority } from '../../kernel/authority.js';
import { WasmErrors } from './errors.js';
import type { WasmKeeper } from './keeper.js';
import {
  KEY,
  POSITION_LEN,
  WASM_STORE,
  codeBytesKey,
  contractStorePrefix,
  contractsByCodePrefix,
  contractsByCreatorPrefix,
  GovPolicy,
  LAST_CODE_ID_KEY,
  LAST_INSTANCE_ID_KEY,
} from './types.js';

const W = '/cosmwasm.wasm.v1.';

function checkJson(msg: Uint8Array, what = 'msg'): void {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(msg));
  } catch {
    throw new ChainError(WasmErrors.Invalid, `${what} must be valid JSON`);
  }
}

export class WasmModule implements Module {
  readonly name = 'wasm';
  readonly storeKeys = [WASM_STORE];

  constructor(readonly keeper: WasmKeeper) {}

  registerMsgs(r: MsgRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    const reg = <M>(name: string, codecOf: { decode(b: Uint8Array): M; encode(m: M): { finish(): Uint8Array } }, signer: (m: M) => string, handle: (ctx: Context, m: M) => Uint8Array, validate?: (m: M) => void) => {
      const h: MsgHandler<M> = {
        typeUrl: `${W}${name}`,
        module: 'wasm',
        decode: (b) => codecOf.decode(b),
        encode: (m) => codecOf.encode(m).finish(),
        signers: (m) => [signer(m)],
        handle: (ctx, m) => ({ typeUrl: `${W}${name}Response`, value: handle(ctx, m) }),
      };
      if (validate !== undefined) h.validate = validate;
      r.register(h);
    };
    const sender = (m: { sender: string }) => m.sender;
    const authority = (m: { authority: string }) => m.authority;
    const bytesOrEmpty = (d: Uint8Array | undefined) => d ?? new Uint8Array();

    reg('MsgStoreCode', T.MsgStoreCode, sender, (ctx, m) => {
      const { codeId, checksum } = k.storeCode(ctx, m.sender, m.wasmByteCode, m.instantiatePermission);
      return T.MsgStoreCodeResponse.encode({ codeId, checksum }).finish();
    }, (m) => {
      codec.decode(m.sender, 'sender address');
      if (m.wasmByteCode.length === 0) throw new ChainError(WasmErrors.Empty, 'wasm byte code: cannot be empty');
    });
    reg('MsgInstantiateContract', T.MsgInstantiateContract, sender, (ctx, m) => {
      const r0 = k.instantiate(ctx, { codeId: m.codeId, sender: m.sender, admin: m.admin, msg: m.msg, funds: coinsFromProto(m.funds), label: m.label });
      return T.MsgInstantiateContractResponse.encode({ address: r0.address, data: bytesOrEmpty(r0.data) }).finish();
    }, (m) => {
      codec.decode(m.sender, 'sender address');
      if (m.codeId === 0n) throw new ChainError(WasmErrors.Invalid, 'code id is required');
      checkJson(m.msg);
    });
    reg('MsgInstantiateContract2', T.MsgInstantiateContract2, sender, (ctx, m) => {
      const r0 = k.instantiate(ctx, { codeId: m.codeId, sender: m.sender, admin: m.admin, msg: m.msg, funds: coinsFromProto(m.funds), label: m.label, salt: m.salt, fixMsg: m.fixMsg });
      return T.MsgInstantiateContract2Response.encode({ address: r0.address, data: bytesOrEmpty(r0.data) }).finish();
    }, (m) => {
      codec.decode(m.sender, 'sender address');
      if (m.codeId === 0n) throw new ChainError(WasmErrors.Invalid, 'code id is required');
      checkJson(m.msg);
    });
    reg('MsgExecuteContract', T.MsgExecuteContract, sender, (ctx, m) => {
      const data = k.execute(ctx, { contract: m.contract, sender: m.sender, msg: m.msg, funds: coinsFromProto(m.funds) });
      return T.MsgExecuteContractResponse.encode({ data: bytesOrEmpty(data) }).finish();
    }, (m) => {
      codec.decode(m.sender, 'sender address');
      codec.decode(m.contract, 'contract address');
      checkJson(m.msg);
    });
    reg('MsgMigrateContract', T.MsgMigrateContract, sender, (ctx, m) => {
      const data = k.migrate(ctx, { contract: m.contract, sender: m.sender, codeId: m.codeId, msg: m.msg });
      return T.MsgMigrateContractResponse.encode({ data: bytesOrEmpty(data) }).finish();
    }, (m) => {
      codec.decode(m.sender, 'sender address');
      codec.decode(m.contract, 'contract address');
      checkJson(m.msg);
    });
    reg('MsgUpdateAdmin', T.MsgUpdateAdmin, sender, (ctx, m) => {
      k.updateAdmin(ctx, m.contract, m.sender, m.newAdmin);
      return T.MsgUpdateAdminResponse.encode({}).finish();
    }, (m) => {
      codec.decode(m.newAdmin, 'new admin address');
      if (m.newAdmin === m.sender) throw new ChainError(WasmErrors.Invalid, 'new admin is the same as the old');
    });
    reg('MsgClearAdmin', T.MsgClearAdmin, sender, (ctx, m) => {
      k.clearAdmin(ctx, m.contract, m.sender);
      return T.MsgClearAdminResponse.encode({}).finish();
    });
    reg('MsgUpdateContractLabel', T.MsgUpdateContractLabel, sender, (ctx, m) => {
      k.updateLabel(ctx, m.contract, m.sender, m.newLabel);
      return T.MsgUpdateContractLabelResponse.encode({}).finish();
    });
    reg('MsgUpdateInstantiateConfig', T.MsgUpdateInstantiateConfig, sender, (ctx, m) => {
      if (m.newInstantiatePermission === undefined) throw new ChainError(WasmErrors.Empty, 'instantiate permission is required');
      k.setInstantiateConfig(ctx, m.codeId, m.sender, m.newInstantiatePermission);
      return T.MsgUpdateInstantiateConfigResponse.encode({}).finish();
    });
    reg('MsgUpdateParams', T.MsgUpdateParams, authority, (ctx, m) => {
      requireAuthority(k.authority, m.authority);
      inBranch(ctx, (c) => k.setParams(c, m.params));
      return T.MsgUpdateParamsResponse.encode({}).finish();
    });
    reg('MsgSudoContract', T.MsgSudoContract, authority, (ctx, m) => {
      requireAuthority(k.authority, m.authority);
      const data = k.sudo(ctx, m.contract, m.msg);
      return T.MsgSudoContractResponse.encode({ data: bytesOrEmpty(data) }).finish();
    });
    reg('MsgPinCodes', T.MsgPinCodes, authority, (ctx, m) => {
      requireAuthority(k.authority, m.authority);
      inBranch(ctx, (c) => m.codeIds.forEach((id) => k.pinCode(c, id)));
      return T.MsgPinCodesResponse.encode({}).finish();
    });
    reg('MsgUnpinCodes', T.MsgUnpinCodes, authority, (ctx, m) => {
      requireAuthority(k.authority, m.authority);
      inBranch(ctx, (c) => m.codeIds.forEach((id) => k.unpinCode(c, id)));
      return T.MsgUnpinCodesResponse.encode({}).finish();
    });
    reg('MsgStoreAndInstantiateContract', T.MsgStoreAndInstantiateContract, authority, (ctx, m) => {
      requireAuthority(k.authority, m.authority);
      return inBranch(ctx, (c) => {
        const { codeId, checksum } = k.storeCode(c, m.authority, m.wasmByteCode, m.instantiatePermission, GovPolicy);
        if (m.codeHash.length > 0 && Buffer.compare(Buffer.from(m.codeHash), Buffer.from(checksum)) !== 0) {
          throw new ChainError(WasmErrors.Invalid, 'code-hash mismatch');
        }
        if (!m.unpinCode) k.pinCode(c, codeId);
        const r0 = k.instantiate(c, { codeId, sender: m.authority, admin: m.admin, msg: m.msg, funds: coinsFromProto(m.funds), label: m.label }, GovPolicy);
        return T.MsgStoreAndInstantiateContractResponse.encode({ address: r0.address, data: bytesOrEmpty(r0.data) }).finish();
      });
    });
  }

  registerQueries(r: QueryRouter): void {
    const k = this.keeper;
    const codec = k.codec;
    const contractInfoOrThrow = (ctx: Context, address: string): ContractInfo => {
      codec.decode(address, 'contract address');
      const info = k.getContractInfo(ctx, address);
      if (info === undefined) throw new ChainError(WasmErrors.NotFound, `no such contract: ${address}`);
      return info;
    };
    const codeInfoResponse = (ctx: Context, codeId: bigint) => {
      const info = k.getCodeInfo(ctx, codeId);
      if (info === undefined) throw new ChainError(WasmErrors.NotFound, `no such code: ${codeId}`);
      return { codeId, creator: info.creator, dataHash: info.codeHash, instantiatePermission: info.instantiateConfig };
    };
    const addrFromKey = (key: Uint8Array) => codec.encode(key.subarray(POSITION_LEN));
    r.registerService('cosmwasm.wasm.v1.Query', {
      ContractInfo: (ctx, b) => {
        const q = Q.QueryContractInfoRequest.decode(b);
        return Q.QueryContractInfoResponse.encode({ address: q.address, contractInfo: contractInfoOrThrow(ctx, q.address) }).finish();
      },
      ContractHistory: (ctx, b) => {
        const q = Q.QueryContractHistoryRequest.decode(b);
        contractInfoOrThrow(ctx, q.address);
        const entries = k.getContractHistory(ctx, q.address);
        return Q.QueryContractHistoryResponse.encode({ entries, pagination: { nextKey: new Uint8Array(), total: 0n } }).finish();
      },
      ContractsByCode: (ctx, b) => {
        const q = Q.QueryContractsByCodeRequest.decode(b);
        if (q.codeId === 0n) throw new ChainError(WasmErrors.Invalid, 'code id is required');
        const { items, pagination } = paginate(ctx.store(WASM_STORE), contractsByCodePrefix(q.codeId), q.pagination, (key) => addrFromKey(key));
        return Q.QueryContractsByCodeResponse.encode({ contracts: items, pagination }).finish();
      },
      AllContractState: (ctx, b) => {
        const q = Q.QueryAllContractStateRequest.decode(b);
        contractInfoOrThrow(ctx, q.address);
        const { items, pagination } = paginate(ctx.store(WASM_STORE), contractStorePrefix(codec.decode(q.address)), q.pagination, (key, value) => ({ key: key.slice(), value }));
        return Q.QueryAllContractStateResponse.encode({ models: items, pagination }).finish();
      },
      RawContractState: (ctx, b) => {
        const q = Q.QueryRawContractStateRequest.decode(b);
        contractInfoOrThrow(ctx, q.address);
        return Q.QueryRawContractStateResponse.encode({ data: k.queryRaw(ctx, q.address, q.queryData) ?? new Uint8Array() }).finish();
      },
      SmartContractState: (ctx, b) => {
        const q = Q.QuerySmartContractStateRequest.decode(b);
        contractInfoOrThrow(ctx, q.address);
        checkJson(q.queryData, 'query data');
        return Q.QuerySmartContractStateResponse.encode({ data: k.querySmart(ctx, q.address, q.queryData) }).finish();
      },
      Code: (ctx, b) => {
        const q = Q.QueryCodeRequest.decode(b);
        const codeInfo = codeInfoResponse(ctx, q.codeId);
        return Q.QueryCodeResponse.encode({ codeInfo, data: k.getCodeBytes(ctx, q.codeId) ?? new Uint8Array() }).finish();
      },
      CodeInfo: (ctx, b) => {
        const q = Q.QueryCodeInfoRequest.decode(b);
        const c = codeInfoResponse(ctx, q.codeId);
        return Q.QueryCodeInfoResponse.encode({ codeId: c.codeId, creator: c.creator, checksum: c.dataHash, instantiatePermission: c.instantiatePermission }).finish();
      },
      Codes: (ctx, b) => {
        const q = Q.QueryCodesRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(WASM_STORE), Uint8Array.of(KEY.code), q.pagination, (key) => codeInfoResponse(ctx, readU64BE(key)));
        return Q.QueryCodesResponse.encode({ codeInfos: items, pagination }).finish();
      },
      PinnedCodes: (ctx, b) => {
        const q = Q.QueryPinnedCodesRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(WASM_STORE), Uint8Array.of(KEY.pinned), q.pagination, (key) => readU64BE(key));
        return Q.QueryPinnedCodesResponse.encode({ codeIds: items, pagination }).finish();
      },
      Params: (ctx) => Q.QueryParamsResponse.encode({ params: k.getParams(ctx) }).finish(),
      ContractsByCreator: (ctx, b) => {
        const q = Q.QueryContractsByCreatorRequest.decode(b);
        const { items, pagination } = paginate(ctx.store(WASM_STORE), contractsByCreatorPrefix(codec.decode(q.creatorAddress, 'creator address')), q.pagination, (key) => addrFromKey(key));
        return Q.QueryContractsByCreatorResponse.encode({ contractAddresses: items, pagination }).finish();
      },
    });
  }

  initGenesis(ctx: Context, state: unknown): void {
    const k = this.keeper;
    if (state === undefined || state === null) return;
    const g = GenesisState.fromJSON(state);
    if (g.params !== undefined && g.params.codeUploadAccess !== undefined) k.setParams(ctx, g.params);
    let maxCode = 0n;
    for (const c of g.codes) {
      const stored = k.vm.storeCode(c.codeBytes);
      if (Buffer.compare(Buffer.from(stored.checksum, 'hex'), Buffer.from(c.codeInfo.codeHash)) !== 0) {
        throw new ChainError(WasmErrors.InvalidGenesis, `code ${c.codeId}: checksum does not match the code bytes`);
      }
      k.setCodeInfo(ctx, c.codeId, c.codeInfo);
      ctx.rawStore(WASM_STORE).set(codeBytesKey(c.codeInfo.codeHash), c.codeBytes);
      if (c.pinned) k.pinCode(ctx, c.codeId);
      if (c.codeId > maxCode) maxCode = c.codeId;
    }
    let instances = 0n;
    for (const c of g.contracts) {
      const addr = k.codec.normalize(c.contractAddress);
      k.setContractInfo(ctx, addr, c.contractInfo);
      const entries = c.contractCodeHistory.length > 0 ? c.contractCodeHistory : [{ operation: 3, codeId: c.contractInfo.codeId, updated: c.contractInfo.created, msg: new Uint8Array() }];
      for (const e of entries) k.appendHistory(ctx, addr, e);
      k.addToCodeIndex(ctx, addr, entries[entries.length - 1]!);
      k.addToCreatorIndex(ctx, c.contractInfo.creator, c.contractInfo.created ?? { blockHeight: 0n, txIndex: 0n }, addr);
      const p = contractStorePrefix(k.codec.decode(addr));
      for (const m of c.contractState) ctx.store(WASM_STORE).set(concat(p, m.key), m.value);
      instances++;
    }
    let nextCode = maxCode + 1n;
    let nextInstance = instances + 1n;
    for (const s of g.sequences) {
      const key = Buffer.from(s.idKey).toString('latin1');
      if (key === 'lastCodeId') nextCode = s.value;
      if (key === 'lastContractId') nextInstance = s.value;
    }
    if (nextCode <= maxCode) throw new ChainError(WasmErrors.InvalidGenesis, `sequence lastCodeId ${nextCode} must be above the highest code id ${maxCode}`);
    k.setSequences(ctx, nextCode, nextInstance);
  }

  exportGenesis(ctx: Context): unknown {
    const k = this.keeper;
    const store = ctx.store(WASM_STORE);
    const codes: GenesisState['codes'] = [];
    for (const [key] of store.iterator(Uint8Array.of(KEY.code), Uint8Array.of(KEY.code + 1))) {
      const codeId = readU64BE(key, 1);
      const codeInfo = k.getCodeInfo(ctx, codeId)!;
      codes.push({ codeId, codeInfo, codeBytes: k.getCodeBytes(ctx, codeId) ?? new Uint8Array(), pinned: k.isPinned(ctx, codeId) });
    }
    const contracts: GenesisState['contracts'] = [];
    for (const [key, value] of store.iterator(Uint8Array.of(KEY.contract), Uint8Array.of(KEY.contract + 1))) {
      const address = k.codec.encode(key.subarray(1));
      const p = contractStorePrefix(key.subarray(1));
      const contractState = [...store.iterator(p, prefixEnd(p))].map(([kk, v]) => ({ key: kk.slice(p.length), value: v }));
      contracts.push({ contractAddress: address, contractInfo: ContractInfo.decode(value), contractState, contractCodeHistory: k.getContractHistory(ctx, address) });
    }
    const sequences = [
      { idKey: LAST_CODE_ID_KEY.slice(1), value: k.nextCodeId(ctx) },
      { idKey: LAST_INSTANCE_ID_KEY.slice(1), value: k.nextInstanceId(ctx) },
    ];
    return GenesisState.toJSON({ params: k.getParams(ctx), codes, contracts, sequences });
  }
}
