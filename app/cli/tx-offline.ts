/**
 * The SDK's offline signing flow: `tx ... --generate-only` prints an unsigned tx as JSON, `tx sign`
 * signs such a file with a keyring key (online: account number, sequence and chain id from the
 * node; `--offline`: from `--account-number`, `--sequence`, `--chain-id`), and `tx broadcast`
 * sends a signed file. The files are the SDK's tx JSON (`{"body", "auth_info", "signatures"}`,
 * messages as `{"@type": ...}`), so they can be read and edited by hand between the steps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeSecp256k1Pubkey, makeSignDoc as makeAminoSignDoc, type StdFee } from '@cosmjs/amino';
import { fromBase64, toBase64 } from '@cosmjs/encoding';
import { encodePubkey, makeSignDoc, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { defaultRegistryTypes } from '@cosmjs/stargate';
import { wasmTypes } from '@cosmjs/cosmwasm-stargate';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { toAminoMsg } from '../../chain/tx/amino.js';
import { UsageError } from './args.js';
import { aminoWallet, addressPrefix, broadcastModeFlag, broadcastTx, CliError, COMMON_VALUED, connect, expectPositional, loadKey, outputFormat, runCommand, signModeFlag, splitArgs, usageFor, type Args, type CliIO } from './client.js';
import { Progress } from './progress.js';
import { anyFromJson, anyJson } from './query.js';
import { printTx } from './tx-output.js';

const REGISTRY = new Registry([...defaultRegistryTypes, ...wasmTypes]);

/** An unsigned tx (no signer infos, no signatures) as the SDK's `--generate-only` prints it. */
export function unsignedTxJson(msgs: readonly EncodeObject[], fee: StdFee, memo: string): string {
  const tx = Tx.fromPartial({
    body: { messages: msgs.map((m) => REGISTRY.encodeAsAny(m)), memo },
    authInfo: { signerInfos: [], fee: { amount: [...fee.amount], gasLimit: BigInt(fee.gas), payer: '', granter: '' } },
    signatures: [],
  });
  return JSON.stringify(txJson(tx));
}

function txJson(tx: Tx): Record<string, unknown> {
  const { '@type': _t, ...rest } = anyJson('/cosmos.tx.v1beta1.Tx', Tx.encode(tx).finish());
  return { body: { messages: [], ...(rest.body as object) }, auth_info: { signer_infos: [], ...(rest.auth_info as object) }, signatures: tx.signatures.map((s) => toBase64(s)) };
}

