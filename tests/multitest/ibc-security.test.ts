/**
 * A misbehaving relayer is refused and changes nothing (ibc-spec §3.3, §3.7, §4.1). Messages are
 * built by hand from the relayer's own pieces (`Link.proveOn`, `Link.updateMsgs`, `Endpoint.prove`)
 * and submitted as the relayer's signed txs: altered packet data, a replayed packet, forged and
 * misplaced proofs, an ordered packet out of turn, and client headers signed by less than 2/3.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import type { EncodeObject } from '@cosmjs/proto-signing';
import { sha256 } from '@noble/hashes/sha2.js';
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { MsgRecvPacket, MsgRecvPacketResponse, ResponseResultType } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { MsgUpdateClient } from 'cosmjs-types/ibc/core/client/v1/tx';
import { MerkleProof } from 'cosmjs-types/ibc/core/commitment/v1/commitment';
import { TxMsgData } from 'cosmjs-types/cosmos/base/abci/v1beta1/abci';
import type { Packet } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { Interchain, Order, type OpenChannel } from '../../multitest/interchain.js';
import type { TestChain } from '../../multitest/chain.js';
import type { GenesisValidator } from '../../multitest/genesis.js';
import type { Event } from '../../chain/kernel/events.js';
import { absentSig } from '../../chain/consensus/commit.js';
import { ChainClientError, type TxOutcome } from '../../ibc/relayer/chain-client.js';
import { packetFromEvent, type Link } from '../../ibc/relayer/link.js';
import { packetCommitmentPath } from '../../ibc/core/host.js';
import { formatHeight, type Height } from '../../ibc/core/height.js';
import { buildHeader } from '../../ibc/core/client/validators.js';
import { packHeader } from '../../ibc/core/client/tendermint.js';
import { forge } from '../../ibc/core/client/testkit.js';
import { ChannelErrors, ClientErrors } from '../../ibc/core/errors.js';
import { decodePacketData, encodePacketData } from '../../ibc/transfer/packet.js';
import { ibcDenom, parseDenomTrace } from '../../ibc/transfer/denom.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';

const A = 'meshwork-a';
const B = 'meshwork-b';
/** The bond of the validator Interchain gives every chain; B's extra validators match it, so each holds 1/4. */
const BOND = 10_000_000_000n;
const NO_TIMEOUT = 10_000_000_000_000_000_000n;

interface Rejection {
  code: number;
  codespace: string;
  log: string;
}

