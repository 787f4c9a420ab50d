/**
 * Test support for the light client (tests only): a host with just an `ibc` store whose block time
 * the test sets, and a forger that re-signs an altered header with the validators' own keys
 * (equivocation: what misbehaviour evidence looks like). The counterparty chain whose validators
 * sign real blocks is a whole Meshwork app, so it lives above IBC: `multitest/light-client.ts`.
 */
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import type { Commit, CommitSig, Header as CometHeader } from 'cosmjs-types/tendermint/types/types';
import { absentSig } from '../../../chain/consensus/commit.js';
import { blockIdOf, precommitSignBytes } from '../../../chain/consensus/encoding.js';
import type { ValidatorSigner } from '../../../chain/consensus/keys.js';
import type { ValidatorSet } from '../../../chain/consensus/validator_set.js';
import { Context, NS_PER_SECOND, type TimeNs } from '../../../chain/kernel/context.js';
import { toHex } from '../../../chain/kernel/keys.js';
import { isChainError, type ErrorSpec } from '../../../chain/kernel/errors.js';
import { InfiniteGasMeter } from '../../../chain/store/gaskv.js';
import { MultiStore, type CacheMultiStore } from '../../../chain/store/multistore.js';
import { IBC_STORE } from '../host.js';
import { ClientKeeper } from './keeper.js';

export const POWER = 1_000_000n;
export const UNBONDING: TimeNs = 21n * 24n * 3600n * NS_PER_SECOND;
/** A funded account whose address bytes are printable, so its balance key is a valid UTF-8 path. */
export const PRINTABLE_ADDR_BYTES = new Uint8Array(20).fill(0x41);

/** A host chain reduced to its `ibc` store; each `ctx()` sees the state earlier contexts wrote. */
export class Host {
  readonly ms = new MultiStore([IBC_STORE]);
  readonly cms: CacheMultiStore = this.ms.branch();
  readonly keeper = new ClientKeeper();
  constructor(
    public time: TimeNs,
    public height = 100,
    readonly chainId = 'meshwork-a',
  ) {}
  ctx(mode: 'deliver' | 'check' = 'deliver'): Context {
    return new Context(this.cms, { chainId: this.chainId, height: this.height, time: this.time, proposer: new Uint8Array(20) }, new InfiniteGasMeter(), mode);
  }
  /** Next host block, `seconds` later. */
  advance(seconds: bigint | number, blocks = 1): void {
    this.time += BigInt(seconds) * NS_PER_SECOND;
    this.height += blocks;
  }
}

/**
 * The block `header` altered by `change`, with a commit re-signed by every member of `vals` whose
 * key is in `signers` (absent otherwise): the signatures are genuine, so it verifies.
 */
export function forge(header: CometHeader, vals: ValidatorSet, signers: readonly ValidatorSigner[], change: Partial<CometHeader>): { header: CometHeader; commit: Commit } {
  const h: CometHeader = { ...header, ...change };
  const blockId = blockIdOf(h);
  const timestamp = h.time;
  const bytes = precommitSignBytes({ chainId: h.chainId, height: h.height, round: 0, blockId, timestamp });
  const byAddr = new Map(signers.map((s) => [toHex(s.address), s]));
  const signatures: CommitSig[] = vals.validators.map((v) => {
    const s = byAddr.get(toHex(v.address));
    return s === undefined ? absentSig() : { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: v.address, timestamp, signature: s.sign(bytes) };
  });
  return { header: h, commit: { height: h.height, round: 0, blockId, signatures } };
}

/** Runs `fn` and checks it throws a ChainError of `spec` whose message matches `text`. */
export function expectError(fn: () => unknown, spec: ErrorSpec, text?: RegExp): void {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (err === undefined) throw new Error(`expected ${spec.codespace}/${spec.code} (${spec.desc}), but it succeeded`);
  if (!isChainError(err, spec)) throw new Error(`expected ${spec.codespace}/${spec.code} (${spec.desc}), got: ${String(err)}`);
  if (text !== undefined && !text.test((err as Error).message)) throw new Error(`expected a message matching ${text}, got: ${(err as Error).message}`);
}
