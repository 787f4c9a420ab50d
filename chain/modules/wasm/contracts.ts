/**
 * Contract records (wasmd's contract state in x/wasm/keeper): `ContractInfo` by address, the code
 * history, the by-code and by-creator indexes, and contract addresses (classic and instantiate2).
 */
import { ContractCodeHistoryEntry, ContractInfo } from 'cosmjs-types/cosmwasm/wasm/v1/types';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { readU64BE } from '../../kernel/keys.js';
import { prefixEnd, type KVStore } from '../../store/kv.js';
import { DecodedByBytes } from '../../store/decoded.js';
import type { AddressCodec } from '../../types/address.js';
import { buildContractAddressPredictable } from './addresses.js';
import { WASM_STORE, contractKey, contractsByCodeKey, contractsByCreatorKey, historyKey, historyPrefix, positionBytes } from './types.js';

/**
 * Every call of a contract reads its info. Callers get a shallow copy: they set top-level fields
 * (admin, label, code id) before storing it again.
 */
const decodedContractInfos = new DecodedByBytes(ContractInfo.decode, (i) => ({ ...i }));

export class ContractStore {
  constructor(private readonly codec: AddressCodec) {}

  private store(ctx: Context): KVStore {
    return ctx.store(WASM_STORE);
  }

  getContractInfo(ctx: Context, address: string): ContractInfo | undefined {
    let raw: Uint8Array;
    try {
      raw = this.codec.decode(address, 'contract address');
    } catch {
      return undefined;
    }
    const v = this.store(ctx).get(contractKey(raw));
    if (v === undefined) return undefined;
    return decodedContractInfos.get(v);
  }
  setContractInfo(ctx: Context, address: string, info: ContractInfo): void {
    this.store(ctx).set(contractKey(this.codec.decode(address)), ContractInfo.encode(info).finish());
  }

  getContractHistory(ctx: Context, address: string): ContractCodeHistoryEntry[] {
    const p = historyPrefix(this.codec.decode(address));
    const out: ContractCodeHistoryEntry[] = [];
    const end = prefixEnd(p);
    for (const [k, v] of this.store(ctx).iterator(p, end)) if (k.length === p.length + 8) out.push(ContractCodeHistoryEntry.decode(v));
    return out;
  }

  appendHistory(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const raw = this.codec.decode(address);
    const p = historyPrefix(raw);
    const end = prefixEnd(p);
    let pos = 0n;
    for (const [k] of this.store(ctx).iterator(p, end, true)) {
      if (k.length === p.length + 8) {
        pos = readU64BE(k, p.length);
        break;
      }
    }
    this.store(ctx).set(historyKey(raw, pos + 1n), ContractCodeHistoryEntry.encode(entry).finish());
  }

  lastHistoryEntry(ctx: Context, address: string): ContractCodeHistoryEntry {
    const h = this.getContractHistory(ctx, address);
    const last = h[h.length - 1];
    if (last === undefined) throw new ChainError(Codes.Logic, `no history for ${address}`);
    return last;
  }

  position(ctx: Context): { blockHeight: bigint; txIndex: bigint } {
    return { blockHeight: BigInt(ctx.height), txIndex: BigInt(ctx.txIndex ?? 0) };
  }

  /** Index entries for ContractsByCode (code, created position, address) and ContractsByCreator. */
  addToCodeIndex(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const u = entry.updated ?? { blockHeight: 0n, txIndex: 0n };
    this.store(ctx).set(contractsByCodeKey(entry.codeId, positionBytes(u.blockHeight, u.txIndex), this.codec.decode(address)), new Uint8Array());
  }
  removeFromCodeIndex(ctx: Context, address: string, entry: ContractCodeHistoryEntry): void {
    const u = entry.updated ?? { blockHeight: 0n, txIndex: 0n };
    this.store(ctx).delete(contractsByCodeKey(entry.codeId, positionBytes(u.blockHeight, u.txIndex), this.codec.decode(address)));
  }
  addToCreatorIndex(ctx: Context, creator: string, position: { blockHeight: bigint; txIndex: bigint }, address: string): void {
    this.store(ctx).set(contractsByCreatorKey(this.codec.decode(creator), positionBytes(position.blockHeight, position.txIndex), this.codec.decode(address)), new Uint8Array());
  }

  /** Address of the contract `instantiate2` would create. */
  predictAddress(checksum: Uint8Array, creator: string, salt: Uint8Array, initMsg: Uint8Array | undefined): string {
    return this.codec.encode(buildContractAddressPredictable(checksum, this.codec.decode(creator), salt, initMsg ?? new Uint8Array()));
  }

}
