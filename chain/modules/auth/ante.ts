/**
 * The ante handler: what the Cosmos SDK's default decorator chain checks before any message runs —
 * signature count, timeout height, memo, tx-size gas, fee deduction, public keys, signature gas,
 * SIGN_MODE_DIRECT verification, account sequences. Its state changes (fee, sequence, pubkey) are
 * kept even when a message later fails.
 */
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { PubKey } from 'cosmjs-types/cosmos/crypto/secp256k1/keys';
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';
import { event } from '../../kernel/events.js';
import { bytesEqual } from '../../kernel/keys.js';
import { coinsFromProto, formatCoins, type Coin } from '../../types/coins.js';
import { secp256k1Address } from '../../types/address.js';
import type { AuthKeeper } from './keeper.js';
import type { DecodedTx } from '../../tx/decode.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { legacyAminoSignBytes } from '../../tx/amino.js';
import { directSignDigest, SignatureVerdicts, type SignatureCheck } from '../../tx/signature-cache.js';
import type { AnteHandler as KernelAnteHandler } from '../../kernel/ante.js';

export const SECP256K1_PUBKEY_TYPE = '/cosmos.crypto.secp256k1.PubKey';
export const FEE_COLLECTOR = 'fee_collector';

export interface AnteConfig {
  /** The only denom fees may be paid in (the staking denom). */
  feeDenom: string;
  /**
   * Node-local minimum gas price in `feeDenom` as a rational (numerator/denominator), checked in
   * CheckTx only, as `min-gas-prices` is in the SDK: it is mempool policy, not consensus.
   */
  minGasPrice?: { num: bigint; den: bigint };
}

/** How many (signer, key) pairs `keyOwners` remembers. */
const KEY_OWNER_CACHE_SIZE = 4096;

/** A 64-byte signature and a 33-byte key in their amino `StdSignature` envelope, plus 6 (SDK `simSecp256k1Sig`). */
const SIMULATED_SIGNATURE_BYTES = 113;

/** Signatures remembered as valid: a block's worth and a full mempool's. */
const VERIFIED_SIGNATURES = 16_384;

/**
 * What the ante handler needs of the bank (the SDK's `ante.BankKeeper` expected keeper): moving the
 * fee to the fee collector, reading the payer's balance. The auth module does not import bank.
 */
export interface AnteBankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: Coin[]): void;
  getBalance(ctx: Context, addr: string, denom: string): Coin;
}

export class AnteHandler implements KernelAnteHandler {
  /** `signer\0key` pairs known to match (hashing the key and decoding the address cost µs per tx). */
  private readonly keyOwners = new Set<string>();
  /**
   * Verdicts of (signature, sign-doc digest, key) triples. Verification is a pure function of the
   * three, so a tx that passed CheckTx is not verified again when its block runs, and verdicts the
   * worker pool computed ahead (`preverify.ts`) are used as they are. Oldest first; bounded.
   */
  readonly signatures = new SignatureVerdicts(VERIFIED_SIGNATURES);

  constructor(
    readonly auth: AuthKeeper,
    readonly bank: AnteBankKeeper,
    readonly config: AnteConfig,
  ) {}

  /** The SIGN_MODE_DIRECT checks `run` would make for `tx` (verified ahead on a node's worker pool). */
  signatureChecks(ctx: Context, tx: DecodedTx): SignatureCheck[] {
    return directSignatureChecks(this.auth, ctx, tx);
  }

