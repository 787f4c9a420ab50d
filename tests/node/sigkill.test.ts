/**
 * `meshwork start` killed with SIGKILL, many times, under a stream of signed txs. After every
 * restart the node must resume at or above the last height a client saw, with the same block
 * hashes, the same txs at the same heights, and an app hash that the next block's header carries.
 * At the end the stored chain must replay from genesis to identical block IDs and app hashes, and
 * the balances and sequences must account for exactly the committed txs.
 *
 * Runs the built CLI (`bin/meshwork.js`, as a user does): `npm run build` first.
 */
import { describe, test, after } from 'node:test';
import { expect } from 'expect';
import { spawnSync, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { SigningStargateClient } from '@cosmjs/stargate';
import { sha256 } from '@noble/hashes/sha2.js';
import { TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { QueryAccountRequest, QueryAccountResponse } from 'cosmjs-types/cosmos/auth/v1beta1/query';
import { BaseAccount } from 'cosmjs-types/cosmos/auth/v1beta1/auth';
import { QueryBalanceRequest, QueryBalanceResponse } from 'cosmjs-types/cosmos/bank/v1beta1/query';
import { initHome, readKeyring } from '../../app/node/home.js';
import { replayHome } from '../../app/node/replay.js';
import { spawnNodeProcess, type NodeProcess } from '../../app/node/spawn.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHAIN = 'sigkill-1';
const KILLS = 12;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex').toUpperCase();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface RpcResult {
  result?: Record<string, unknown>;
  error?: { message: string; data?: string };
}

async function rpc(url: string, method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await res.json()) as RpcResult;
  if (body.result === undefined) throw new Error(`${method}: ${body.error?.message} ${body.error?.data ?? ''}`);
  return body.result;
}

/** Live children, killed if a test fails midway (a leftover node would keep the test process alive). */
const children = new Set<ChildProcess>();

function startNode(home: string): NodeProcess {
  const p = spawnNodeProcess(join(ROOT, 'bin', 'meshwork.js'), home);
  children.add(p.child);
  void p.exited.then(() => children.delete(p.child));
  return p;
}

interface Sender {
  address: string;
  client: SigningStargateClient;
  accountNumber: bigint;
  sequence: number;
  /** Hashes this sender broadcast (committed or not). */
  sent: Set<string>;
}

