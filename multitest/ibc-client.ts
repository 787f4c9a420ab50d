/**
 * The relayer's `ChainClient` over a `TestChain` in the same process. Submitted txs are really
 * signed (the relayer's own account, fee "auto" from a simulation) and go into the open block,
 * which is then committed; light blocks come from the block driver's signed headers and commits;
 * proofs and events come from the committed state and block store, as a node would serve them.
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import { sha256 } from '@noble/hashes/sha2.js';
import { ChainClientError, type AbciQueryResult, type ChainClient, type FoundEvent, type LightBlock, type TxOutcome } from '../ibc/relayer/chain-client.js';
import type { ValidatorSet as ProtoValidatorSet } from 'cosmjs-types/tendermint/types/validator';
import type { TxSigner } from '../chain/testkit/signer.js';
import type { TestChain } from './chain.js';

/** Gas adjustment over the simulated amount (CosmJS "auto" uses 1.4 by default in the CLI; ts-relayer 1.3). */
const GAS_ADJUSTMENT_NUM = 13n;
const GAS_ADJUSTMENT_DEN = 10n;

/**
 * How the relayer's txs get their gas limit. `simulate` (the default, CosmJS "auto" and Hermes):
 * each tx is simulated first and given 1.3× what it used plus 10,000, so every message runs twice.
 * `fixed` (ts-relayer's per-message gas limits): `base` plus `perMessage` for each message, no
 * simulation; the fee follows the limit, so relayer balances (and app hashes) differ from `simulate`.
 */
export type RelayerGas = 'simulate' | { perMessage: bigint; base?: bigint };

export class InProcessChainClient implements ChainClient {
  readonly chainId: string;
  readonly signerAddress: string;
  /** Test hook: called before every client operation; throwing from it simulates the relayer dying at that point. */
  beforeCall: ((op: string) => void) | undefined;

  constructor(
    readonly chain: TestChain,
    private readonly signer: TxSigner,
    private readonly gasMode: RelayerGas = 'simulate',
  ) {
    this.chainId = chain.chainId;
    this.signerAddress = signer.address;
  }

  private driver() {
    const d = this.chain.driver;
    if (d === undefined) throw new Error(`chain ${this.chainId} has no block driver; give its genesis a validator so it signs headers`);
    return d;
  }

  private hook(op: string): void {
    this.beforeCall?.(op);
  }

  async latestHeight(): Promise<number> {
    this.hook('latestHeight');
    return this.chain.m.app.lastBlockHeight;
  }

  async lightBlock(height: number): Promise<LightBlock> {
    this.hook('lightBlock');
    const d = this.driver();
    const block = d.block(height);
    const commit = d.commitAt(height);
    const vals = d.validatorSet(height);
    if (block === undefined || commit === undefined || vals === undefined) throw new ChainClientError(`height ${height} is not committed on ${this.chainId}`, 26, 'sdk');
    return { signedHeader: { header: block.header, commit }, validatorSet: vals.toProto() };
  }

  async validatorSet(height: number): Promise<ProtoValidatorSet> {
    this.hook('validatorSet');
    const vals = this.driver().validatorSet(height);
    if (vals === undefined) throw new ChainClientError(`no validator set for height ${height} on ${this.chainId}`, 26, 'sdk');
    return vals.toProto();
  }

  async waitForHeight(height: number): Promise<void> {
    this.hook('waitForHeight');
    while (this.chain.m.app.lastBlockHeight < height) this.chain.nextBlock();
  }

  async query(path: string, data: Uint8Array, opts: { height?: number; prove?: boolean } = {}): Promise<AbciQueryResult> {
    this.hook('query');
    const r = this.chain.m.app.query({ path, data, height: opts.height, prove: opts.prove });
    if (r.code !== 0) throw new ChainClientError(r.log, r.code, r.codespace);
    return { value: r.value, height: r.height, proofOps: r.proofOps ?? [] };
  }

  async submit(msgs: EncodeObject[], memo?: string): Promise<TxOutcome> {
    this.hook('submit');
    const app = this.chain.m.app;
    const acc = this.chain.m.keepers.auth.getAccount(this.chain.queryContext(), this.signer.address);
    if (acc === undefined) throw new ChainClientError(`relayer account ${this.signer.address} does not exist on ${this.chainId}; fund it`, 9, 'sdk');
    const gas = this.gasLimit(msgs, acc.sequence, memo);
    const fee = (gas + 99n) / 100n;
    const tx = await this.signer.sign({ msgs, fee: { amount: [{ denom: this.chain.m.bondDenom, amount: fee.toString() }], gas: Number(gas) }, chainId: this.chainId, accountNumber: acc.accountNumber, sequence: acc.sequence, memo });
    const check = app.checkTx(tx);
    if (check.code !== 0) throw new ChainClientError(`tx rejected by ${this.chainId}: ${check.log}`, check.code, check.codespace);
    const r = this.driver().deliverTx(tx);
    this.chain.nextBlock();
    const height = app.lastBlockHeight;
    return {
      hash: Buffer.from(sha256(tx)).toString('hex').toUpperCase(),
      height,
      code: r.code,
      codespace: r.codespace,
      log: r.log,
      events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })),
    };
  }

  private gasLimit(msgs: EncodeObject[], sequence: bigint, memo: string | undefined): bigint {
    const mode = this.gasMode;
    if (mode !== 'simulate') return (mode.base ?? 0n) + mode.perMessage * BigInt(msgs.length);
    const sim = this.chain.m.app.simulate(this.signer.simulationTx(msgs, sequence, memo));
    // A failing simulation still lets the tx go in (and fail) with a generous limit, so the chain reports why.
    return sim.code === 0 ? (sim.gasUsed * GAS_ADJUSTMENT_NUM) / GAS_ADJUSTMENT_DEN + 10_000n : 2_000_000n;
  }

  async searchEvents(type: string, attrs: Record<string, string>, minHeight = 1): Promise<FoundEvent[]> {
    this.hook('searchEvents');
    const store = this.driver().blockStore;
    const out: FoundEvent[] = [];
    const wanted = Object.entries(attrs);
    const latest = this.chain.m.app.lastBlockHeight;
    const scan = (h: number, events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[]): void => {
      for (const e of events) {
        if (e.type !== type) continue;
        if (wanted.every(([k, v]) => e.attributes.some((a) => a.key === k && a.value === v))) {
          out.push({ height: h, event: { type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) } });
        }
      }
    };
    // Loops rather than filter/flatMap/spread: a relayer tx of 100 packets carries about a thousand events.
    for (let h = Math.max(1, minHeight); h <= latest; h++) {
      const res = store.results(h);
      if (res === undefined) continue;
      for (const t of res.txResults) if (t.code === 0) scan(h, t.events);
      scan(h, res.finalizeBlockEvents);
    }
    return out;
  }
}