function sentPacket(events: Event[]): Packet {
  const e = events.find((x) => x.type === 'send_packet');
  if (e === undefined) throw new Error('no send_packet event');
  return packetFromEvent(Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}

function recvMsg(packet: Packet, proof: Uint8Array, proofHeight: Height, signer: string): EncodeObject {
  return { typeUrl: MsgRecvPacket.typeUrl, value: MsgRecvPacket.fromPartial({ packet, proofCommitment: proof, proofHeight, signer }) };
}

/** The MsgRecvPacket result of the last tx of the chain's last block. */
function lastRecvResult(chain: TestChain): ResponseResultType {
  const txs = chain.lastBlock!.txResults;
  const data = TxMsgData.decode(txs[txs.length - 1]!.data);
  return MsgRecvPacketResponse.decode(data.msgResponses[0]!.value).result;
}

/** A copy of MerkleProof bytes with one byte of the first inner node's sibling hash flipped. */
function flipProofByte(bytes: Uint8Array): Uint8Array {
  const mp = MerkleProof.decode(bytes);
  const step = mp.proofs[0]!.exist!.path[0]!;
  const target = step.suffix.length >= 32 ? step.suffix : step.prefix;
  target[target.length - 1]! ^= 0x01;
  return MerkleProof.encode(mp).finish();
}

describe('IBC refuses a misbehaving relayer and keeps its state', () => {
  let ic: Interchain;
  let a: TestChain;
  let b: TestChain;
  let link: Link;
  let transfer: OpenChannel;
  let alice: string;
  let bob: string;
  let voucher: string;
  const bVals: GenesisValidator[] = [];

  const channels = (chain: TestChain) => chain.m.keepers.ibc.core.channels;
  const receiptOnB = (p: Packet): boolean => b.withContext((ctx) => channels(b).hasReceipt(ctx, p.destinationPort, p.destinationChannel, p.sequence));

  /** Submits as the relayer on `chainId`; a CheckTx rejection counts as a rejection too. */
  async function submit(chainId: string, msgs: EncodeObject[]): Promise<TxOutcome | Rejection> {
    try {
      return await ic.client(chainId).submit(msgs);
    } catch (e) {
      if (e instanceof ChainClientError) return { code: e.code, codespace: e.codespace, log: e.message };
      throw e;
    }
  }
  async function mustSucceed(chainId: string, msgs: EncodeObject[]): Promise<void> {
    if (msgs.length === 0) return;
    const r = await submit(chainId, msgs);
    if (r.code !== 0) throw new Error(`expected the tx on ${chainId} to succeed, got code ${r.code} (${r.codespace}): ${r.log}`);
  }

  /** alice → bob over the transfer channel; returns the packet and the height of the block it is in. */
  function sendTransfer(amount: bigint): { packet: Packet; height: number } {
    const height = a.height;
    const r = a.executeAs(alice, [
      {
        typeUrl: MsgTransfer.typeUrl,
        value: MsgTransfer.fromPartial({
          sourcePort: 'transfer',
          sourceChannel: transfer.A.channelId,
          token: { denom: 'stake', amount: amount.toString() },
          sender: alice,
          receiver: bob,
          timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
          timeoutTimestamp: NO_TIMEOUT,
        }),
      },
    ]);
    return { packet: sentPacket(r.events), height };
  }

  /** The real proof of `packet`'s commitment on A, with B's client of A updated to its height (in its own tx). */
  async function proveCommitments(packets: Packet[], height: number): Promise<{ proofs: Uint8Array[]; proofHeight: Height }> {
    const p = await link.proveOn('A', packets.map((x) => packetCommitmentPath(x.sourcePort, x.sourceChannel, x.sequence)), height);
    await mustSucceed(B, p.update);
    return { proofs: p.proofs, proofHeight: p.proofHeight };
  }

  before(async () => {
    ic = await Interchain.create([
      { chainId: A, genesis: (g) => g.fund(g.addr('alice'), 1_000_000n) },
      {
        chainId: B,
        genesis: (g) => {
          for (const label of ['b-v1', 'b-v2', 'b-v3']) bVals.push(g.validator(label, BOND));
        },
      },
    ]);
    a = ic.chain(A);
    b = ic.chain(B);
    alice = a.addr('alice');
    bob = b.addr('bob');
    transfer = await ic.createChannel(A, B, { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
    link = transfer.link;
    voucher = ibcDenom(parseDenomTrace(`transfer/${transfer.B.channelId}/stake`));
  });

  test('B runs four validators of equal power: the harness\'s own and three more', () => {
    const set = b.driver!.validatorSet(b.height)!;
    expect(set.validators).toHaveLength(4);
    expect(new Set(set.validators.map((v) => v.power)).size).toBe(1);
  });

  let honest: { packet: Packet; msg: EncodeObject };

  test('(a) altered packet data with the proof of the real commitment is rejected; B is unchanged', async () => {
    const { packet, height } = sendTransfer(100n);
    const { proofs, proofHeight } = await proveCommitments([packet], height);
    const data = decodePacketData(packet.data);
    if (!data.ok) throw new Error(data.reason);
    const forged: Packet = { ...packet, data: encodePacketData({ ...data.data, amount: '1000000' }) };
    const r = await submit(B, [recvMsg(forged, proofs[0]!, proofHeight, ic.client(B).signerAddress)]);
    expect(r.codespace).toBe(ClientErrors.FailedMembershipVerification.codespace);
    expect(r.code).toBe(ClientErrors.FailedMembershipVerification.code);
    expect(r.log).toMatch(/does not prove key "commitments\/ports\/transfer\/channels\/channel-\d+\/sequences\/1" with the expected value/);
    expect(receiptOnB(packet)).toBe(false);
    expect(b.balance(bob, voucher)).toBe(0n);
    honest = { packet, msg: recvMsg(packet, proofs[0]!, proofHeight, ic.client(B).signerAddress) };
  });

  test('(b) a replayed MsgRecvPacket is a NOOP: the tx succeeds, nothing is minted twice', async () => {
    const first = await submit(B, [honest.msg]);
    expect(first.code).toBe(0);
    expect(lastRecvResult(b)).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_SUCCESS);
    expect(b.balance(bob, voucher)).toBe(100n);
    expect(receiptOnB(honest.packet)).toBe(true);

    const replay = await submit(B, [honest.msg]);
    expect(replay.code).toBe(0);
    expect(lastRecvResult(b)).toBe(ResponseResultType.RESPONSE_RESULT_TYPE_NOOP);
    expect(b.balance(bob, voucher)).toBe(100n);
    expect(b.m.keepers.bank.getSupply(b.queryContext(), voucher).amount).toBe(100n);

    // The ack is relayed normally and the relayer finds nothing else to do.
    const s = await ic.relayAll();
    expect(s).toMatchObject({ received: 0, acknowledged: 1, errors: [] });
  });

  test('(c) a forged proof, or a real proof of another height, is rejected; B is unchanged', async () => {
    const { packet, height } = sendTransfer(50n);
    const { proofs, proofHeight } = await proveCommitments([packet], height);
    const relayer = ic.client(B).signerAddress;

    const flipped = await submit(B, [recvMsg(packet, flipProofByte(proofs[0]!), proofHeight, relayer)]);
    expect(flipped.codespace).toBe('client');
    expect(flipped.code).toBe(ClientErrors.FailedMembershipVerification.code);
    expect(flipped.log).toMatch(/does not prove store "ibc" in the app hash/);

    // The same commitment proven in a later state (A changed since): it does not match the root at proofHeight.
    a.send(alice, a.addr('carol'), 1n);
    const later = Number(proofHeight.revisionHeight) + 1;
    await ic.client(A).waitForHeight(later);
    const moved = await link.A.endpoint.prove(packetCommitmentPath(packet.sourcePort, packet.sourceChannel, packet.sequence), later);
    expect(moved.value).toEqual(a.withContext((ctx) => channels(a).packetCommitment(ctx, packet.sourcePort, packet.sourceChannel, packet.sequence)));
    const misplaced = await submit(B, [recvMsg(packet, moved.proof, proofHeight, relayer)]);
    expect(misplaced.codespace).toBe('client');
    expect(misplaced.code).toBe(ClientErrors.FailedMembershipVerification.code);
    expect(misplaced.log).toMatch(/did not commit to expected root/);

    // A proof from before the packet existed (a non-membership proof) does not prove it either.
    const early = await link.A.endpoint.prove(packetCommitmentPath(packet.sourcePort, packet.sourceChannel, packet.sequence), height - 1);
    expect(early.value).toHaveLength(0);
    const stale = await submit(B, [recvMsg(packet, early.proof, proofHeight, relayer)]);
    expect(stale.code).toBe(ClientErrors.FailedMembershipVerification.code);
    expect(stale.log).toMatch(/must be an existence proof/);

    expect(receiptOnB(packet)).toBe(false);
    expect(b.balance(bob, voucher)).toBe(100n);
    // The honest relay still goes through.
    const s = await ic.relayAll();
    expect(s).toMatchObject({ received: 1, acknowledged: 1, errors: [] });
    expect(b.balance(bob, voucher)).toBe(150n);
  });

  test('(d) on an ordered channel a packet out of turn is rejected with code 21; in order both go through', async () => {
    const owner = a.addr('owner');
    const sender = a.instantiate(a.storeCode(owner, loadTestdata('cosmwasm/ibc_reflect_send.wasm')), owner, {}, { label: 'reflect-send' }).address;
    const reflectCode = b.storeCode(b.addr('owner'), loadTestdata('cosmwasm/reflect.wasm'));
    const reflector = b.instantiate(b.storeCode(b.addr('owner'), loadTestdata('cosmwasm/ibc_reflect.wasm')), b.addr('owner'), { reflect_code_id: Number(reflectCode) }, { label: 'ibc-reflect' }).address;
    const ch = await ic.createChannel(A, B, { portA: `wasm.${sender}`, portB: `wasm.${reflector}`, order: Order.ORDER_ORDERED, version: 'ibc-reflect-v1' });
    // The connect callback's who_am_i (sequence 1).
    expect((await ic.relayAll()).errors).toEqual([]);
    const nextRecv = () => b.withContext((ctx) => channels(b).nextSequenceRecv(ctx, ch.B.portId, ch.B.channelId));
    expect(nextRecv()).toBe(2n);

    const height = a.height;
    const p1 = sentPacket(a.execute(owner, sender, { send_msgs: { channel_id: ch.A.channelId, msgs: [] } }).events);
    const p2 = sentPacket(a.execute(owner, sender, { send_msgs: { channel_id: ch.A.channelId, msgs: [] } }).events);
    expect([p1.sequence, p2.sequence]).toEqual([2n, 3n]);
    const { proofs, proofHeight } = await proveCommitments([p1, p2], height);
    const relayer = ic.client(B).signerAddress;

    const skipped = await submit(B, [recvMsg(p2, proofs[1]!, proofHeight, relayer)]);
    expect(skipped.codespace).toBe(ChannelErrors.PacketSequenceOutOfOrder.codespace);
    expect(skipped.code).toBe(21);
    expect(skipped.log).toMatch(/packet sequence is out of order/);
    expect(nextRecv()).toBe(2n);
    expect(b.withContext((ctx) => channels(b).packetAcknowledgement(ctx, ch.B.portId, ch.B.channelId, 3n))).toBeUndefined();

    await mustSucceed(B, [recvMsg(p1, proofs[0]!, proofHeight, relayer), recvMsg(p2, proofs[1]!, proofHeight, relayer)]);
    expect(nextRecv()).toBe(4n);
    const s = await ic.relayAll();
    expect(s).toMatchObject({ received: 0, acknowledged: 2, errors: [] });
  });

  test('(e) a header of B signed by less than 2/3 of its power is refused; A\'s client is unchanged', async () => {
    // One validator of four goes offline: B keeps committing with 3/4 of the power.
    const down = bVals[2]!;
    b.setOnline(down.signer.address, false);
    b.advanceBlocks(3);
    const h = b.m.app.lastBlockHeight;
    const clientId = link.A.clientId;
    const clients = a.m.keepers.ibc.core.clients;
    const snapshot = () =>
      a.withContext((ctx) => ({
        state: Buffer.from(clients.getClientStateAny(ctx, clientId)!.value).toString('hex'),
        heights: clients.consensusHeights(ctx, clientId).map(formatHeight),
        status: clients.status(ctx, clientId),
      }));
    const before = snapshot();
    const trusted = a.withContext((ctx) => clients.latestHeight(ctx, clientId));
    const lb = await ic.client(B).lightBlock(h);
    const trustedVals = await ic.client(B).validatorSet(Number(trusted.revisionHeight) + 1);
    const signed = (sigs: { signature: Uint8Array }[]) => sigs.filter((s) => s.signature.length > 0).length;
    expect(signed(lb.signedHeader.commit!.signatures)).toBe(3);

    const update = (header: ReturnType<typeof buildHeader>): EncodeObject => ({
      typeUrl: MsgUpdateClient.typeUrl,
      value: MsgUpdateClient.fromPartial({ clientId, clientMessage: packHeader(header), signer: ic.client(A).signerAddress }),
    });

    // The real block with one more signature dropped: 2 of 4 signed.
    const commit = lb.signedHeader.commit!;
    const dropAt = commit.signatures.findIndex((s) => s.signature.length > 0);
    const weakCommit = { ...commit, signatures: commit.signatures.map((s, i) => (i === dropAt ? absentSig() : s)) };
    const weak = buildHeader({ signedHeader: { header: lb.signedHeader.header!, commit: weakCommit }, validatorSet: lb.validatorSet, trustedHeight: trusted, trustedValidators: trustedVals });
    const r1 = await submit(A, [update(weak)]);
    expect(r1.codespace).toBe(ClientErrors.InvalidHeader.codespace);
    expect(r1.code).toBe(ClientErrors.InvalidHeader.code);
    expect(r1.log).toMatch(/insufficient voting power: 20000 of 40000 signed/);
    expect(snapshot()).toEqual(before);

    // Two colluding validators sign a block with a made-up state: genuine signatures, too little power.
    const set = b.driver!.validatorSet(h)!;
    const forged = forge(lb.signedHeader.header!, set, [bVals[0]!.signer, bVals[1]!.signer], { appHash: sha256(new TextEncoder().encode('a state B never had')) });
    const r2 = await submit(A, [update(buildHeader({ signedHeader: forged, validatorSet: lb.validatorSet, trustedHeight: trusted, trustedValidators: trustedVals }))]);
    expect(r2.code).toBe(ClientErrors.InvalidHeader.code);
    expect(r2.log).toMatch(/insufficient voting power: 20000 of 40000 signed/);
    expect(snapshot()).toEqual(before);
    expect(before.status).toBe('Active');

    // The real header, signed by 3 of 4, is accepted.
    await mustSucceed(A, [update(buildHeader({ signedHeader: { header: lb.signedHeader.header!, commit }, validatorSet: lb.validatorSet, trustedHeight: trusted, trustedValidators: trustedVals }))]);
    expect(a.withContext((ctx) => formatHeight(clients.latestHeight(ctx, clientId)))).toBe(formatHeight({ revisionNumber: trusted.revisionNumber, revisionHeight: BigInt(h) }));
    b.setOnline(down.signer.address, true);
  });
});

