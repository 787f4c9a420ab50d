/**
 * The ABCI server driven as CometBFT 0.38 drives it, over the real socket protocol (TCP and a Unix
 * socket): the same blocks through the built-in block driver and through ABCI give identical
 * results; a crash between FinalizeBlock and Commit is repaired by the handshake replay; a node
 * restored by state sync reaches the same app hashes as one that replayed every block.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MsgDelegate } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { BlockIDFlag } from 'cosmjs-types/tendermint/types/validator';
import { CheckTxType, ResponseApplySnapshotChunk_Result, ResponseOfferSnapshot_Result, ResponseProcessProposal_ProposalStatus, ResponseVerifyVoteExtension_VerifyStatus, type ExecTxResult, type RequestFinalizeBlock, type RequestInitChain } from 'cosmjs-types/tendermint/abci/types';
import { BlockDriver, toExecTxResult, type ProducedBlock } from '../../chain/consensus/driver.js';
import { MultiStore } from '../../chain/store/multistore.js';
import { SqliteStore } from '../../chain/store/sqlite.js';
import { SnapshotStore } from '../../chain/store/snapshot.js';
import { createMeshworkApp, MESHWORK_STORES } from '../chain/meshwork-app.js';
import { parseGenesis } from '../node/genesis.js';
import { AbciApplication } from './application.js';
import { AbciServer } from './server.js';
import { toAbciEvents, toAbciValidatorUpdates } from './application.js';
import { CometImitation, FIXTURE_MAX_GAS, initChainRequest, makeFixture, sendMsg, type DecidedBlock, type Fixture } from './testkit.js';
import type { TxSigner } from '../../chain/testkit/signer.js';

const CHAIN = 'abci-1';
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const PORT = 33210;

function abciApp(chainId: string, store: MultiStore, snapshots?: { store: SnapshotStore; interval: number; chunkSize?: number }, minRetainBlocks?: number): AbciApplication {
  return new AbciApplication({ store, build: (s) => createMeshworkApp({ chainId, store: s, blockMaxGas: FIXTURE_MAX_GAS }).app, version: 'test', snapshots, minRetainBlocks });
}

async function serve(app: AbciApplication, addr: string): Promise<{ server: AbciServer; comet: CometImitation }> {
  const server = new AbciServer(app);
  const bound = await server.listen(addr);
  return { server, comet: await CometImitation.connect(bound) };
}

function finalizeRequestOf(p: ProducedBlock, txs: Uint8Array[]): RequestFinalizeBlock {
  const flag = { commit: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, nil: BlockIDFlag.BLOCK_ID_FLAG_NIL, absent: BlockIDFlag.BLOCK_ID_FLAG_ABSENT } as const;
  return {
    txs,
    decidedLastCommit: { round: p.blockInfo.lastCommit.round, votes: p.blockInfo.lastCommit.votes.map((v) => ({ validator: { address: v.address, power: v.power }, blockIdFlag: flag[v.flag] })) },
    misbehavior: [],
    hash: p.blockId.hash,
    height: p.header.height,
    time: p.header.time,
    nextValidatorsHash: p.header.nextValidatorsHash,
    proposerAddress: p.header.proposerAddress,
  };
}

interface Reference {
  fx: Fixture;
  init: RequestInitChain;
  produced: ProducedBlock[];
  blocks: Uint8Array[][];
  /** A tx kept out of the blocks that conflicts with one in block 4 (same sender and sequence). */
  conflicting: Uint8Array;
  decided: DecidedBlock[];
}

