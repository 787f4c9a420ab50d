/**
 * A real node (SQLite home, block timer, RPC on an ephemeral port) driven by the stock CosmJS 0.39
 * clients from npm: StargateClient, SigningStargateClient, SigningCosmWasmClient, the Comet38 RPC
 * client over HTTP and websocket. Then hostile JSON-RPC input, and a restart from disk.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient, coin, coins } from '@cosmjs/stargate';
import { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { Comet38Client, WebsocketClient, connectComet } from '@cosmjs/tendermint-rpc';
import { toHex } from '@cosmjs/encoding';
import { QueryBalanceRequest } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { initHome, readKeyring, type InitResult } from './home.js';
import { MeshworkNode } from './node.js';
import { silentLogger } from './log.js';
import { AddressCodec, prefixesFor } from '../../chain/types/address.js';

const CHAIN = 'meshwork-node-1';
const HACKATOM = new Uint8Array(readFileSync('/work/shared/testdata/cosmwasm/hackatom.wasm'));
/** cw_migrate_version-less hackatom: migrating it to HACKATOM runs HACKATOM's migrate (420 > none). */
const HACKATOM_1_0 = new Uint8Array(readFileSync('/work/shared/testdata/cosmwasm/hackatom_1.0.wasm'));
const GAS_PRICE = GasPrice.fromString('0.025stake');
/** CosmJS leaves its broadcast timeout timer running after success, which holds the test process open that long. */
const POLL = { broadcastPollIntervalMs: 100, broadcastTimeoutMs: 8_000 };

interface RpcReply {
  status: number;
  body: { jsonrpc?: string; id?: unknown; result?: unknown; error?: { code: number; message: string; data?: string } } & Record<string, unknown>;
}

async function post(url: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<RpcReply> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
  const text = await res.text();
  return { status: res.status, body: text.length === 0 ? {} : (JSON.parse(text) as RpcReply['body']) };
}

