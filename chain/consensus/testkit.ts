/**
 * Test support for the block driver (tests, the crash-test child process, devnet scripts): a BaseApp
 * with the real auth and bank modules plus `ValidatorUpdatesModule`, a trivial module that hands out
 * the genesis validator set, returns the validator updates a test queues, and records what
 * BeginBlock received; and `TestWallet`, which signs bank sends in SIGN_MODE_DIRECT.
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, SignDoc, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { BaseApp } from '../kernel/baseapp.js';
import type { Context } from '../kernel/context.js';
import { fromHex, toHex, u64BE, utf8 } from '../kernel/keys.js';
import type { BlockInfo, Module, ValidatorUpdate } from '../kernel/module.js';
import type { MultiStore } from '../store/multistore.js';
import { AuthKeeper, AUTH_STORE } from '../modules/auth/keeper.js';
import { AuthModule } from '../modules/auth/module.js';
import { BankKeeper, BANK_STORE } from '../modules/bank/keeper.js';
import { BankModule } from '../modules/bank/module.js';
import { AnteHandler, FEE_COLLECTOR, SECP256K1_PUBKEY_TYPE } from '../modules/auth/ante.js';
import { AddressCodec, moduleAddress, prefixesFor, secp256k1Address } from '../types/address.js';

export const VALTEST_STORE = 'valtest';
export const TEST_STORES = [AUTH_STORE, BANK_STORE, VALTEST_STORE];
export const TEST_DENOM = 'stake';

export interface ValTestGenesis {
  validators: { pub_key: string; power: string }[];
}

/** Genesis validators → updates; EndBlock returns what was queued (or what `schedule` says). */
export class ValidatorUpdatesModule implements Module {
  readonly name = 'valtest';
  readonly storeKeys = [VALTEST_STORE];
  /** (height, BlockInfo) for every BeginBlock this process ran. */
  readonly seen: { height: number; info: BlockInfo }[] = [];
  private queued: ValidatorUpdate[] = [];

  /** `schedule`: deterministic updates by height (for runs that must replay identically). */
  constructor(private readonly schedule?: (height: number) => ValidatorUpdate[]) {}

  /** Returned by the next EndBlock. */
  queueUpdates(updates: ValidatorUpdate[]): void {
    this.queued.push(...updates);
  }

  initGenesis(_ctx: Context, state: unknown): ValidatorUpdate[] {
    const g = (state ?? { validators: [] }) as ValTestGenesis;
    return g.validators.map((v) => ({ pubKey: fromHex(v.pub_key), power: BigInt(v.power) }));
  }

  beginBlock(ctx: Context, info: BlockInfo): void {
    this.seen.push({ height: ctx.height, info });
    // Record the commit in state so the app hash depends on what consensus reported.
    const signed = info.lastCommit.votes.filter((v) => v.flag === 'commit').map((v) => toHex(v.address)).join(',');
    ctx.store(VALTEST_STORE).set(u64BE(ctx.height), utf8(`${signed};${info.misbehavior.length}`));
  }

  endBlock(ctx: Context): ValidatorUpdate[] {
    const out = [...this.queued, ...(this.schedule?.(ctx.height) ?? [])];
    this.queued = [];
    return out;
  }
}

export interface TestApp {
  app: BaseApp;
  auth: AuthKeeper;
  bank: BankKeeper;
  valtest: ValidatorUpdatesModule;
  codec: AddressCodec;
}

export function buildTestApp(opts: { chainId: string; store: MultiStore; schedule?: (height: number) => ValidatorUpdate[] }): TestApp {
  const codec = new AddressCodec(prefixesFor('mesh'));
  const auth = new AuthKeeper(codec);
  auth.declareModuleAccount(FEE_COLLECTOR);
  const bank = new BankKeeper(auth);
  const authority = codec.encode(moduleAddress('gov'));
  const valtest = new ValidatorUpdatesModule(opts.schedule);
  const app = new BaseApp({
    chainId: opts.chainId,
    store: opts.store,
    modules: [new AuthModule(auth, authority), new BankModule(bank, authority), valtest],
    ante: new AnteHandler(auth, bank, { feeDenom: TEST_DENOM }),
  });
  return { app, auth, bank, valtest, codec };
}

/** A secp256k1 account that signs MsgSend txs (test/devnet only: the key comes from a seed). */
export class TestWallet {
  readonly pubKey: Uint8Array;
  readonly address: string;
  sequence = 0n;
  private readonly privKey: Uint8Array;

  constructor(seed: string, codec: AddressCodec) {
    this.privKey = sha256(utf8(`meshwork/test-wallet/${seed}`));
    this.pubKey = secp256k1.getPublicKey(this.privKey, true);
    this.address = codec.encode(secp256k1Address(this.pubKey));
  }

  /** A signed tx sending `amount` of the test denom; increments the local sequence. */
  send(chainId: string, accountNumber: bigint, to: string, amount: bigint, memo = ''): Uint8Array {
    const msg = MsgSend.fromPartial({ fromAddress: this.address, toAddress: to, amount: [{ denom: TEST_DENOM, amount: amount.toString() }] });
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode(msg).finish() }], memo })).finish();
    const authInfoBytes = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [
          {
            publicKey: { typeUrl: SECP256K1_PUBKEY_TYPE, value: PubKey.encode({ key: this.pubKey }).finish() },
            modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
            sequence: this.sequence,
          },
        ],
        fee: { amount: [], gasLimit: 200_000n },
      }),
    ).finish();
    const signDoc = SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
    const signature = secp256k1.sign(sha256(signDoc), this.privKey, { prehash: false, lowS: true });
    this.sequence += 1n;
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
  }
}
