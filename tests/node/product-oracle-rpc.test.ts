/**
 * The product oracle through a real node over RPC with stock CosmJS: upload, instantiate, settle,
 * and the idempotent broadcast of product-oracle-spec §1 row 15 — a client that lost its connection
 * re-sends the same signed bytes with `idempotent: true` and is told the tx is pending or committed
 * (never "tx already exists"), so the retry ends with exactly one settlement. The oracle is
 * deployed as `meshwork devnet` deploys it (instantiate2 to the address its genesis put in
 * `authorized_slashers`, from build/product_oracle.wasm); the CLI's queries and `--idempotent`
 * broadcast run against it. Last, the attest → challenge → slash flow: a second validator created
 * by MsgCreateValidator over RPC (the node has no key for it, so its precommits are ABSENT; with
 * 1 power of 100001 blocks still commit and it is far from the downtime window) is challenged,
 * resolved against by the genesis validator, and shows slashed and jailed in staking queries.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { toUtf8 } from '@cosmjs/encoding';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgCreateValidator } from 'cosmjs-types/cosmos/staking/v1beta1/tx';
import { PubKey as Ed25519PubKey } from 'cosmjs-types/cosmos/crypto/ed25519/keys';
import { fromBech32, toBech32 } from '@cosmjs/encoding';
import { QueryClient, setupStakingExtension } from '@cosmjs/stargate';
import { connectComet } from '@cosmjs/tendermint-rpc';
import { MsgExecuteContract } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { initHome, readKeyring } from '../../app/node/home.js';
import { MeshworkNode } from '../../app/node/node.js';
import { silentLogger } from '../../app/node/log.js';
import { ProductOracleClient } from '../../app/clients/product-oracle.js';
import { authorizeOracleAtGenesis, ensureProductOracle, predictedOracleAddress } from '../../app/cli/devnet-oracle.js';
import { runQuery } from '../../app/cli/query.js';
import { broadcastTx, COMMON_VALUED, connect, splitArgs, type CliIO } from '../../app/cli/client.js';
import { Progress } from '../../app/cli/progress.js';

const ORACLE_WASM = 'build/product_oracle.wasm';

function capture(): { io: CliIO; result: () => { out: string; err: string } } {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: { write: (x: string) => (out += x) }, stderr: { write: (x: string) => (err += x) }, readStdin: () => Promise.resolve(''), env: {} };
  return { io, result: () => ({ out, err }) };
}

interface RpcBody {
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: string };
}

async function rpc(url: string, method: string, params: Record<string, unknown>): Promise<RpcBody> {
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }), headers: { 'Content-Type': 'application/json' } });
  return (await res.json()) as RpcBody;
}

/** Waits until none of `sender`'s txs is pending and one more block has landed (committed sequence = checked sequence). */
async function quiet(url: string, sender: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = (await rpc(url, 'unconfirmed_txs', { sender })).result as { total: string };
    if (r.total === '0') break;
    await new Promise((res) => setTimeout(res, 100));
  }
  await new Promise((res) => setTimeout(res, 600));
}