describe('meshwork node with stock CosmJS clients', () => {
  let dir: string;
  let home: InitResult;
  let node: MeshworkNode;
  let url: string;
  let validator: DirectSecp256k1HdWallet;
  let alice: DirectSecp256k1HdWallet;
  let bob: string;
  let valoper: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-node-'));
    home = await initHome({
      home: dir,
      chainId: CHAIN,
      moniker: 'test-node',
      accounts: 3,
      config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 200 } },
    });
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    url = (await node.start()).url;
    const keyring = readKeyring(dir);
    validator = await DirectSecp256k1HdWallet.fromMnemonic(keyring[0]!.mnemonic, { prefix: 'mesh' });
    alice = await DirectSecp256k1HdWallet.fromMnemonic(keyring[1]!.mnemonic, { prefix: 'mesh' });
    bob = keyring[2]!.address;
    valoper = new AddressCodec(prefixesFor('mesh')).accountToValoper(keyring[0]!.address);
  });

  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('init wrote the home: genesis, config, private files with mode 0600, keyring matching the wallets', async () => {
    const genesis = JSON.parse(readFileSync(join(dir, 'genesis.json'), 'utf8')) as { chain_id: string; validators: unknown[]; app_state: { bank: { balances: unknown[] } } };
    expect(genesis.chain_id).toBe(CHAIN);
    expect(genesis.validators).toHaveLength(1);
    expect(genesis.app_state.bank.balances).toHaveLength(3);
    expect(statSync(join(dir, 'priv_validator_key.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keyring.json')).mode & 0o777).toBe(0o600);
    const [acc] = await alice.getAccounts();
    expect(acc!.address).toBe(home.accounts[1]!.address);
    expect(home.validator.operator).toBe(home.accounts[0]!.address);
  });

  test('StargateClient: chain id, height, balances, accounts, blocks', async () => {
    const client = await StargateClient.connect(url);
    try {
      expect(await client.getChainId()).toBe(CHAIN);
      const h = await client.getHeight();
      expect(h).toBeGreaterThanOrEqual(1);
      const [a] = await alice.getAccounts();
      expect(await client.getBalance(a!.address, 'stake')).toEqual({ denom: 'stake', amount: '1000000000000' });
      expect(await client.getBalance(a!.address, 'nothing')).toEqual({ denom: 'nothing', amount: '0' });
      expect(await client.getAllBalances(a!.address)).toEqual([{ denom: 'stake', amount: '1000000000000' }]);
      const acc = await client.getAccount(a!.address);
      expect(acc?.address).toBe(a!.address);
      expect(acc?.sequence).toBe(0);
      expect(await client.getAccount(new AddressCodec(prefixesFor('mesh')).encode(new Uint8Array(20).fill(7)))).toBeNull();
      const block = await client.getBlock(1);
      expect(block.header.height).toBe(1);
      expect(block.header.chainId).toBe(CHAIN);
      expect(block.id).toMatch(/^[0-9A-F]{64}$/);
      // Blocks keep coming without txs.
      const later = await waitForHeight(client, h + 2);
      expect(later).toBeGreaterThanOrEqual(h + 2);
      const latest = await client.getBlock();
      expect(latest.header.height).toBeGreaterThanOrEqual(h + 2);
    } finally {
      client.disconnect();
    }
  });

  test('connectComet picks the Comet38 client and parses status, block, block_results, commit, validators, blockchain, genesis', async () => {
    const rpc = await connectComet(url);
    try {
      expect(rpc).toBeInstanceOf(Comet38Client);
      const c = rpc as Comet38Client;
      const status = await c.status();
      expect(status.nodeInfo.network).toBe(CHAIN);
      expect(status.nodeInfo.version.startsWith('0.38.')).toBe(true);
      expect(status.nodeInfo.other.get('tx_index')).toBe('on');
      expect(toHex(status.validatorInfo.address).toUpperCase()).toBe(home.validator.address);
      expect(status.validatorInfo.votingPower).toBe(100_000n);
      const h = status.syncInfo.latestBlockHeight;
      const block = await c.block(h);
      expect(block.block.header.height).toBe(h);
      expect(toHex(block.blockId.hash)).toBe(toHex(status.syncInfo.latestBlockHash));
      if (h > 1) expect(block.block.lastCommit?.height).toBe(h - 1);
      const results = await c.blockResults(h);
      expect(results.height).toBe(h);
      const commit = await c.commit(h);
      expect(commit.commit.signatures[0]?.blockIdFlag).toBe(2);
      expect(toHex(commit.header.appHash)).toBe(toHex(block.block.header.appHash));
      expect((await c.validators({ height: h + 1 })).blockHeight).toBe(h + 1); // the next set is known
      const vals = await c.validatorsAll(h);
      expect(vals.validators).toHaveLength(1);
      expect(toHex(vals.validators[0]!.address).toUpperCase()).toBe(home.validator.address);
      expect(toHex(block.block.header.proposerAddress)).toBe(toHex(vals.validators[0]!.address));
      const chain = await c.blockchain(1, h);
      expect(chain.blockMetas[0]!.header.height).toBe(h);
      expect(chain.blockMetas.at(-1)!.header.height).toBe(Math.max(1, h - 19));
      const genesis = await c.genesis();
      expect(genesis.chainId).toBe(CHAIN);
      expect(genesis.consensusParams.block?.maxGas).toBeGreaterThan(0);
      const info = await c.abciInfo();
      expect(info.lastBlockHeight).toBeGreaterThanOrEqual(h);
      const q = await c.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: bob, denom: 'stake' }).finish() });
      expect(q.code).toBe(0);
      expect(q.height).toBeGreaterThanOrEqual(h);
      await c.health();
      const n = await c.numUnconfirmedTxs();
      expect(n.total).toBe(0);
      const found = await c.blockSearch({ query: 'block.height>=1 AND block.height<=2', order_by: 'desc' });
      expect(found.totalCount).toBe(2);
      expect(found.blocks.map((b) => b.block.header.height)).toEqual([1, 2]); // CosmJS sorts by height itself
      const minted = await c.blockSearchAll({ query: `mint.amount EXISTS AND block.height<=${h}` });
      expect(minted.totalCount).toBe(h);
    } finally {
      rpc.disconnect();
    }
  });

  test('SigningStargateClient: sendTokens and delegateTokens with fee "auto", getTx, searchTx', async () => {
    const client = await SigningStargateClient.connectWithSigner(url, alice, { gasPrice: GAS_PRICE, ...POLL });
    try {
      const [a] = await alice.getAccounts();
      const before = BigInt((await client.getBalance(bob, 'stake')).amount);
      const r = await client.sendTokens(a!.address, bob, coins(12345, 'stake'), 'auto', 'hello');
      expect(r.code).toBe(0);
      expect(r.gasUsed).toBeGreaterThan(0n);
      expect(r.gasUsed).toBeLessThanOrEqual(r.gasWanted);
      expect(r.events.some((e) => e.type === 'transfer')).toBe(true);
      expect(BigInt((await client.getBalance(bob, 'stake')).amount)).toBe(before + 12345n);
      const tx = await client.getTx(r.transactionHash);
      expect(tx?.height).toBe(r.height);
      expect(tx?.hash).toBe(r.transactionHash);
      const byRecipient = await client.searchTx(`transfer.recipient='${bob}'`);
      expect(byRecipient.map((t) => t.hash)).toContain(r.transactionHash);
      const byHeight = await client.searchTx([{ key: 'tx.height', value: r.height }]);
      expect(byHeight.map((t) => t.hash)).toContain(r.transactionHash);
      expect(await client.searchTx(`message.sender='${bob}'`)).toEqual([]);
      const rpc = await Comet38Client.connect(url);
      const page = await rpc.txSearch({ query: `message.sender='${a!.address}'`, order_by: 'desc', per_page: 1, page: 1 });
      expect(page.totalCount).toBe(1);
      expect(toHex(page.txs[0]!.hash).toUpperCase()).toBe(r.transactionHash);
      await expect(rpc.txSearch({ query: `message.sender='${a!.address}'`, page: 5 })).rejects.toThrow(/page should be within/);
      rpc.disconnect();
      expect((await client.getAccount(a!.address))?.sequence).toBe(1);

      const d = await client.delegateTokens(a!.address, valoper, coin(5_000_000, 'stake'), 'auto');
      expect(d.code).toBe(0);
      const del = await client.getDelegation(a!.address, valoper);
      expect(del).toEqual({ denom: 'stake', amount: '5000000' });
      // CheckTx refusals come back as results with a code, which CosmJS turns into BroadcastTxError.
      await expect(client.sendTokens(a!.address, bob, coins(1, 'stake'), { amount: coins(1, 'stake'), gas: '200000' })).rejects.toMatchObject({ code: 13, codespace: 'sdk' });
      const acc2 = (await client.getAccount(a!.address))!;
      const stale = await client.sign(a!.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a!.address, toAddress: bob, amount: coins(1, 'stake') } }], { amount: coins(5000, 'stake'), gas: '200000' }, '', {
        accountNumber: acc2.accountNumber,
        sequence: acc2.sequence - 1,
        chainId: CHAIN,
      });
      await expect(client.broadcastTx(TxRaw.encode(stale).finish(), POLL.broadcastTimeoutMs, POLL.broadcastPollIntervalMs)).rejects.toMatchObject({ code: 32, log: expect.stringMatching(/account sequence mismatch, expected \d+, got \d+: incorrect account sequence/) });
    } finally {
      client.disconnect();
    }
  });

  test('SigningCosmWasmClient: upload (gzip), instantiate, execute, queryContractSmart, migrate', async () => {
    const client = await SigningCosmWasmClient.connectWithSigner(url, validator, { gasPrice: GAS_PRICE, ...POLL });
    try {
      const [v] = await validator.getAccounts();
      const me = v!.address;
      const old = await client.upload(me, HACKATOM_1_0, 'auto');
      const up = await client.upload(me, HACKATOM, 'auto');
      expect(up.codeId).toBe(old.codeId + 1);
      expect(up.originalSize).toBe(HACKATOM.length);
      const codes = await client.getCodes();
      expect(codes.map((c) => c.id)).toEqual(expect.arrayContaining([old.codeId, up.codeId]));
      const inst = await client.instantiate(me, old.codeId, { verifier: me, beneficiary: bob }, 'hackatom', 'auto', { admin: me, funds: coins(1000, 'stake') });
      expect(inst.contractAddress).toMatch(/^mesh1/);
      expect(await client.queryContractSmart(inst.contractAddress, { verifier: {} })).toEqual({ verifier: me });
      const before = BigInt((await client.getBalance(bob, 'stake')).amount);
      const ex = await client.execute(me, inst.contractAddress, { release: {} }, 'auto');
      expect(ex.events.some((e) => e.type === 'wasm' && e.attributes.some((a) => a.key === 'action' && a.value === 'release'))).toBe(true);
      expect(BigInt((await client.getBalance(bob, 'stake')).amount)).toBe(before + 1000n);
      const mig = await client.migrate(me, inst.contractAddress, up.codeId, { verifier: bob }, 'auto');
      expect(mig.height).toBeGreaterThan(ex.height);
      expect(await client.queryContractSmart(inst.contractAddress, { verifier: {} })).toEqual({ verifier: bob });
      const history = await client.getContractCodeHistory(inst.contractAddress);
      expect(history.map((h) => [h.operation, h.codeId])).toEqual([['Init', old.codeId], ['Migrate', up.codeId]]);
      const contract = await client.getContract(inst.contractAddress);
      expect(contract.admin).toBe(me);
      expect(contract.codeId).toBe(up.codeId);
      await expect(client.queryContractSmart(inst.contractAddress, { nope: {} })).rejects.toThrow(/Query failed/);
    } finally {
      client.disconnect();
    }
  });

  test('websocket: NewBlock and Tx subscriptions with an event filter', async () => {
    const ws = new WebsocketClient(url.replace(/^http/, 'ws'));
    const c = Comet38Client.create(ws);
    try {
      const block = await new Promise<number>((resolve, reject) => {
        const sub = c.subscribeNewBlock().subscribe({
          next: (b) => {
            sub.unsubscribe();
            resolve(b.header.height);
          },
          error: reject,
        });
      });
      expect(block).toBeGreaterThan(1);
      const header = await new Promise<number>((resolve, reject) => {
        const sub = c.subscribeNewBlockHeader().subscribe({
          next: (h) => {
            sub.unsubscribe();
            resolve(h.height);
          },
          error: reject,
        });
      });
      expect(header).toBeGreaterThan(block);
      const signing = await SigningStargateClient.connectWithSigner(url, alice, { gasPrice: GAS_PRICE, ...POLL });
      const [a] = await alice.getAccounts();
      const seen = new Promise<{ hash: string; height: number }>((resolve, reject) => {
        const sub = c.subscribeTx(`transfer.recipient='${bob}'`).subscribe({
          next: (t) => {
            sub.unsubscribe();
            resolve({ hash: toHex(t.hash).toUpperCase(), height: t.height });
          },
          error: reject,
        });
      });
      // Let the subscription reach the node before the tx does.
      await new Promise((r) => setTimeout(r, 100));
      const r = await signing.sendTokens(a!.address, bob, coins(7, 'stake'), 'auto');
      signing.disconnect();
      const ev = await seen;
      expect(ev).toEqual({ hash: r.transactionHash, height: r.height });
    } finally {
      c.disconnect();
    }
  });

  test('broadcast_tx_commit, unknown tx, tx by hash', async () => {
    const signing = await SigningStargateClient.connectWithSigner(url, alice, { gasPrice: GAS_PRICE, ...POLL });
    try {
      const [a] = await alice.getAccounts();
      const raw = await signing.sign(a!.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: a!.address, toAddress: bob, amount: coins(3, 'stake') } }], { amount: coins(5000, 'stake'), gas: '200000' }, '');
      const bytes = TxRaw.encode(raw).finish();
      const rpc = await Comet38Client.connect(url);
      const res = await rpc.broadcastTxCommit({ tx: bytes });
      expect(res.checkTx.code).toBe(0);
      expect(res.txResult?.code).toBe(0);
      expect(res.height).toBeGreaterThan(0);
      const again = await rpc.tx({ hash: res.hash });
      expect(again.height).toBe(res.height);
      await expect(rpc.tx({ hash: new Uint8Array(32) })).rejects.toThrow(/not found/);
      // The same bytes again: the mempool cache refuses them.
      await expect(rpc.broadcastTxSync({ tx: bytes })).rejects.toThrow(/already exists in cache/);
      rpc.disconnect();
    } finally {
      signing.disconnect();
    }
  });

  test('a large block yields to RPC: queries are answered while its txs execute, from committed state', async () => {
    // A node of its own with slow blocks, so the 250 txs below land in one or two large blocks.
    const dir2 = mkdtempSync(join(tmpdir(), 'meshwork-node-yield-'));
    await initHome({ home: dir2, chainId: 'yield-1', accounts: 2, config: { rpc: { laddr: '127.0.0.1:0', rate_limit: { requests_per_second: 0, burst: 1 }, max_batch_size: 250 }, consensus: { block_time_ms: 1500 } } });
    const n2 = MeshworkNode.open({ home: dir2, logger: silentLogger() });
    const url2 = (await n2.start()).url;
    try {
      const [k0, k1] = readKeyring(dir2);
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(k0!.mnemonic, { prefix: 'mesh' });
      const offline = await SigningStargateClient.offline(wallet);
      // Signed before any request to the node: the seconds of signing (more on a loaded machine)
      // would leave a keep-alive connection idle until the server's 5 s timeout, and a request sent
      // on it just as the server closes it fails with ECONNRESET.
      const account = n2.m.keepers.auth.getAccount(n2.app.queryContext(), k0!.address)!;
      const txs: Uint8Array[] = [];
      for (let i = 0; i < 250; i++) {
        const raw = await offline.sign(k0!.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: k0!.address, toAddress: k1!.address, amount: coins(1, 'stake') } }], { amount: coins(5000, 'stake'), gas: '200000' }, '', { accountNumber: account.accountNumber, sequence: Number(account.sequence) + i, chainId: 'yield-1' });
        txs.push(TxRaw.encode(raw).finish());
      }
      const query = await StargateClient.connect(url2);
      const before = BigInt((await query.getBalance(k1!.address, 'stake')).amount);
      // Count the queries the node runs while a block is open.
      let answeredInsideBlock = 0;
      const appQuery = n2.app.query.bind(n2.app);
      n2.app.query = (req) => {
        if (n2.driver.openBlock !== undefined) answeredInsideBlock++;
        return appQuery(req);
      };
      // One JSON-RPC batch (admitted in its order), so all 250 reach the mempool within a block
      // time even on a loaded machine, where 250 sequential requests would spread them over many
      // small blocks.
      const batch = await post(url2, JSON.stringify(txs.map((tx, i) => ({ jsonrpc: '2.0', id: i, method: 'broadcast_tx_sync', params: { tx: Buffer.from(tx).toString('base64') } }))));
      const replies = batch.body as unknown as { result: { code: number; log: string } }[];
      expect(replies.map((r) => r.result.log)).toEqual(new Array(250).fill(''));
      expect(replies.map((r) => r.result.code)).toEqual(new Array(250).fill(0));
      // Four clients keep asking until all 250 are committed.
      await Promise.all(
        [0, 1, 2, 3].map(async () => {
          for (;;) {
            const got = BigInt((await query.getBalance(k1!.address, 'stake')).amount) - before;
            // Each reply is a committed state: whole blocks of txs, never part of one.
            expect(got).toBeLessThanOrEqual(250n);
            if (got === 250n) return;
          }
        }),
      );
      n2.app.query = appQuery;
      expect(answeredInsideBlock).toBeGreaterThan(0);
      query.disconnect();
    } finally {
      await n2.stop();
      rmSync(dir2, { recursive: true, force: true });
    }
  });

  test('malformed JSON-RPC requests get JSON-RPC errors and the node keeps serving', async () => {
    const bad = await post(url, '{"jsonrpc":"2.0","id":1,"method":');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe(-32700);
    const notObject = await post(url, '42');
    expect(notObject.body.error?.code).toBe(-32600);
    const noVersion = await post(url, JSON.stringify({ id: 2, method: 'status' }));
    expect(noVersion.body.error?.code).toBe(-32600);
    expect(noVersion.body.id).toBe(2);
    const unknown = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'no_such_method', params: {} }));
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32601 } });
    const proto = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'toString' }));
    expect(proto.body.error?.code).toBe(-32601);
    const wrongParams = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 5, method: 'block', params: { height: 'abc' } }));
    expect(wrongParams.body).toMatchObject({ id: 5, error: { code: -32602 } });
    const badHex = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 6, method: 'abci_query', params: { path: '/x', data: 'zz' } }));
    expect(badHex.body.error?.code).toBe(-32602);
    const badTx = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'broadcast_tx_sync', params: { tx: '!!!' } }));
    expect(badTx.body.error?.code).toBe(-32602);
    const garbageTx = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 8, method: 'broadcast_tx_sync', params: { tx: 'AAAA' } }));
    expect((garbageTx.body.result as { code: number }).code).toBe(2); // CheckTx: tx parse error, as a result
    const future = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'block', params: { height: '999999' } }));
    expect(future.body.error).toMatchObject({ code: -32603, data: expect.stringMatching(/must be less than or equal/) });
    const badQuery = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 10, method: 'tx_search', params: { query: 'tx.height >>> 1' } }));
    expect(badQuery.body.error?.code).toBe(-32603);
    const positional = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 11, method: 'block', params: ['1'] }));
    expect((positional.body.result as { block: { header: { height: string } } }).block.header.height).toBe('1');
    const huge = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 12, method: 'broadcast_tx_sync', params: { tx: 'A'.repeat(3_000_000) } }));
    expect(huge.status).toBe(413);
    expect(huge.body.error?.code).toBe(-32600);
    const batch = await post(url, JSON.stringify([{ jsonrpc: '2.0', id: 'a', method: 'health' }, { jsonrpc: '2.0', id: 'b', method: 'nope' }, { jsonrpc: '2.0', method: 'health' }, 17]));
    expect(batch.status).toBe(200);
    const items = batch.body as unknown as { id: unknown; result?: unknown; error?: { code: number } }[];
    expect(items.map((i) => [i.id, i.error?.code ?? 'ok'])).toEqual([['a', 'ok'], ['b', -32601], [null, -32600]]);
    expect((await post(url, '[]')).body.error?.code).toBe(-32600);
    const notPost = await fetch(url, { method: 'PUT', body: '{}' });
    expect(notPost.status).toBe(405);
    // Raw garbage on the socket is a client error, not a crash.
    const { connect } = await import('node:net');
    const port = Number(new URL(url).port);
    await new Promise<void>((resolve) => {
      const s = connect(port, '127.0.0.1', () => s.write('NOT HTTP AT ALL\r\n\r\n'));
      s.on('data', () => {});
      s.on('close', () => resolve());
      s.on('error', () => resolve());
    });
    // Still serving.
    const client = await StargateClient.connect(url);
    expect(await client.getChainId()).toBe(CHAIN);
    client.disconnect();
  });

  test('GET URI methods, CORS preflight, /health, /ready, /metrics', async () => {
    const status = (await (await fetch(`${url}/status`)).json()) as { result: { node_info: { network: string } } };
    expect(status.result.node_info.network).toBe(CHAIN);
    const data = Buffer.from(QueryBalanceRequest.encode({ address: bob, denom: 'stake' }).finish()).toString('hex');
    const q = (await (await fetch(`${url}/abci_query?path=%22/cosmos.bank.v1beta1.Query/Balance%22&data=0x${data}`)).json()) as { result: { response: { code: number; value: string; height: string } } };
    expect(q.result.response.code).toBe(0);
    expect(Number(q.result.response.height)).toBeGreaterThan(0);
    const proof = (await (await fetch(`${url}/abci_query?path=%22/store/bank/key%22&data=0x00&prove=true`)).json()) as { result: { response: { proofOps: { ops: { type: string }[] } } } };
    expect(proof.result.response.proofOps.ops.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple']);
    const call = async (method: string, params: Record<string, unknown> = {}) => (await post(url, JSON.stringify({ jsonrpc: '2.0', id: method, method, params }))).body;
    expect((await call('num_unconfirmed_txs')).result).toMatchObject({ total: '0', total_bytes: '0' });
    expect((await call('unconfirmed_txs', { limit: '5' })).result).toMatchObject({ n_txs: '0', txs: [] });
    expect((await call('net_info')).result).toMatchObject({ listening: true, n_peers: '0' });
    expect((await call('consensus_params')).result).toMatchObject({ consensus_params: { block: { max_bytes: '22020096' } } });
    const chunk = (await call('genesis_chunked', { chunk: '0' })).result as { data: string; total: number };
    expect(JSON.parse(Buffer.from(chunk.data, 'base64').toString()).chain_id).toBe(CHAIN);
    expect((await call('subscribe', { query: "tm.event='NewBlock'" })).error?.data).toMatch(/only available over the websocket/);
    const byHash = (await call('block_by_hash', { hash: Buffer.from(((await call('block', { height: '2' })).result as { block_id: { hash: string } }).block_id.hash, 'hex').toString('base64') })).result as { block: { header: { height: string } } };
    expect(byHash.block.header.height).toBe('2');
    const unknown = await fetch(`${url}/nope`);
    expect(unknown.status).toBe(404);
    const pre = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://example.com', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { result: unknown }).result).toEqual({});
    const ready = await fetch(`${url}/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const height = Number(/^meshwork_consensus_height (\d+)$/m.exec(metrics)?.[1]);
    expect(height).toBeGreaterThan(1);
    expect(metrics).toMatch(/^# TYPE meshwork_consensus_total_txs counter$/m);
    expect(Number(/^meshwork_consensus_total_txs (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(8);
    expect(metrics).toMatch(/^meshwork_mempool_size \d+$/m);
    expect(metrics).toMatch(/^meshwork_rpc_requests_total\{method="status"\} \d+$/m);
    expect(metrics).toMatch(/^meshwork_consensus_gas_used_total \d+$/m);
    expect(metrics).toMatch(/^meshwork_crypto_secp256k1_backend_info\{backend="native",library="libsecp256k1 \(secp256k1@[\d.]+, N-API\)"\} 1$/m);
  });

  test('restart from disk: same height, block hash and app hash; the chain continues from there', async () => {
    const client = await StargateClient.connect(url);
    const [a] = await alice.getAccounts();
    const balance = await client.getBalance(a!.address, 'stake');
    client.disconnect();
    // Read back after the stop: the last block durable on disk is what a restart sees.
    await node.stop();
    const stoppedAt = node.height;
    const { SqliteBlockStore } = await import('../../chain/blockstore/sqlite.js');
    const onDisk = new SqliteBlockStore(join(dir, 'data', 'state.db'));
    expect(onDisk.height).toBe(stoppedAt);
    const lastHash = toHex(onDisk.block(stoppedAt)!.blockId.hash);
    const lastAppHash = toHex(onDisk.results(stoppedAt)!.appHash);
    onDisk.close();

    // A crashed node leaves its lock behind; a live one keeps others out.
    writeFileSync(join(dir, 'data', 'LOCK'), '999999999');
    const blocker = MeshworkNode.open({ home: dir, logger: silentLogger(), config: { consensus: { block_time_ms: 3_600_000 } } });
    expect(() => MeshworkNode.open({ home: dir, logger: silentLogger() })).toThrow(/in use by another meshwork node/);
    await blocker.stop();

    // A very long block time: nothing moves until we produce a block ourselves.
    node = MeshworkNode.open({ home: dir, logger: silentLogger(), config: { consensus: { block_time_ms: 3_600_000 }, rpc: { rate_limit: { requests_per_second: 5, burst: 20 } } } });
    url = (await node.start()).url;
    const rpc = await Comet38Client.connect(url);
    const status = await rpc.status();
    expect(status.syncInfo.latestBlockHeight).toBe(stoppedAt);
    expect(toHex(status.syncInfo.latestBlockHash)).toBe(lastHash);
    expect(toHex((await rpc.abciInfo()).lastBlockAppHash!)).toBe(lastAppHash);
    const c2 = await StargateClient.connect(url);
    expect(await c2.getBalance(a!.address, 'stake')).toEqual(balance);
    c2.disconnect();
    // A height from before the restart, long out of memory: read back from disk, with the genesis balance.
    const { QueryBalanceResponse } = await import('cosmjs-types/cosmos/bank/v1beta1/query');
    const old = await rpc.abciQuery({ path: '/cosmos.bank.v1beta1.Query/Balance', data: QueryBalanceRequest.encode({ address: a!.address, denom: 'stake' }).finish(), height: 2 });
    expect(old.code).toBe(0);
    expect(old.height).toBe(2);
    expect(QueryBalanceResponse.decode(old.value).balance?.amount).toBe('1000000000000');
    const proven = await rpc.abciQuery({ path: '/store/bank/key', data: new Uint8Array([2]), height: 2, prove: true });
    expect(proven.proof?.ops.map((o) => o.type)).toEqual(['ics23:iavl', 'ics23:simple']);

    const next = node.produceBlock();
    expect(Number(next.header.height)).toBe(stoppedAt + 1);
    expect(toHex(next.header.lastBlockId.hash)).toBe(lastHash);
    expect(toHex(next.header.appHash)).toBe(lastAppHash);
    const b = await rpc.block(stoppedAt + 1);
    expect(toHex(b.block.header.appHash)).toBe(lastAppHash);
    rpc.disconnect();

    // The per-client rate limit of this configuration (burst 20): a flood gets 429s, then it recovers.
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => post(url, JSON.stringify({ jsonrpc: '2.0', id: i, method: 'health' }))));
    const limited = replies.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.body.error?.code).toBe(-32000);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await post(url, JSON.stringify({ jsonrpc: '2.0', id: 'x', method: 'health' }))).status).toBe(200);
  });

  test('a home whose database belongs to another chain is refused', async () => {
    const other = mkdtempSync(join(tmpdir(), 'meshwork-node-other-'));
    try {
      await initHome({ home: other, chainId: 'another-chain', accounts: 1 });
      const { cpSync } = await import('node:fs');
      await node.stop();
      cpSync(join(dir, 'data'), join(other, 'data'), { recursive: true });
      expect(() => MeshworkNode.open({ home: other, logger: silentLogger() })).toThrow(/holds chain meshwork-node-1, but genesis.json is for another-chain/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

async function waitForHeight(client: StargateClient, h: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const now = await client.getHeight();
    if (now >= h) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`height ${h} not reached`);
}