/** Blocks of bank sends (one failing), a delegation that changes voting power, run by the built-in driver. */
async function reference(): Promise<Reference> {
  const fx = await makeFixture(CHAIN, 2, 3);
  const parsed = parseGenesis(JSON.parse(JSON.stringify(fx.genesis)));
  const m = createMeshworkApp({ chainId: CHAIN, blockMaxGas: FIXTURE_MAX_GAS });
  const driver = new BlockDriver({ app: m.app, chainId: CHAIN, genesisTime: fx.genesisTime, validators: fx.validators, consensusParams: { blockMaxBytes: parsed.consensus.blockMaxBytes, blockMaxGas: parsed.consensus.blockMaxGas } });
  driver.init(parsed.genesis);
  const produced: ProducedBlock[] = [driver.produceBlock()];
  const blocks: Uint8Array[][] = [[]];
  const seq = new Map<string, number>();
  const accNum = (s: TxSigner) => m.keepers.auth.getAccount(m.app.queryContext(), s.address)!.accountNumber;
  const sign = (s: TxSigner, msgs: { typeUrl: string; value: unknown }[], sequence?: number) => {
    const n = sequence ?? seq.get(s.address) ?? 0;
    if (sequence === undefined) seq.set(s.address, n + 1);
    return s.sign({ msgs, fee: { amount: [{ denom: 'stake', amount: '2000' }], gas: 300_000 }, chainId: CHAIN, accountNumber: accNum(s), sequence: n });
  };
  const [u0, u1, u2] = fx.users as [TxSigner, TxSigner, TxSigner];
  const valoper = m.codec.accountToValoper(fx.operators[0]!.address);
  let conflicting: Uint8Array = new Uint8Array();
  for (let b = 2; b <= 8; b++) {
    const txs: Uint8Array[] = [];
    txs.push(await sign(u0, [sendMsg(u0, u1.address, String(100 * b))]));
    txs.push(await sign(u1, [sendMsg(u1, u2.address, b === 5 ? '999999999999999' : String(7 * b))]));
    if (b === 3) txs.push(await sign(u2, [{ typeUrl: '/cosmos.staking.v1beta1.MsgDelegate', value: MsgDelegate.fromPartial({ delegatorAddress: u2.address, validatorAddress: valoper, amount: { denom: 'stake', amount: '50000000' } }) }]));
    if (b === 4) conflicting = await sign(u0, [sendMsg(u0, u2.address, '1')], seq.get(u0.address)! - 1);
    blocks.push(txs);
    produced.push(driver.produceBlock({ txs }));
  }
  const init = initChainRequest(fx.genesis);
  return { fx, init, produced, blocks, conflicting, decided: [] };
}

function execTx(r: ExecTxResult) {
  return { ...r, data: hex(r.data) };
}