function readTxFile(path: string): Tx {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CliError(`cannot read the tx file ${path}: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || !('body' in raw)) throw new UsageError(`${path} is not a tx file: expected {"body", "auth_info", "signatures"} as --generate-only writes`);
  const { signatures, ...rest } = raw as { signatures?: unknown };
  const tx = Tx.decode(anyFromJson({ '@type': '/cosmos.tx.v1beta1.Tx', ...rest }).value);
  if (signatures !== undefined && (!Array.isArray(signatures) || signatures.some((x) => typeof x !== 'string'))) throw new UsageError(`${path}: "signatures" must be a list of base64 strings`);
  return { ...tx, signatures: ((signatures ?? []) as string[]).map((x) => fromBase64(x)) };
}

const SIGN_VALUED = [...COMMON_VALUED, 'from', 'chain-id', 'account-number', 'sequence', 'sign-mode', 'output-document', 'prefix'];

function uintFlag(a: Args, name: string): bigint {
  const v = a.flags.get(name);
  if (v === undefined || !/^\d{1,19}$/.test(v)) throw new UsageError(`--offline needs --${name} <N>${v === undefined ? '' : `, got ${JSON.stringify(v)}`}`);
  return BigInt(v);
}

/** `tx sign <file> --from <key>`: adds the key's signer info and signature; prints (or writes) the signed tx. */
export async function runTxSign(argv: string[], io: CliIO, usage: string): Promise<number> {
  return runCommand('tx sign', () => usageFor(usage, ['tx', 'sign']), io, () => false, async () => {
    const a = splitArgs(argv, SIGN_VALUED, ['offline', 'quiet']);
    const [file] = expectPositional(a, ['tx.json']);
    const tx = readTxFile(file!);
    if (tx.signatures.length > 0 || (tx.authInfo?.signerInfos.length ?? 0) > 0) throw new CliError(`${file} is already signed; this CLI signs single-signer txs only (start again from --generate-only)`);
    const key = await loadKey(a, io, a.flags.get('from'));
    const signMode = signModeFlag(a);
    let chainId: string;
    let accountNumber: bigint;
    let sequence: bigint;
    if (a.switches.has('offline')) {
      const c = a.flags.get('chain-id');
      if (c === undefined) throw new UsageError('--offline needs --chain-id <id>');
      chainId = c;
      accountNumber = uintFlag(a, 'account-number');
      sequence = uintFlag(a, 'sequence');
    } else {
      const conn = await connect(a, io);
      try {
        chainId = conn.chainId;
        let acc;
        try {
          acc = QueryAccountResponse.decode(await conn.abci('/cosmos.auth.v1beta1.Query/Account', QueryAccountRequest.encode({ address: key.address }).finish())).account;
        } catch (e) {
          throw new CliError(`account ${key.address} does not exist on ${chainId} (${(e as Error).message}); fund it first, or sign --offline`);
        }
        const base = BaseAccount.decode(acc!.value);
        accountNumber = base.accountNumber;
        sequence = base.sequence;
      } finally {
        conn.close();
      }
    }
    const body = tx.body!;
    const fee = tx.authInfo!.fee!;
    const mode = signMode === 'amino-json' ? SignMode.SIGN_MODE_LEGACY_AMINO_JSON : SignMode.SIGN_MODE_DIRECT;
    const authInfo = AuthInfo.fromPartial({ ...tx.authInfo, signerInfos: [{ publicKey: encodePubkey(encodeSecp256k1Pubkey(key.pubkey)), modeInfo: { single: { mode } }, sequence }] });
    const bodyBytes = TxBody.encode(body).finish();
    const authInfoBytes = AuthInfo.encode(authInfo).finish();
    let signature: Uint8Array;
    if (signMode === 'amino-json') {
      const stdFee: StdFee = { amount: fee.amount.map((c) => ({ denom: c.denom, amount: c.amount })), gas: fee.gasLimit.toString(), ...(fee.payer === '' ? {} : { payer: fee.payer }), ...(fee.granter === '' ? {} : { granter: fee.granter }) };
      const doc = makeAminoSignDoc(body.messages.map((m) => toAminoMsg(m)), stdFee, chainId, body.memo, accountNumber.toString(), sequence.toString(), body.timeoutHeight > 0n ? body.timeoutHeight : undefined);
      const wallet = await aminoWallet(key, addressPrefix(a, io));
      signature = fromBase64((await wallet.signAmino(key.address, doc)).signature.signature);
    } else {
      signature = fromBase64((await key.wallet.signDirect(key.address, makeSignDoc(bodyBytes, authInfoBytes, chainId, accountNumber))).signature.signature);
    }
    const signed = JSON.stringify(txJson({ body, authInfo, signatures: [signature] }));
    const out = a.flags.get('output-document');
    if (out === undefined) io.stdout.write(`${signed}\n`);
    else writeFileSync(out, `${signed}\n`);
    return 0;
  });
}

/** `tx broadcast <file>`: sends a signed tx file, as wasmd's does; `--broadcast-mode` as for any tx. */
export async function runTxBroadcast(argv: string[], io: CliIO, usage: string): Promise<number> {
  let a: Args | undefined;
  return runCommand('tx broadcast', () => usageFor(usage, ['tx', 'broadcast']), io, () => a?.flags.get('output') === 'json', async () => {
    a = splitArgs(argv, [...COMMON_VALUED, 'broadcast-mode', 'chain-id'], ['quiet', 'idempotent']);
    const json = outputFormat(a) === 'json';
    const [file] = expectPositional(a, ['signed.json']);
    const tx = readTxFile(file!);
    if (tx.signatures.length === 0) throw new CliError(`${file} has no signatures; sign it first with \`meshwork tx sign ${file} --from <key>\``);
    const bytes = TxRaw.encode({ bodyBytes: TxBody.encode(tx.body!).finish(), authInfoBytes: AuthInfo.encode(tx.authInfo!).finish(), signatures: tx.signatures }).finish();
    const conn = await connect(a, io);
    try {
      printTx(io, json, await broadcastTx(conn, bytes, new Progress(io.stderr, a.switches.has('quiet')), broadcastModeFlag(a), undefined, a.switches.has('idempotent')));
      return 0;
    } finally {
      conn.close();
    }
  });
}