describe('SIGKILL under load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meshwork-sigkill-'));
  after(() => {
    for (const c of children) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test(`${KILLS} SIGKILLs under a tx stream: every restart resumes consistently, no committed tx is lost`, async () => {
    await initHome({ home: dir, chainId: CHAIN, accounts: 4, config: { consensus: { block_time_ms: 120 }, rpc: { rate_limit: { requests_per_second: 0, burst: 1 } } } });
    const keyring = readKeyring(dir);
    const receiver = keyring[3]!.address;
    const senders: Sender[] = [];
    for (const k of keyring.slice(1, 3)) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(k.mnemonic, { prefix: 'mesh' });
      senders.push({ address: k.address, client: await SigningStargateClient.offline(wallet), accountNumber: 0n, sequence: 0, sent: new Set() });
    }

    /** What clients saw committed: height → block hash and its txs' hashes. */
    const seenBlocks = new Map<number, { hash: string; txs: string[] }>();
    const seenTxHeight = new Map<string, number>();
    let seenHeight = 0;

    for (let round = 0; round <= KILLS; round++) {
      const node = startNode(dir);
      const url = await node.url;

      // The restart resumed at or above everything seen, with the same blocks and txs.
      const status = (await rpc(url, 'status')) as { sync_info: { latest_block_height: string } };
      const resumedAt = Number(status.sync_info.latest_block_height);
      expect(resumedAt).toBeGreaterThanOrEqual(seenHeight);
      for (const [height, b] of seenBlocks) {
        const blk = (await rpc(url, 'block', { height: String(height) })) as { block_id: { hash: string } };
        expect(blk.block_id.hash).toBe(b.hash);
      }
      for (const [h, height] of seenTxHeight) {
        const tx = (await rpc(url, 'tx', { hash: Buffer.from(h, 'hex').toString('base64') })) as { height: string; tx_result: { code: number } };
        expect(Number(tx.height)).toBe(height);
        expect(tx.tx_result.code).toBe(0);
      }
      // The app hash the node reports after resuming is the one the next block's header carries.
      const info = (await rpc(url, 'abci_info')) as { response: { last_block_height: string; last_block_app_hash: string } };
      const resumedHash = Buffer.from(info.response.last_block_app_hash, 'base64').toString('hex').toUpperCase();
      const infoHeight = Number(info.response.last_block_height);
      let nextHeader: { app_hash: string } | undefined;
      while (nextHeader === undefined) {
        try {
          nextHeader = ((await rpc(url, 'block', { height: String(infoHeight + 1) })) as { block: { header: { app_hash: string } } }).block.header;
        } catch {
          await sleep(30);
        }
      }
      expect(nextHeader.app_hash).toBe(resumedHash);

      if (round === KILLS) {
        node.child.kill('SIGTERM');
        expect(await node.exited).toBe(0);
        break;
      }

      // Stream txs from both senders (sequences from the chain: what the kill dropped is re-signed).
      for (const s of senders) {
        const acc = (await rpc(url, 'abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: hexAccountQuery(s.address) })) as { response: { value: string } };
        const { accountNumber, sequence } = decodeBaseAccount(acc.response.value);
        s.accountNumber = accountNumber;
        s.sequence = sequence;
      }
      let stop = false;
      const stream = (async () => {
        while (!stop) {
          for (const s of senders) {
            const raw = await s.client.sign(s.address, [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: s.address, toAddress: receiver, amount: [{ denom: 'stake', amount: '1' }] } }], { amount: [{ denom: 'stake', amount: '500' }], gas: '120000' }, '', {
              accountNumber: s.accountNumber,
              sequence: s.sequence,
              chainId: CHAIN,
            });
            const bytes = TxRaw.encode(raw).finish();
            try {
              const r = (await rpc(url, 'broadcast_tx_sync', { tx: Buffer.from(bytes).toString('base64') })) as { code: number };
              if (r.code === 0) {
                s.sent.add(hex(sha256(bytes)));
                s.sequence++;
              }
            } catch {
              return; // the node is gone
            }
          }
          await sleep(15);
        }
      })();
      // A client watching blocks as they commit.
      const watch = (async () => {
        while (!stop) {
          try {
            const st = (await rpc(url, 'status')) as { sync_info: { latest_block_height: string } };
            const latest = Number(st.sync_info.latest_block_height);
            for (let height = seenHeight + 1; height <= latest; height++) {
              const blk = (await rpc(url, 'block', { height: String(height) })) as { block_id: { hash: string }; block: { data: { txs: string[] | null } } };
              const txs = (blk.block.data.txs ?? []).map((t) => hex(sha256(Buffer.from(t, 'base64'))));
              seenBlocks.set(height, { hash: blk.block_id.hash, txs });
              for (const t of txs) seenTxHeight.set(t, height);
              seenHeight = height;
            }
          } catch {
            return;
          }
          await sleep(40);
        }
      })();
      // Kill at a varying moment: mid-block, mid-commit, between blocks.
      await sleep(400 + ((round * 337) % 900));
      node.child.kill('SIGKILL');
      expect(await node.exited).toBe('SIGKILL');
      stop = true;
      await Promise.all([stream, watch]);
    }

    // Every tx in the stored chain came from our senders and succeeded; balances and sequences add up.
    const report = replayHome(dir);
    expect(report.mismatch).toBeUndefined();
    expect(report.verified).toBe(report.storedHeight);
    expect(report.storedHeight).toBeGreaterThanOrEqual(seenHeight);
    const node = startNode(dir);
    const url = await node.url;
    let committed = 0;
    for (const s of senders) {
      const acc = (await rpc(url, 'abci_query', { path: '/cosmos.auth.v1beta1.Query/Account', data: hexAccountQuery(s.address) })) as { response: { value: string } };
      const { sequence } = decodeBaseAccount(acc.response.value);
      const found = (await rpc(url, 'tx_search', { query: `message.sender='${s.address}'`, per_page: '1' })) as { total_count: string };
      expect(Number(found.total_count)).toBe(sequence);
      committed += sequence;
    }
    const bal = (await rpc(url, 'abci_query', { path: '/cosmos.bank.v1beta1.Query/Balance', data: hexBalanceQuery(receiver, 'stake') })) as { response: { value: string } };
    expect(decodeBalance(bal.response.value)).toBe(1_000_000_000_000n + BigInt(committed));
    // The stream really ran across the kills.
    expect(committed).toBeGreaterThan(KILLS * 4);
    expect(seenTxHeight.size).toBeGreaterThan(0);
    node.child.kill('SIGTERM');
    expect(await node.exited).toBe(0);

    // The operator's command says the same; and it notices a stored tx altered behind the node's back.
    const ok = spawnSync(process.execPath, ['bin/meshwork.js', 'replay', '--home', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/every block ID and app hash matches/);
    const [height] = [...seenTxHeight.values()];
    const db = new Database(join(dir, 'data', 'state.db'));
    db.prepare("UPDATE bs_txs SET tx = tx || X'00' WHERE height = ? AND idx = 0").run(height);
    db.close();
    const bad = spawnSync(process.execPath, ['bin/meshwork.js', 'replay', '--home', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`height ${height} differs after ${height! - 1} identical blocks: block ID stored`));
  });
});

// ----- query encodings (cosmjs-types) ------------------------------------------------------------

function hexAccountQuery(address: string): string {
  return Buffer.from(QueryAccountRequest.encode({ address }).finish()).toString('hex');
}
function decodeBaseAccount(b64: string): { accountNumber: bigint; sequence: number } {
  const any = QueryAccountResponse.decode(Buffer.from(b64, 'base64')).account!;
  const acc = BaseAccount.decode(any.value);
  return { accountNumber: acc.accountNumber, sequence: Number(acc.sequence) };
}
function hexBalanceQuery(address: string, denom: string): string {
  return Buffer.from(QueryBalanceRequest.encode({ address, denom }).finish()).toString('hex');
}
function decodeBalance(b64: string): bigint {
  return BigInt(QueryBalanceResponse.decode(Buffer.from(b64, 'base64')).balance!.amount);
}