describe('ABCI 2.0 server under a CometBFT 0.38 imitation', () => {
  let ref: Reference;
  let dir: string;
  before(async () => {
    ref = await reference();
    dir = mkdtempSync(join(tmpdir(), 'meshwork-abci-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('built-in driver and ABCI give identical tx results, events, validator updates and app hashes at every height', async () => {
    const app = abciApp(CHAIN, new MultiStore(MESHWORK_STORES));
    const { server, comet } = await serve(app, `tcp://127.0.0.1:${PORT}`);
    try {
      expect((await comet.query.call({ echo: { message: 'hello' } })).echo!.message).toBe('hello');
      const info = await comet.info();
      expect(info.lastBlockHeight).toBe(0n);
      const init = (await comet.consensus.call({ initChain: ref.init })).initChain!;
      expect(init.validators.map((v) => hex(v.pubKey.ed25519!)).sort()).toEqual(ref.fx.validators.map((v) => hex(v.pubKey)).sort());
      expect(hex(init.appHash)).toBe(hex(ref.produced[0]!.header.appHash));
      for (const [i, p] of ref.produced.entries()) {
        const txs = ref.blocks[i]!;
        const h = i + 1;
        if (h === 4) {
          // A tx this node's mempool holds that the decided block makes stale (another proposer's block).
          expect((await comet.addTx(ref.conflicting)).code).toBe(0);
        }
        const req = finalizeRequestOf(p, txs);
        const pp = (await comet.consensus.call({ processProposal: { txs, proposedLastCommit: req.decidedLastCommit, misbehavior: [], hash: req.hash, height: req.height, time: req.time, nextValidatorsHash: req.nextValidatorsHash, proposerAddress: req.proposerAddress } })).processProposal!;
        expect(pp.status).toBe(ResponseProcessProposal_ProposalStatus.ACCEPT);
        const res = (await comet.consensus.call({ finalizeBlock: req })).finalizeBlock!;
        expect(res.txResults.map(execTx)).toEqual(p.results.txResults.map(toExecTxResult).map(execTx));
        expect(res.events).toEqual(toAbciEvents(p.results.events));
        expect(res.validatorUpdates).toEqual(toAbciValidatorUpdates(p.results.validatorUpdates));
        expect(hex(res.appHash)).toBe(hex(p.results.appHash));
        await comet.commit(txs);
        if (h === 4) {
          expect(comet.checkTxCalls.recheck).toBe(1);
          expect(comet.mempool).toEqual([]);
        }
        ref.decided.push({ request: req, response: res });
      }
      // The delegation changed validator 0's power; the failing send has a non-zero code.
      expect(ref.decided[2]!.response.validatorUpdates.length).toBe(1);
      expect(ref.decided[4]!.response.txResults[1]!.code).not.toBe(0);
      const after = await comet.info();
      expect(after.lastBlockHeight).toBe(8n);
      expect(hex(after.lastBlockAppHash)).toBe(hex(ref.produced[7]!.results.appHash));
      // Query: the gRPC paths abci_query serves.
      const q = (await comet.query.call({ query: { path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: ref.fx.users[0]!.address, denom: 'stake' }).finish(), height: 0n, prove: false } })).query!;
      expect(q.code).toBe(0);
      expect(q.height).toBe(8n);
      expect(BigInt(QueryBalanceResponse.decode(q.value).balance!.amount)).toBeLessThan(1_000_000_000_000n);
      const proved = (await comet.query.call({ query: { path: '/store/bank/key', data: new Uint8Array([2]), height: 7n, prove: true } })).query!;
      expect(proved.proofOps!.ops.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple']);
    } finally {
      comet.close();
      await server.close();
    }
  });

  test('CheckTx new and recheck, PrepareProposal within max_tx_bytes, vote extensions, over a Unix socket', async () => {
    const app = abciApp(CHAIN, new MultiStore(MESHWORK_STORES));
    const { server, comet } = await serve(app, `unix://${join(dir, 'abci.sock')}`);
    try {
      await comet.handshake(ref.init, ref.decided.slice(0, 3));
      expect(await comet.handshake(ref.init, ref.decided.slice(0, 3))).toBe(0);
      const bad = await comet.addTx(new Uint8Array([1, 2, 3]));
      expect(bad.code).not.toBe(0);
      const txs = ref.blocks[3]!;
      for (const tx of txs) expect((await comet.addTx(tx)).code).toBe(0);
      // The same tx again fails CheckTx: its sequence is used in the check state.
      expect((await comet.addTx(txs[0]!)).code).not.toBe(0);
      const prep = (await comet.consensus.call({ prepareProposal: { maxTxBytes: 1_000_000n, txs: [...comet.mempool, new Uint8Array([9, 9])], localLastCommit: { round: 0, votes: [] }, misbehavior: [], height: 4n, time: ref.decided[3]!.request.time, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } })).prepareProposal!;
      expect(prep.txs.map(hex)).toEqual(txs.map(hex));
      const small = (await comet.consensus.call({ prepareProposal: { maxTxBytes: BigInt(txs[0]!.length + 3), txs: comet.mempool, localLastCommit: { round: 0, votes: [] }, misbehavior: [], height: 4n, time: ref.decided[3]!.request.time, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } })).prepareProposal!;
      expect(small.txs.length).toBe(1);
      const rejected = (await comet.consensus.call({ processProposal: { txs: [new Uint8Array([1])], proposedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: 4n, time: ref.decided[3]!.request.time, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } })).processProposal!;
      expect(rejected.status).toBe(ResponseProcessProposal_ProposalStatus.REJECT);
      const ext = (await comet.consensus.call({ extendVote: { hash: new Uint8Array(32), height: 4n, time: ref.decided[3]!.request.time, txs, proposedLastCommit: { round: 0, votes: [] }, misbehavior: [], nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20) } })).extendVote!;
      expect(ext.voteExtension.length).toBe(0);
      const ok = (await comet.consensus.call({ verifyVoteExtension: { hash: new Uint8Array(32), validatorAddress: new Uint8Array(20), height: 4n, voteExtension: new Uint8Array() } })).verifyVoteExtension!;
      expect(ok.status).toBe(ResponseVerifyVoteExtension_VerifyStatus.ACCEPT);
      const no = (await comet.consensus.call({ verifyVoteExtension: { hash: new Uint8Array(32), validatorAddress: new Uint8Array(20), height: 4n, voteExtension: new Uint8Array([1]) } })).verifyVoteExtension!;
      expect(no.status).toBe(ResponseVerifyVoteExtension_VerifyStatus.REJECT);
      // Several async CheckTx answered by one Flush, in order.
      const many = [comet.mempoolConn.send({ checkTx: { tx: txs[0]!, type: CheckTxType.RECHECK } }), comet.mempoolConn.send({ checkTx: { tx: new Uint8Array([7]), type: CheckTxType.NEW } })];
      await comet.mempoolConn.flush();
      const [r1, r2] = await Promise.all(many);
      expect(r1!.checkTx!.code).toBe(32); // its sequence is already used in the check state
      expect(r2!.checkTx!.code).toBe(2); // not a tx
      // A request the app cannot serve is an exception, as CometBFT's socket server answers.
      await expect(comet.consensus.call({ finalizeBlock: ref.decided[5]!.request })).rejects.toThrow(/exception: block at height 6, expected 4/);
    } finally {
      comet.close();
      await server.close();
    }
  });

  test('a crash between FinalizeBlock and Commit, and an app that lost every block, are repaired by the handshake replay', async () => {
    const file = join(dir, 'crash.db');
    let disk = new SqliteStore(file, MESHWORK_STORES);
    let running = await serve(abciApp(CHAIN, disk.multistore), `tcp://127.0.0.1:${PORT + 1}`);
    await running.comet.handshake(ref.init, ref.decided.slice(0, 5));
    // Block 6 is finalized but the process dies before Commit.
    await running.comet.consensus.call({ finalizeBlock: ref.decided[5]!.request });
    running.comet.close();
    await running.server.close();
    disk.close();

    disk = new SqliteStore(file, MESHWORK_STORES);
    running = await serve(abciApp(CHAIN, disk.multistore), `tcp://127.0.0.1:${PORT + 1}`);
    try {
      const info = await running.comet.info();
      expect(info.lastBlockHeight).toBe(5n);
      expect(hex(info.lastBlockAppHash)).toBe(hex(ref.decided[4]!.response.appHash));
      expect(await running.comet.handshake(ref.init, ref.decided)).toBe(3);
      expect(hex((await running.comet.info()).lastBlockAppHash)).toBe(hex(ref.decided[7]!.response.appHash));
    } finally {
      running.comet.close();
      await running.server.close();
      disk.close();
    }

    const fresh = await serve(abciApp(CHAIN, new MultiStore(MESHWORK_STORES)), `tcp://127.0.0.1:${PORT + 2}`);
    try {
      expect(await fresh.comet.handshake(ref.init, ref.decided)).toBe(8);
      expect(hex((await fresh.comet.info()).lastBlockAppHash)).toBe(hex(ref.decided[7]!.response.appHash));
      // An app ahead of CometBFT's block store is refused, as CometBFT does.
      await expect(fresh.comet.handshake(ref.init, ref.decided.slice(0, 2))).rejects.toThrow(/ahead/);
    } finally {
      fresh.comet.close();
      await fresh.server.close();
    }
  });

  test('state sync: a node restored from a snapshot reaches the app hash of one that replayed every block', async () => {
    const snapshots = new SnapshotStore(join(dir, 'snapshots'), 2);
    const serving = await serve(abciApp(CHAIN, new MultiStore(MESHWORK_STORES), { store: snapshots, interval: 3, chunkSize: 1024 }, 2), `tcp://127.0.0.1:${PORT + 3}`);
    const file = join(dir, 'joined.db');
    let disk = new SqliteStore(file, MESHWORK_STORES);
    let joining = await serve(abciApp(CHAIN, disk.multistore), `tcp://127.0.0.1:${PORT + 4}`);
    try {
      await serving.comet.handshake(ref.init, ref.decided.slice(0, 2));
      // min_retain_blocks 2: CometBFT may prune below height − 2, but not below the oldest snapshot.
      const retained: bigint[] = [];
      for (const b of ref.decided.slice(2, 7)) {
        await serving.comet.consensus.call({ finalizeBlock: b.request });
        retained.push(await serving.comet.commit(b.request.txs));
      }
      expect(retained).toEqual([1n, 2n, 3n, 3n, 3n]);
      expect(snapshots.list().map((s) => s.height)).toEqual([6, 3]);
      expect(snapshots.list()[0]!.chunks).toBeGreaterThan(1);
      // What CometBFT gets back for a snapshot of another format, and for a corrupted chunk.
      const offered = (await serving.comet.snapshot.call({ listSnapshots: {} })).listSnapshots!.snapshots[0]!;
      expect((await joining.comet.snapshot.call({ offerSnapshot: { snapshot: { ...offered, format: 7 }, appHash: ref.decided[5]!.response.appHash } })).offerSnapshot!.result).toBe(ResponseOfferSnapshot_Result.REJECT_FORMAT);
      expect((await joining.comet.snapshot.call({ offerSnapshot: { snapshot: offered, appHash: ref.decided[5]!.response.appHash } })).offerSnapshot!.result).toBe(ResponseOfferSnapshot_Result.ACCEPT);
      const chunk0 = (await serving.comet.snapshot.call({ loadSnapshotChunk: { height: offered.height, format: offered.format, chunk: 0 } })).loadSnapshotChunk!.chunk;
      const corrupted = new Uint8Array(chunk0);
      corrupted[10] ^= 0xff;
      const retry = (await joining.comet.snapshot.call({ applySnapshotChunk: { index: 0, chunk: corrupted, sender: 'peer-bad' } })).applySnapshotChunk!;
      expect(retry).toEqual({ result: ResponseApplySnapshotChunk_Result.RETRY, refetchChunks: [0], rejectSenders: ['peer-bad'] });
      // A snapshot whose state is not the one the light client trusts is rejected after its last chunk.
      expect((await joining.comet.snapshot.call({ offerSnapshot: { snapshot: offered, appHash: ref.decided[4]!.response.appHash } })).offerSnapshot!.result).toBe(ResponseOfferSnapshot_Result.ACCEPT);
      let last = ResponseApplySnapshotChunk_Result.UNKNOWN;
      for (let i = 0; i < offered.chunks; i++) {
        const chunk = (await serving.comet.snapshot.call({ loadSnapshotChunk: { height: offered.height, format: offered.format, chunk: i } })).loadSnapshotChunk!.chunk;
        last = (await joining.comet.snapshot.call({ applySnapshotChunk: { index: i, chunk, sender: 'peer-0' } })).applySnapshotChunk!.result;
      }
      expect(last).toBe(ResponseApplySnapshotChunk_Result.REJECT_SNAPSHOT);
      expect((await joining.comet.info()).lastBlockHeight).toBe(0n);
      const restored = await joining.comet.stateSyncFrom(serving.comet, (h) => ref.decided[h - 1]!.response.appHash);
      expect(restored).toBe(6);
      // Then block sync: the blocks after the snapshot, as any node applies them.
      expect(await joining.comet.handshake(ref.init, ref.decided)).toBe(2);
      expect(await serving.comet.handshake(ref.init, ref.decided)).toBe(1);
      const a = await serving.comet.info();
      const b = await joining.comet.info();
      expect(b.lastBlockHeight).toBe(8n);
      expect(hex(b.lastBlockAppHash)).toBe(hex(a.lastBlockAppHash));
      expect(hex(b.lastBlockAppHash)).toBe(hex(ref.produced[7]!.results.appHash));
      // The restore is on disk: a restart resumes at height 8.
      joining.comet.close();
      await joining.server.close();
      disk.close();
      disk = new SqliteStore(file, MESHWORK_STORES);
      joining = await serve(abciApp(CHAIN, disk.multistore), `tcp://127.0.0.1:${PORT + 4}`);
      expect((await joining.comet.info()).lastBlockHeight).toBe(8n);
      // A snapshot offered to a node that has state is refused.
      const snap = (await serving.comet.snapshot.call({ listSnapshots: {} })).listSnapshots!.snapshots[0]!;
      expect((await joining.comet.snapshot.call({ offerSnapshot: { snapshot: snap, appHash: ref.decided[5]!.response.appHash } })).offerSnapshot!.result).toBe(ResponseOfferSnapshot_Result.ABORT);
    } finally {
      serving.comet.close();
      await serving.server.close();
      joining.comet.close();
      await joining.server.close();
      disk.close();
    }
  });
});