  /**
   * `recheck`: the mempool re-checking a tx it admitted before, against the state after a block.
   * As the SDK's SigVerificationDecorator on ReCheckTx, the signature is not verified again (these
   * bytes passed once, and the sign doc's account number and chain id cannot change); the sequence,
   * fee and balance checks run as always.
   */
  run(ctx: Context, tx: DecodedTx, opts: { recheck?: boolean } = {}): void {
    const simulate = ctx.isSimulate;
    const { authInfo, raw, body } = tx;
    const params = this.auth.getParams(ctx);
    const sigs = raw.signatures;
    // ValidateBasicDecorator
    if (!simulate && sigs.length === 0) throw new ChainError(Codes.NoSignatures);
    if (sigs.length !== tx.signers.length) throw new ChainError(Codes.Unauthorized, `wrong number of signers; expected ${tx.signers.length}, got ${sigs.length}`);
    if (authInfo.signerInfos.length !== tx.signers.length) throw new ChainError(Codes.Unauthorized, `wrong number of signer infos; expected ${tx.signers.length}, got ${authInfo.signerInfos.length}`);
    const fee = authInfo.fee;
    if (fee === undefined) throw new ChainError(Codes.InsufficientFee, 'tx has no fee');
    // TxTimeoutHeightDecorator
    if (body.timeoutHeight > 0n && BigInt(ctx.height) > body.timeoutHeight) {
      throw new ChainError(Codes.TxTimeoutHeight, `block height: ${ctx.height}, timeout height: ${body.timeoutHeight}`);
    }
    // ValidateMemoDecorator
    if (BigInt(body.memo.length) > params.maxMemoCharacters) {
      throw new ChainError(Codes.MemoTooLarge, `maximum number of characters is ${params.maxMemoCharacters} but received ${body.memo.length} characters`);
    }
    // ConsumeGasForTxSizeDecorator; a simulation's empty signatures are charged as full ones, as the SDK does.
    ctx.gasMeter.consume(Number(params.txSizeCostPerByte) * tx.bytes.length, 'txSize');
    if (simulate) {
      for (let i = 0; i < sigs.length; i++) {
        if (sigs[i]!.length === 0) ctx.gasMeter.consume(Number(params.txSizeCostPerByte) * SIMULATED_SIGNATURE_BYTES, 'txSize');
      }
    }
    // DeductFeeDecorator
    const feeCoins = coinsFromProto(fee.amount, { allowZero: false });
    this.checkFee(ctx, feeCoins, fee.gasLimit);
    const payer = fee.payer !== '' ? fee.payer : tx.signers[0]!;
    if (fee.payer !== '' && !tx.signers.includes(fee.payer)) throw new ChainError(Codes.Unauthorized, `fee payer ${fee.payer} is not a signer of the tx`);
    if (fee.granter !== '') throw new ChainError(Codes.NotSupported, 'fee grants are not supported on this chain');
    if (!this.auth.hasAccount(ctx, payer)) throw new ChainError(Codes.UnknownAddress, `fee payer address: ${payer} does not exist`);
    if (feeCoins.length === 0 && simulate) this.simulateFeeDeduction(ctx, payer);
    if (feeCoins.length > 0) {
      try {
        this.bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, feeCoins);
      } catch (e) {
        if (e instanceof ChainError && e.is(Codes.InsufficientFunds)) throw new ChainError(Codes.InsufficientFunds, `${e.message.replace(/: insufficient funds$/, '')}; insufficient funds to pay fees`);
        throw e;
      }
    }
    ctx.emit(event('tx', { fee: formatCoins(feeCoins), fee_payer: payer }));
    // SetPubKeyDecorator, ValidateSigCountDecorator, SigGasConsumeDecorator, SigVerificationDecorator
    if (BigInt(sigs.length) > params.txSigLimit) throw new ChainError(Codes.TooManySignatures, `signatures: ${sigs.length}, limit: ${params.txSigLimit}`);
    // The key each account verifies with, when it is the signer info's just decoded.
    const decodedKeys: Array<Uint8Array | undefined> = [];
    const accounts = tx.signers.map((signer, i) => {
      const acc = this.auth.getAccount(ctx, signer);
      if (acc === undefined) throw new ChainError(Codes.UnknownAddress, `account ${signer} does not exist`);
      const info = authInfo.signerInfos[i]!;
      if (info.publicKey !== undefined) {
        if (info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE) throw new ChainError(Codes.InvalidPubKey, `unsupported public key type ${info.publicKey.typeUrl}; only secp256k1 keys can sign`);
        const key = decodePubKey(info.publicKey.value);
        if (key.length !== 33) throw new ChainError(Codes.InvalidPubKey, `secp256k1 public key must be 33 bytes (compressed), got ${key.length}`);
        if (!this.keyBelongsTo(key, signer)) throw new ChainError(Codes.InvalidPubKey, `pubKey does not match signer address ${signer} with signer index: ${i}`);
        if (acc.pubKey === undefined) acc.pubKey = info.publicKey;
        if (acc.pubKey === info.publicKey) decodedKeys[i] = key;
      }
      if (acc.pubKey === undefined && !simulate) throw new ChainError(Codes.InvalidPubKey, `pubkey on account ${signer} is not set; include it in the signer info`);
      return acc;
    });
    for (let i = 0; i < accounts.length; i++) {
      const acc = accounts[i]!;
      const info = authInfo.signerInfos[i]!;
      ctx.gasMeter.consume(Number(params.sigVerifyCostSecp256k1), 'ante verify: secp256k1');
      if (info.sequence !== acc.sequence) {
        throw new ChainError(Codes.WrongSequence, `account sequence mismatch, expected ${acc.sequence}, got ${info.sequence}`);
      }
      if (!simulate && opts.recheck !== true) {
        const mode = info.modeInfo?.single?.mode;
        const accountNumber = ctx.height === 0 ? 0n : acc.accountNumber;
        let digest: Uint8Array;
        if (mode === SignMode.SIGN_MODE_DIRECT) digest = directSignDigest(raw, ctx.chainId, accountNumber);
        else if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) digest = sha256(legacyAminoSignBytes(tx, ctx.chainId, accountNumber, info.sequence));
        else throw new ChainError(Codes.NotSupported, `signature mode ${mode ?? 'multi'} is not supported; sign with SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
        const key = decodedKeys[i] ?? PubKey.decode(acc.pubKey!.value).key;
        if (!this.signatures.verify({ sig: sigs[i]!, digest, pubKey: key })) {
          throw new ChainError(Codes.Unauthorized, `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${ctx.chainId})`);
        }
      }
      ctx.emit(event('tx', { acc_seq: `${acc.address}/${acc.sequence}` }));
      if (sigs[i]!.length > 0) ctx.emit(event('tx', { signature: Buffer.from(sigs[i]!).toString('base64') }));
      acc.sequence += 1n;
      this.auth.setAccount(ctx, acc);
    }
  }

  /**
   * Simulations come with an empty fee, so the SDK skips the deduction and under-estimates every
   * tx by its cost. Here the transfer a real fee would make runs in a discarded branch on the same
   * gas meter: the estimate includes its reads and writes and no state changes.
   */
  private simulateFeeDeduction(ctx: Context, payer: string): void {
    const b = ctx.branch();
    try {
      if (this.bank.getBalance(b.ctx, payer, this.config.feeDenom).amount > 0n) {
        this.bank.sendCoinsFromAccountToModule(b.ctx, payer, FEE_COLLECTOR, [{ denom: this.config.feeDenom, amount: 1n }]);
      }
    } finally {
      b.discard();
    }
  }

  private keyBelongsTo(key: Uint8Array, signer: string): boolean {
    const id = `${signer}\0${Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('latin1')}`;
    if (this.keyOwners.has(id)) return true;
    if (!bytesEqual(secp256k1Address(key), this.auth.codec.decode(signer))) return false;
    if (this.keyOwners.size >= KEY_OWNER_CACHE_SIZE) this.keyOwners.delete(this.keyOwners.values().next().value!);
    this.keyOwners.add(id);
    return true;
  }

  private checkFee(ctx: Context, fee: Coin[], gasLimit: bigint): void {
    for (const c of fee) if (c.denom !== this.config.feeDenom) throw new ChainError(Codes.InsufficientFee, `fee must be paid in ${this.config.feeDenom}, got ${formatCoins(fee)}`);
    if (!ctx.isCheck || this.config.minGasPrice === undefined) return;
    const { num, den } = this.config.minGasPrice;
    const required = (num * gasLimit + den - 1n) / den;
    const paid = fee.find((c) => c.denom === this.config.feeDenom)?.amount ?? 0n;
    if (paid < required) {
      throw new ChainError(Codes.InsufficientFee, `insufficient fees; got: ${paid}${this.config.feeDenom} required: ${required}${this.config.feeDenom}`);
    }
  }
}

/** A signer info's secp256k1 key; bytes that do not decode are the signer's error (invalid pubkey). */
function decodePubKey(value: Uint8Array): Uint8Array {
  try {
    return PubKey.decode(value).key;
  } catch (e) {
    throw new ChainError(Codes.InvalidPubKey, `secp256k1 public key does not decode: ${(e as Error).message}`);
  }
}

/**
 * The SIGN_MODE_DIRECT checks the ante handler will make for `tx` on `ctx`'s state: the account's
 * key (or the signer info's when the account has none yet), over the sign doc with the account's
 * number. Signers it cannot work out yet (no account, another key type, another sign mode) give none.
 */
export function directSignatureChecks(auth: AuthKeeper, ctx: Context, tx: DecodedTx): SignatureCheck[] {
  const out: SignatureCheck[] = [];
  const sigs = tx.raw.signatures;
  const infos = tx.authInfo.signerInfos;
  for (let i = 0; i < tx.signers.length && i < sigs.length && i < infos.length; i++) {
    const info = infos[i]!;
    if (info.modeInfo?.single?.mode !== SignMode.SIGN_MODE_DIRECT) continue;
    const acc = auth.getAccount(ctx, tx.signers[i]!);
    if (acc === undefined) continue;
    const any = acc.pubKey ?? info.publicKey;
    if (any === undefined || any.typeUrl !== SECP256K1_PUBKEY_TYPE) continue;
    let key: Uint8Array;
    try {
      key = PubKey.decode(any.value).key;
    } catch {
      continue;
    }
    out.push({ sig: sigs[i]!, digest: directSignDigest(tx.raw, ctx.chainId, ctx.height === 0 ? 0n : acc.accountNumber), pubKey: key });
  }
  return out;
}
