/**
 * Builds fully signed Cosmos txs the way CosmJS clients do (SIGN_MODE_DIRECT with
 * `@cosmjs/proto-signing`), so tests and the multi-test harness exercise the real ante path.
 */
import { DirectSecp256k1HdWallet, DirectSecp256k1Wallet, Registry, encodePubkey, makeAuthInfoBytes, makeSignDoc, type EncodeObject, type OfflineDirectSigner } from '@cosmjs/proto-signing';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { sha256 } from '@noble/hashes/sha2.js';

export interface SignOptions {
  msgs: EncodeObject[];
  fee: { amount: { denom: string; amount: string }[]; gas: bigint | number };
  chainId: string;
  accountNumber: bigint | number;
  sequence: bigint | number;
  memo?: string;
  timeoutHeight?: bigint;
}

export class TxSigner {
  private constructor(
    readonly wallet: OfflineDirectSigner,
    readonly address: string,
    readonly pubkey: Uint8Array,
    readonly registry: Registry,
  ) {}

  static async fromWallet(wallet: OfflineDirectSigner, registry = new Registry()): Promise<TxSigner> {
    const [acc] = await wallet.getAccounts();
    if (acc === undefined) throw new Error('wallet has no accounts');
    return new TxSigner(wallet, acc.address, acc.pubkey, registry);
  }
  static async fromMnemonic(mnemonic: string, prefix: string, registry?: Registry): Promise<TxSigner> {
    return TxSigner.fromWallet(await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix }), registry);
  }
  /** Deterministic key from a label (sha256(label) as the private key): fast, for tests and benches. */
  static async fromLabel(label: string, prefix: string, registry?: Registry): Promise<TxSigner> {
    return TxSigner.fromWallet(await DirectSecp256k1Wallet.fromKey(sha256(new TextEncoder().encode(label)), prefix), registry);
  }

  /** The same key, encoding messages with `registry` (e.g. a chain's own message types). */
  withRegistry(registry: Registry): TxSigner {
    return new TxSigner(this.wallet, this.address, this.pubkey, registry);
  }

  /** The tx bytes (`TxRaw`) ready for broadcast. */
  async sign(o: SignOptions): Promise<Uint8Array> {
    const bodyBytes = this.registry.encodeTxBody({ messages: o.msgs, memo: o.memo ?? '', timeoutHeight: o.timeoutHeight });
    const pubkey = encodePubkey(encodeSecp256k1Pubkey(this.pubkey));
    const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: BigInt(o.sequence) }], o.fee.amount, Number(o.fee.gas), undefined, undefined);
    const signDoc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId, Number(o.accountNumber));
    const { signature, signed } = await this.wallet.signDirect(this.address, signDoc);
    return TxRaw.encode({ bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signatures: [Buffer.from(signature.signature, 'base64')] }).finish();
  }

  /** A simulation tx as CosmJS builds it: pubkey and sequence, empty fee, one empty signature. */
  simulationTx(msgs: EncodeObject[], sequence: bigint | number, memo = ''): Uint8Array {
    const bodyBytes = this.registry.encodeTxBody({ messages: msgs, memo });
    const pubkey = encodePubkey(encodeSecp256k1Pubkey(this.pubkey));
    const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: BigInt(sequence) }], [], 0, undefined, undefined, SignMode.SIGN_MODE_UNSPECIFIED);
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array()] }).finish();
  }
}
