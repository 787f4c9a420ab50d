/**
 * A small client for the product oracle's settlement path (product-oracle-spec §1 rows 16 and 19)
 * over a node's RPC with stock CosmJS: `settle(..., {idempotent: true})` signs once and re-sends
 * the same bytes with the node's idempotent broadcast, mapping `duplicate_settlement` to the stored
 * settlement; `lookupSettlement(payer, reference, {includePending})` asks the contract, then the
 * mempool (filtered `unconfirmed_txs`) for a matching pending `settle`.
 */
import type { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { fromBase64, fromUtf8, toUtf8 } from '@cosmjs/encoding';
import type { StdFee } from '@cosmjs/stargate';
import { TxRaw, TxBody } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgExecuteContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';

const EXECUTE = '/cosmwasm.wasm.v1.MsgExecuteContract';

export interface Settlement {
  id: number;
  payer: string;
  reference: string;
  validator: string | null;
  amount: string;
  epoch: number;
  height: number;
  ms: number;
}

export type SettlementLookup = { state: 'finalized'; settlement: Settlement } | { state: 'pending'; txHash: string } | { state: 'not_found' };

interface RpcReply {
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: string };
}

/** What reading a contract takes (a `CosmWasmClient`, or an adapter over `abci_query`). */
export interface ContractReader {
  queryContractSmart(address: string, query: Record<string, unknown>): Promise<unknown>;
}

/**
 * The read side: a settlement by payer and reference, from the contract and, when asked, the node's
 * mempool. Needs no key (the CLI's `query oracle settlement` uses it over `abci_query`).
 */
export class SettlementReader {
  constructor(
    readonly reader: ContractReader,
    readonly rpcUrl: string,
    readonly contract: string,
  ) {}

  protected async rpc(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const res = await fetch(this.rpcUrl, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), headers: { 'Content-Type': 'application/json' } });
    const body = (await res.json()) as RpcReply;
    if (body.error !== undefined) throw new Error(`${method}: ${body.error.message}${body.error.data ? `: ${body.error.data}` : ''}`);
    return body.result!;
  }

  async lookupSettlement(payer: string, reference: string, opts: { includePending?: boolean } = {}): Promise<SettlementLookup> {
    // The mempool is read before the contract: a node drops a tx from its mempool only after the
    // block holding it is committed, so a settle found in neither place was never accepted. Read the
    // other way round, a block committing between the two reads would hide the settle from both.
    const pending = opts.includePending === true ? await this.pendingSettle(payer, reference) : undefined;
    const r = (await this.reader.queryContractSmart(this.contract, { settlement_by_reference: { payer, reference } })) as { settlement: Settlement | null };
    if (r.settlement !== null) return { state: 'finalized', settlement: r.settlement };
    return pending === undefined ? { state: 'not_found' } : { state: 'pending', txHash: pending };
  }

  /** The hash of a pending `settle` by `payer` with `reference` in the node's mempool, if any. */
  private async pendingSettle(payer: string, reference: string): Promise<string | undefined> {
    const page = await this.rpc('unconfirmed_txs', { sender: payer, msg_type: EXECUTE, contract: this.contract, per_page: 100 });
    const txs = (page['txs'] as string[]) ?? [];
    const hashes = (page['hashes'] as string[]) ?? [];
    for (let i = 0; i < txs.length; i++) {
      const body = TxBody.decode(TxRaw.decode(fromBase64(txs[i]!)).bodyBytes);
      for (const any of body.messages) {
        if (any.typeUrl !== EXECUTE) continue;
        const m = MsgExecuteContract.decode(any.value);
        if (m.contract !== this.contract || m.sender !== payer) continue;
        try {
          const parsed = JSON.parse(fromUtf8(m.msg)) as { settle?: { reference?: string } };
          if (parsed.settle?.reference === reference) return hashes[i]!;
        } catch {
          // not JSON: not a settle
        }
      }
    }
    return undefined;
  }
}

export class ProductOracleClient extends SettlementReader {
  constructor(
    readonly client: SigningCosmWasmClient,
    rpcUrl: string,
    contract: string,
  ) {
    super(client, rpcUrl, contract);
  }

  /**
   * Pays `amount` for `reference`. With `idempotent`, a retry (same signed bytes) after a lost
   * answer gets the tx's status, and a reference settled before returns that settlement.
   */
  async settle(payer: string, reference: string, amount: { denom: string; amount: string }, fee: StdFee, opts: { idempotent?: boolean; validator?: string; retries?: number } = {}): Promise<SettlementLookup> {
    const msg = { typeUrl: EXECUTE, value: MsgExecuteContract.fromPartial({ sender: payer, contract: this.contract, msg: toUtf8(JSON.stringify({ settle: { reference, validator: opts.validator ?? null } })), funds: [amount] }) };
    let tx = Buffer.from(TxRaw.encode(await this.client.sign(payer, [msg], fee, '')).finish()).toString('base64');
    const attempts = opts.idempotent ? 1 + (opts.retries ?? 3) : 1;
    // A sequence mismatch (code 32) means the tx was refused outright (committed state lagging a block
    // in flight), so signing again cannot duplicate it.
    let first: Record<string, unknown> | undefined;
    for (let i = 0; i < 20; i++) {
      first = await this.rpc('broadcast_tx_sync', { tx, idempotent: opts.idempotent === true });
      if (Number(first['code'] ?? 0) !== 32) break;
      await new Promise((r) => setTimeout(r, 300));
      tx = Buffer.from(TxRaw.encode(await this.client.sign(payer, [msg], fee, '')).finish()).toString('base64');
    }
    let last: unknown;
    for (let i = 0; i < attempts; i++) {
      try {
        const r = i === 0 && first !== undefined ? first : await this.rpc('broadcast_tx_sync', { tx, idempotent: opts.idempotent === true });
        const code = Number(r['code'] ?? 0);
        if (code !== 0) {
          const log = String(r['log'] ?? '');
          if (opts.idempotent && log.includes('duplicate_settlement')) {
            const found = await this.lookupSettlement(payer, reference);
            if (found.state !== 'not_found') return found;
          }
          throw new Error(`settle refused (code ${code}): ${log}`);
        }
        const hash = String(r['hash']);
        const settled = await this.lookupSettlement(payer, reference);
        return settled.state === 'finalized' ? settled : { state: 'pending', txHash: hash };
      } catch (e) {
        last = e;
        if (!(e instanceof TypeError)) throw e; // fetch failures are TypeErrors: retry those only
      }
    }
    throw last;
  }
}
