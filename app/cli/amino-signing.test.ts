/**
 * SIGN_MODE_LEGACY_AMINO_JSON against a running node, signed by stock CosmJS: `@cosmjs/amino`'s
 * `Secp256k1HdWallet` (an amino-only signer, as a Ledger is) through `SigningStargateClient` and
 * `SigningCosmWasmClient` — bank, staking, distribution, gov v1, every wasm message CosmWasm
 * clients send, ICS-20, a gov proposal carrying x/meshsecurity's messages — and a tx whose body
 * differs from the amino doc it signed is refused.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSignDoc, Secp256k1HdWallet, type StdFee } from '@cosmjs/amino';
import { toBech32, toUtf8 } from '@cosmjs/encoding';
import { sha256 } from '@cosmjs/crypto';
import { encodePubkey, makeAuthInfoBytes } from '@cosmjs/proto-signing';
import { createProtobufRpcClient, GasPrice, QueryClient, setupStakingExtension, SigningStargateClient, type DeliverTxResponse } from '@cosmjs/stargate';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { encodeSecp256k1Pubkey } from '@cosmjs/amino';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { fromBase64 } from '@cosmjs/encoding';
import { SignMode } from 'cosmjs-types/cosmos/tx/signing/v1beta1/signing';
import { TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { VoteOption } from 'cosmjs-types/cosmos/gov/v1/gov';
import { QueryClientImpl as GovQuery } from 'cosmjs-types/cosmos/gov/v1/query';
import { initHome, type InitResult } from '../node/home.js';
import { MeshworkNode } from '../node/node.js';
import { silentLogger } from '../node/log.js';
import { createMeshworkAminoTypes } from '../../chain/tx/amino.js';
import { MsgSetPriceFeedContract, MsgSetVirtualStakingMaxCap } from '../../proto/index.js';

const WASM_DIR = '/work/shared/testdata/cosmwasm';

describe('amino JSON signing (Secp256k1HdWallet) against a running node', () => {
  let dir: string;
  let home: InitResult;
  let node: MeshworkNode;
  let url: string;
  let wallet: Secp256k1HdWallet;
  let sender: string;
  let other: string;
  let stargate: SigningStargateClient;
  let wasm: SigningCosmWasmClient;
  const gasPrice = GasPrice.fromString('0.025stake');

  const ok = (r: DeliverTxResponse) => expect({ code: r.code, log: r.rawLog }).toEqual({ code: 0, log: r.rawLog });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-amino-'));
    home = await initHome({ home: dir, chainId: 'amino-1', accounts: 3, config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 150 } } });
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    url = (await node.start()).url;
    // The funded account1, as an amino-only wallet: every tx below is signed in SIGN_MODE_LEGACY_AMINO_JSON.
    wallet = await Secp256k1HdWallet.fromMnemonic(home.accounts[1]!.mnemonic, { prefix: 'mesh' });
    sender = home.accounts[1]!.address;
    other = home.accounts[2]!.address;
    const aminoTypes = createMeshworkAminoTypes();
    stargate = await SigningStargateClient.connectWithSigner(url, wallet, { gasPrice, aminoTypes, broadcastPollIntervalMs: 100 });
    wasm = await SigningCosmWasmClient.connectWithSigner(url, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
  });

  after(async () => {
    stargate?.disconnect();
    wasm?.disconnect();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('SigningStargateClient: bank send, delegate, withdraw rewards, gov v1 deposit and vote', async () => {
    ok(await stargate.sendTokens(sender, other, [{ denom: 'stake', amount: '777' }], 'auto', 'amino <memo> & more'));
    expect((await stargate.getBalance(other, 'stake')).amount).toBe((1_000_000_000_000n + 777n).toString());
    const comet = await connectComet(url);
    const valoper = (await QueryClient.withExtensions(comet, setupStakingExtension).staking.validators('BOND_STATUS_BONDED')).validators[0]!.operatorAddress;
    comet.disconnect();
    ok(await stargate.delegateTokens(sender, valoper, { denom: 'stake', amount: '1000000' }, 'auto'));
    ok(await stargate.withdrawRewards(sender, valoper, 'auto'));
    // gov v1 (no CosmJS converter: the chain's, given to the client): a text proposal, a deposit and a vote.
    // The proposal's message is an Any inside the amino doc: written in its own amino form.
    const gov = toBech32('mesh', sha256(toUtf8('gov')).slice(0, 20));
    const pay = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: gov, toAddress: other, amount: [{ denom: 'stake', amount: '1' }] }).finish() };
    const submit = await stargate.signAndBroadcast(sender, [{ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: { messages: [pay], initialDeposit: [{ denom: 'stake', amount: '100000' }], proposer: sender, metadata: 'ipfs://x', title: 'amino', summary: 'signed with amino JSON', expedited: false } }], 'auto');
    ok(submit);
    const id = BigInt(submit.events.find((e) => e.type === 'submit_proposal')!.attributes.find((a) => a.key === 'proposal_id')!.value);
    ok(await stargate.signAndBroadcast(sender, [{ typeUrl: '/cosmos.gov.v1.MsgDeposit', value: { proposalId: id, depositor: sender, amount: [{ denom: 'stake', amount: '10000000' }] } }], 'auto'));
    ok(await stargate.signAndBroadcast(sender, [{ typeUrl: '/cosmos.gov.v1.MsgVote', value: { proposalId: id, voter: sender, option: VoteOption.VOTE_OPTION_YES, metadata: 'why not' } }], 'auto'));
  });

  test('gov v1 proposal carrying x/meshsecurity messages: signed in amino JSON, delivered, stored as sent', async () => {
    const gov = toBech32('mesh', sha256(toUtf8('gov')).slice(0, 20));
    const feed = toBech32('mesh', sha256(toUtf8('some price feed')));
    const maxCap = MsgSetVirtualStakingMaxCap.fromPartial({ authority: gov, contract: feed, maxCap: { denom: 'stake', amount: '5000000' } });
    const setFeed = MsgSetPriceFeedContract.fromPartial({ authority: gov, contract: feed });
    const messages = [
      { typeUrl: MsgSetVirtualStakingMaxCap.typeUrl, value: MsgSetVirtualStakingMaxCap.encode(maxCap).finish() },
      { typeUrl: MsgSetPriceFeedContract.typeUrl, value: MsgSetPriceFeedContract.encode(setFeed).finish() },
    ];
    const submitMsg = { typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: { messages, initialDeposit: [{ denom: 'stake', amount: '100000' }], proposer: sender, metadata: '', title: 'mesh', summary: 'x/meshsecurity in amino JSON', expedited: false } };
    // What the amino signer signs: the inner messages under upstream's amino names.
    expect(createMeshworkAminoTypes().toAmino(submitMsg).value.messages).toEqual([
      { type: 'meshsecurity/MsgSetVirtualStakingMaxCap', value: { authority: gov, contract: feed, max_cap: { denom: 'stake', amount: '5000000' } } },
      { type: 'meshsecurity/MsgSetPriceFeedContract', value: { authority: gov, contract: feed } },
    ]);
    const submit = await stargate.signAndBroadcast(sender, [submitMsg], 'auto');
    ok(submit);
    const id = BigInt(submit.events.find((e) => e.type === 'submit_proposal')!.attributes.find((a) => a.key === 'proposal_id')!.value);
    const comet = await connectComet(url);
    try {
      const { proposal } = await new GovQuery(createProtobufRpcClient(new QueryClient(comet))).Proposal({ proposalId: id });
      expect(proposal!.messages.map((a) => a.typeUrl)).toEqual([MsgSetVirtualStakingMaxCap.typeUrl, MsgSetPriceFeedContract.typeUrl]);
      expect(MsgSetVirtualStakingMaxCap.decode(proposal!.messages[0]!.value)).toEqual(maxCap);
      expect(MsgSetPriceFeedContract.decode(proposal!.messages[1]!.value)).toEqual(setFeed);
    } finally {
      comet.disconnect();
    }
  });

  test('SigningCosmWasmClient: store, instantiate, instantiate2, execute, migrate, update and clear admin', async () => {
    const old = await wasm.upload(sender, readFileSync(join(WASM_DIR, 'hackatom_1.0.wasm')), 'auto');
    const up = await wasm.upload(sender, readFileSync(join(WASM_DIR, 'hackatom.wasm')), 'auto');
    const { contractAddress } = await wasm.instantiate(sender, old.codeId, { verifier: sender, beneficiary: other }, 'amino hackatom', 'auto', { admin: sender, funds: [{ denom: 'stake', amount: '100' }] });
    const salt = toUtf8('amino-salt');
    const i2 = await wasm.instantiate2(sender, up.codeId, salt, { verifier: sender, beneficiary: other }, 'amino hackatom 2', 'auto', { admin: sender });
    expect(i2.contractAddress).toMatch(/^mesh1/);
    const ex = await wasm.execute(sender, contractAddress, { release: {} }, 'auto');
    expect(ex.events.some((e) => e.type === 'wasm')).toBe(true);
    await wasm.migrate(sender, contractAddress, up.codeId, { verifier: other }, 'auto');
    expect(await wasm.queryContractSmart(contractAddress, { verifier: {} })).toEqual({ verifier: other });
    expect((await wasm.getContract(contractAddress)).codeId).toBe(up.codeId);
    await wasm.updateAdmin(sender, i2.contractAddress, other, 'auto');
    expect((await wasm.getContract(i2.contractAddress)).admin).toBe(other);
    await wasm.clearAdmin(sender, contractAddress, 'auto');
    expect((await wasm.getContract(contractAddress)).admin).toBeUndefined();
  });

  test('ICS-20 transfer: the amino signature verifies (the tx then fails for want of a channel, not of a signature)', async () => {
    const r = await stargate.sendIbcTokens(sender, other, { denom: 'stake', amount: '5' }, 'transfer', 'channel-9', undefined, Number(BigInt(Date.now()) / 1000n) + 600, { amount: [{ denom: 'stake', amount: '10000' }], gas: '400000' }, 'ibc');
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(4);
    expect(r.rawLog).toMatch(/channel/);
  });

  test('a tx whose body differs from the amino doc that was signed is refused (code 4), and changes nothing', async () => {
    const comet = await connectComet(url);
    try {
      const acc = (await stargate.getAccount(sender))!;
      const fee: StdFee = { amount: [{ denom: 'stake', amount: '5000' }], gas: '200000' };
      const signed = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: sender, toAddress: other, amount: [{ denom: 'stake', amount: '1' }] }) };
      const doc = makeSignDoc([createMeshworkAminoTypes().toAmino(signed)], fee, 'amino-1', '', acc.accountNumber, acc.sequence);
      const { signature } = await wallet.signAmino(sender, doc);
      const { pubkey } = (await wallet.getAccounts())[0]!;
      const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(pubkey)), sequence: acc.sequence }], fee.amount, Number(fee.gas), undefined, undefined, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
      const txOf = (amount: string) => TxRaw.encode({ bodyBytes: TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: signed.typeUrl, value: MsgSend.encode({ ...signed.value, amount: [{ denom: 'stake', amount }] }).finish() }] })).finish(), authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
      const before = (await stargate.getBalance(other, 'stake')).amount;
      const tampered = await comet.broadcastTxSync({ tx: txOf('1000000') });
      expect(tampered.code).toBe(4);
      expect(tampered.log).toMatch(/signature verification failed/);
      // The same signature over the body it was made for is accepted.
      const honest = await comet.broadcastTxSync({ tx: txOf('1') });
      expect({ code: honest.code, log: honest.log }).toEqual({ code: 0, log: honest.log });
      for (let i = 0; i < 50 && (await stargate.getBalance(other, 'stake')).amount === before; i++) await new Promise((r) => setTimeout(r, 100));
      expect(BigInt((await stargate.getBalance(other, 'stake')).amount) - BigInt(before)).toBe(1n);
    } finally {
      comet.disconnect();
    }
  });
});