describe('product oracle over RPC', { skip: existsSync(ORACLE_WASM) ? false : `run npm run build first (${ORACLE_WASM})` }, () => {
  let dir: string;
  let node: MeshworkNode;
  let url: string;
  let client: SigningCosmWasmClient;
  let sender: string;
  let oracle: string;
  /** What the genesis put in authorized_slashers before the chain started. */
  let authorized: string;
  async function cliQuery(...args: string[]): Promise<Record<string, unknown>> {
    const c = capture();
    const code = await runQuery([...args, '--home', dir, '--node', url], c.io);
    if (code !== 0) throw new Error(`query ${args.join(' ')} exited ${code}: ${c.result().err}`);
    return JSON.parse(c.result().out) as Record<string, unknown>;
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-oracle-'));
    await initHome({ home: dir, chainId: 'oracle-rpc', accounts: 2, config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 200 } } });
    authorized = authorizeOracleAtGenesis(dir)!;
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    url = (await node.start()).url;
    const key = readKeyring(dir).find((k) => k.name === 'account1')!;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix: 'mesh' });
    sender = key.address;
    client = await SigningCosmWasmClient.connectWithSigner(url, wallet, { gasPrice: GasPrice.fromString('0.0025stake'), broadcastPollIntervalMs: 200 });
    oracle = (await ensureProductOracle(dir, dir, url)).address;
  });
  after(async () => {
    client?.disconnect();
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an idempotent retry of the same signed settle answers pending/finalized and ends with one settlement', async () => {
    const msg = { typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender, contract: oracle, msg: toUtf8(JSON.stringify({ settle: { reference: 'order-7' } })), funds: [{ denom: 'stake', amount: '250' }] }) };
    const signed = await client.sign(sender, [msg], { amount: [{ denom: 'stake', amount: '2000' }], gas: '800000' }, '');
    const tx = Buffer.from(TxRaw.encode(signed).finish()).toString('base64');
    const first = await rpc(url, 'broadcast_tx_sync', { tx });
    expect(first.result?.['code']).toBe(0);
    // "the connection dropped": the client does not know the first attempt arrived and re-sends it
    const plain = await rpc(url, 'broadcast_tx_sync', { tx });
    const retry = await rpc(url, 'broadcast_tx_sync', { tx, idempotent: true });
    expect(retry.result?.['hash']).toBe(first.result?.['hash']);
    expect(['pending', 'finalized']).toContain(retry.result?.['state']);
    expect(JSON.stringify(plain)).toContain('already exists'); // without the flag the retry is refused
    const committed = await rpc(url, 'broadcast_tx_commit', { tx, idempotent: true });
    expect(committed.result?.['state']).toBeDefined();
    const afterCommit = await rpc(url, 'broadcast_tx_sync', { tx, idempotent: true });
    expect(afterCommit.result?.['state']).toBe('finalized');
    expect(Number(afterCommit.result?.['height'])).toBeGreaterThan(0);
    const list = (await client.queryContractSmart(oracle, { settlements: { payer: sender } })) as { items: { reference: string; amount: string }[] };
    expect(list.items).toEqual([expect.objectContaining({ reference: 'order-7', amount: '250' })]);
    // a new tx reusing the reference with a different amount is a typed error and pays nothing
    const before = await client.getBalance(sender, 'stake');
    await expect(client.execute(sender, oracle, { settle: { reference: 'order-7' } }, 'auto', '', [{ denom: 'stake', amount: '999' }])).rejects.toThrow(/duplicate_settlement/);
    const afterBal = await client.getBalance(sender, 'stake');
    expect(afterBal.amount).toBe(before.amount); // refused in simulation: nothing was sent
    expect(((await client.queryContractSmart(oracle, { settlements: {} })) as { items: unknown[] }).items).toHaveLength(1);
  });

  test('unconfirmed_txs filters by sender, message type and contract, with paging metadata', async () => {
    await quiet(url, sender);
    const hashes: string[] = [];
    // Our own next sequence: committed state (what getSequence reads) may lag the mempool by our
    // pending txs, or have caught up with some or all of them, so it is a lower bound only.
    let next = 0;
    for (const ref of ['p-1', 'p-2', 'p-3']) {
      const msg = { typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender, contract: oracle, msg: toUtf8(JSON.stringify({ settle: { reference: ref } })), funds: [{ denom: 'stake', amount: '1' }] }) };
      let r: RpcBody = {};
      let used = next;
      for (let attempt = 0; attempt < 30; attempt++) {
        const acc = await client.getSequence(sender);
        const sequence = (used = Math.max(acc.sequence, next));
        const signed = await client.sign(sender, [msg], { amount: [{ denom: 'stake', amount: '2000' }], gas: '800000' }, '', { accountNumber: acc.accountNumber, sequence, chainId: 'oracle-rpc' });
        r = await rpc(url, 'broadcast_tx_sync', { tx: Buffer.from(TxRaw.encode(signed).finish()).toString('base64') });
        if (r.result?.['code'] !== 32) break;
        await new Promise((res) => setTimeout(res, 300));
      }
      expect(r.result?.['code']).toBe(0);
      hashes.push(String(r.result?.['hash']));
      next = used + 1;
    }
    const page = await rpc(url, 'unconfirmed_txs', { sender, msg_type: '/cosmwasm.wasm.v1.MsgExecuteContract', contract: oracle, per_page: 2 });
    const got = page.result as { total: string; hashes: string[]; has_more: boolean; per_page: string };
    expect(got.per_page).toBe('2');
    expect(got.hashes.length).toBeLessThanOrEqual(2);
    expect(got.has_more).toBe(Number(got.total) > 2);
    for (const h of got.hashes) expect(hashes).toContain(h);
    // every one of ours not listed as pending is committed (give a block in flight time to land)
    const all = (await rpc(url, 'unconfirmed_txs', { contract: oracle, per_page: 100 })).result as { hashes: string[] };
    await new Promise((r) => setTimeout(r, 1500));
    for (const h of hashes) {
      if (all.hashes.includes(h)) continue;
      const t = await rpc(url, 'tx', { hash: Buffer.from(h, 'hex').toString('base64') });
      expect(t.result?.['hash']).toBe(h);
    }
    const none = (await rpc(url, 'unconfirmed_txs', { contract: sender })).result as { total: string; txs: string[] };
    expect(none).toMatchObject({ total: '0', txs: [] });
  });

  test('the client: settle(..., {idempotent: true}) twice ends with one settlement; lookupSettlement sees pending then finalized', async () => {
    await quiet(url, sender);
    const sdk = new ProductOracleClient(client, url, oracle);
    const fee = { amount: [{ denom: 'stake', amount: '2000' }], gas: '800000' };
    const first = await sdk.settle(sender, 'c-1', { denom: 'stake', amount: '40' }, fee, { idempotent: true });
    expect(['pending', 'finalized']).toContain(first.state);
    let seen = await sdk.lookupSettlement(sender, 'c-1', { includePending: true });
    for (let i = 0; i < 100 && seen.state !== 'finalized'; i++) {
      expect(seen.state).toBe('pending');
      await new Promise((r) => setTimeout(r, 100));
      seen = await sdk.lookupSettlement(sender, 'c-1', { includePending: true });
    }
    expect(seen).toMatchObject({ state: 'finalized', settlement: { reference: 'c-1', amount: '40' } });
    await quiet(url, sender);
    const again = await sdk.settle(sender, 'c-1', { denom: 'stake', amount: '40' }, fee, { idempotent: true });
    expect(again).toMatchObject({ state: 'finalized', settlement: { amount: '40' } });
    await new Promise((r) => setTimeout(r, 1000));
    const list = (await client.queryContractSmart(oracle, { settlements: { reference: 'c-1' } })) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    expect(await sdk.lookupSettlement(sender, 'never', { includePending: true })).toEqual({ state: 'not_found' });
  });

  test('devnet deployment: the instantiate2 address is the one genesis authorized; the CLI lists it and finds settlements', async () => {
    expect(oracle).toBe(authorized);
    expect(predictedOracleAddress(dir, new Uint8Array(readFileSync(ORACLE_WASM)))).toBe(oracle);
    expect(await cliQuery('slashing', 'authorized-slashers')).toEqual({ authorized_slashers: [oracle] });
    expect(await cliQuery('oracle', 'settlement', oracle, 'account1', 'order-7', '--include-pending')).toMatchObject({ state: 'finalized', settlement: { reference: 'order-7', amount: '250', payer: sender } });
    expect(await cliQuery('oracle', 'settlement', oracle, sender, 'no-such-order')).toEqual({ state: 'not_found' });
  });

  test('CLI --idempotent: the same signed bytes broadcast twice are one tx; the second send reports it known', async () => {
    await quiet(url, sender);
    const msg = { typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender, contract: oracle, msg: toUtf8(JSON.stringify({ settle: { reference: 'cli-1' } })), funds: [{ denom: 'stake', amount: '5' }] }) };
    const bytes = TxRaw.encode(await client.sign(sender, [msg], { amount: [{ denom: 'stake', amount: '2000' }], gas: '800000' }, '')).finish();
    const c = capture();
    const conn = await connect(splitArgs(['--node', url, '--home', dir], COMMON_VALUED, []), c.io);
    try {
      const first = await broadcastTx(conn, bytes, new Progress(c.io.stderr, false), 'sync', 30_000, true);
      expect(first.code).toBe(0);
      const committed = await broadcastTx(conn, bytes, new Progress(c.io.stderr, false), 'commit', 30_000, true);
      expect(committed).toMatchObject({ txhash: first.txhash, code: 0 });
      expect(committed.height).toBeGreaterThan(0);
      const again = await broadcastTx(conn, bytes, new Progress(c.io.stderr, false), 'sync', 30_000, true);
      expect(again.txhash).toBe(first.txhash);
      expect(c.result().err).toMatch(/already committed at height \d+/);
    } finally {
      conn.close();
    }
    expect(((await client.queryContractSmart(oracle, { settlements: { reference: 'cli-1' } })) as { items: unknown[] }).items).toHaveLength(1);
  });

  test('tx_search by contract, sender, message type and height range, with paging metadata', async () => {
    await quiet(url, sender);
    const h = Number(((await rpc(url, 'status', {})).result as { sync_info: { latest_block_height: string } }).sync_info.latest_block_height);
    const query = `execute._contract_address='${oracle}' AND message.sender='${sender}' AND message.action='/cosmwasm.wasm.v1.MsgExecuteContract' AND tx.height>=1 AND tx.height<=${h}`;
    const r = (await rpc(url, 'tx_search', { query, per_page: 2, page: 1 })).result as { txs: { hash: string; height: string }[]; total_count: string; page: string; per_page: string; has_more: boolean };
    // every settlement came from one successful execute tx by `sender` (refused duplicates index nothing)
    const settled = (await client.queryContractSmart(oracle, { settlements: { with_meta: true } })) as { total: number };
    expect(Number(r.total_count)).toBe(settled.total);
    expect(settled.total).toBeGreaterThanOrEqual(3);
    expect(r).toMatchObject({ page: '1', per_page: '2', has_more: true });
    expect(r.txs).toHaveLength(2);
    const none = (await rpc(url, 'tx_search', { query: `execute._contract_address='${oracle}' AND tx.height>${h + 1000}` })).result as { total_count: string; has_more: boolean };
    expect(none).toMatchObject({ total_count: '0', has_more: false });
  });

  test('attest → challenge → slash over RPC: a second validator made by MsgCreateValidator is found misbehaving, slashed and jailed', async () => {
    await quiet(url, sender);
    const valKey = readKeyring(dir).find((k) => k.name === 'validator')!;
    const valClient = await SigningCosmWasmClient.connectWithSigner(url, await DirectSecp256k1HdWallet.fromMnemonic(valKey.mnemonic, { prefix: 'mesh' }), { gasPrice: GasPrice.fromString('0.0025stake'), broadcastPollIntervalMs: 200 });
    const comet = await connectComet(url);
    const staking = QueryClient.withExtensions(comet, setupStakingExtension);
    try {
      const genesisValoper = toBech32('meshvaloper', fromBech32(valKey.address).data);
      const newValoper = toBech32('meshvaloper', fromBech32(sender).data);
      // the node holds no key for this validator: it is bonded but its votes are ABSENT (1 power of 100001, so blocks still commit)
      const create = {
        typeUrl: '/cosmos.staking.v1beta1.MsgCreateValidator',
        value: MsgCreateValidator.fromPartial({
          description: { moniker: 'second' },
          commission: { rate: '100000000000000000', maxRate: '200000000000000000', maxChangeRate: '10000000000000000' },
          minSelfDelegation: '1',
          delegatorAddress: sender,
          validatorAddress: newValoper,
          pubkey: { typeUrl: '/cosmos.crypto.ed25519.PubKey', value: Ed25519PubKey.encode({ key: new Uint8Array(32).fill(7) }).finish() },
          value: { denom: 'stake', amount: '2000000' },
        }),
      };
      const created = await client.signAndBroadcast(sender, [create], 'auto');
      expect(created.code).toBe(0);
      await valClient.execute(valKey.address, oracle, { fund_treasury: {} }, 'auto', '', [{ denom: 'stake', amount: '1000' }]);
      const oracles = (await client.queryContractSmart(oracle, { oracle_set: {} })) as { oracles: { validator: string }[] };
      expect(oracles.oracles.map((o) => o.validator).sort()).toEqual([genesisValoper, newValoper].sort());
      // both operators attest: the new validator's vote alone is below quorum, the genesis validator's completes it
      const pend = await client.execute(sender, oracle, { attest: { proof_ref: 'rpc-about-genesis', validator: genesisValoper, units: 3, quality_bps: 10000 } }, 'auto');
      expect(pend.events.flatMap((e) => e.attributes).find((a) => a.key === 'finalized')?.value).toBe('false');
      const done = await valClient.execute(valKey.address, oracle, { attest: { proof_ref: 'rpc-about-genesis', validator: genesisValoper, units: 3, quality_bps: 10000 } }, 'auto');
      expect(done.events.flatMap((e) => e.attributes).find((a) => a.key === 'finalized')?.value).toBe('true');
      const aboutNew = await valClient.execute(valKey.address, oracle, { attest: { proof_ref: 'rpc-about-second', validator: newValoper, units: 5, quality_bps: 10000 } }, 'auto');
      const proofId = aboutNew.events.flatMap((e) => e.attributes).find((a) => a.key === 'proof_id')!.value;
      const proofs = (await client.queryContractSmart(oracle, { proofs: { validator: newValoper } })) as { items: { id: string }[] };
      expect(proofs.items.map((p) => p.id)).toEqual([proofId]);
      // a challenge against the new validator, resolved by the genesis validator's stake after the delay
      await valClient.execute(valKey.address, oracle, { challenge: { proof_id: proofId } }, 'auto', '', [{ denom: 'stake', amount: '10' }]);
      const before = (await staking.staking.validator(newValoper)).validator!;
      expect(before.jailed).toBe(false);
      const start = await valClient.getHeight();
      while ((await valClient.getHeight()) < start + 2) await new Promise((r) => setTimeout(r, 100));
      // the accused may not vote on its own challenge
      await expect(client.execute(sender, oracle, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '0' } }, 'auto')).rejects.toThrow(/conflict_of_interest/);
      const resolved = await valClient.execute(valKey.address, oracle, { resolve_challenge: { challenge_id: 1, slash_bps: 1000, bonus: '0' } }, 'auto');
      expect(resolved.events.some((e) => e.type === 'wasm-challenge_resolved')).toBe(true);
      const after = (await staking.staking.validator(newValoper)).validator!;
      expect(after.jailed).toBe(true);
      expect(BigInt(after.tokens)).toBe((BigInt(before.tokens) * 9n) / 10n);
      const ch = (await client.queryContractSmart(oracle, { challenge_by_id: { id: 1 } })) as { open: boolean; successful: boolean };
      expect(ch).toMatchObject({ open: false, successful: true });
    } finally {
      valClient.disconnect();
      comet.disconnect();
    }
  });
});
