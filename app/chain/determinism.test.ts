import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { createMeshworkApp, MESHWORK_STORES, type MeshworkApp } from './meshwork-app.js';
import { SqliteStore } from '../../chain/store/sqlite.js';
import { TxSigner } from '../../chain/testkit/signer.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import type { GenesisDoc } from '../../chain/kernel/baseapp.js';

const CHAIN = 'determinism-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** A fixed script of signed blocks: sends between a few accounts, some failing. */
async function script(): Promise<{ genesis: GenesisDoc; blocks: Uint8Array[][] }> {
  const users = await Promise.all(['a', 'b', 'c', 'd'].map((l) => TxSigner.fromLabel(`det/${l}`, 'mesh')));
  const genesis: GenesisDoc = {
    chainId: CHAIN,
    genesisTime: T0,
    initialHeight: 1,
    appState: { bank: { balances: users.map((u, i) => ({ address: u.address, coins: [{ denom: 'stake', amount: String(1_000_000 * (i + 1)) }] })) } },
  };
  // Account numbers as genesis assigns them (module accounts come first).
  const probe = createMeshworkApp({ chainId: CHAIN });
  probe.app.initChain(genesis);
  probe.app.finalizeBlock({ height: 1, time: T0, proposer: new Uint8Array(20), txs: [], lastCommit: { round: 0, votes: [] }, misbehavior: [] });
  probe.app.commit();
  const accNum = users.map((u) => probe.keepers.auth.getAccount(probe.app.queryContext(), u.address)!.accountNumber);
  const seq = [0, 0, 0, 0];
  const blocks: Uint8Array[][] = [];
  for (let b = 0; b < 12; b++) {
    const txs: Uint8Array[] = [];
    for (let i = 0; i < 3; i++) {
      const k = (b + i) % 4;
      const amount = b % 5 === 4 && i === 0 ? '999999999' : String(100 + b * 7 + i);
      txs.push(
        await users[k]!.sign({
          msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: users[k]!.address, toAddress: users[(k + 1) % 4]!.address, amount: [{ denom: 'stake', amount }] }) }],
          fee: { amount: [{ denom: 'stake', amount: '500' }], gas: 200_000 },
          chainId: CHAIN,
          accountNumber: accNum[k]!,
          sequence: seq[k]!++,
        }),
      );
    }
    blocks.push(txs);
  }
  return { genesis, blocks };
}

function run(m: MeshworkApp, blocks: Uint8Array[][], from: number, to: number): string[] {
  const hashes: string[] = [];
  for (let h = from; h <= to; h++) {
    const r = m.app.finalizeBlock({ height: h, time: T0 + BigInt(h) * 5n * NS_PER_SECOND, proposer: new Uint8Array(20), txs: blocks[h - 1]!, lastCommit: { round: 0, votes: [] }, misbehavior: [] });
    const committed = m.app.commit();
    expect(hex(committed)).toBe(hex(r.appHash));
    hashes.push(hex(committed));
  }
  return hashes;
}

describe('determinism', () => {
  let s: Awaited<ReturnType<typeof script>>;
  before(async () => {
    s = await script();
  });

  test('the same blocks give the same app hash at every height, in memory and on disk across a restart', () => {
    const a = createMeshworkApp({ chainId: CHAIN });
    a.app.initChain(s.genesis);
    const ref = run(a, s.blocks, 1, 12);
    expect(new Set(ref).size).toBe(12);
    // Fees reach the fee collector, then distribution (community pool: no validators here) a block later.
    const bal = (name: string) => a.keepers.bank.getBalance(a.app.queryContext(), a.keepers.auth.moduleAddress(name), 'stake').amount;
    expect(bal('fee_collector') + bal('distribution')).toBe(36n * 500n);

    const b = createMeshworkApp({ chainId: CHAIN });
    b.app.initChain(s.genesis);
    expect(run(b, s.blocks, 1, 12)).toEqual(ref);

    const dir = mkdtempSync(join(tmpdir(), 'meshwork-det-'));
    try {
      const file = join(dir, 'state.db');
      let disk = new SqliteStore(file, MESHWORK_STORES);
      let c = createMeshworkApp({ chainId: CHAIN, store: disk.multistore });
      c.app.initChain(s.genesis);
      const first = run(c, s.blocks, 1, 7);
      disk.close();
      disk = new SqliteStore(file, MESHWORK_STORES);
      expect(disk.version).toBe(7);
      c = createMeshworkApp({ chainId: CHAIN, store: disk.multistore });
      expect(hex(c.app.lastAppHash())).toBe(ref[6]);
      c.app.setLastHeader({ chainId: CHAIN, height: 7, time: T0 + 35n * NS_PER_SECOND, proposer: new Uint8Array(20) });
      const rest = run(c, s.blocks, 8, 12);
      disk.close();
      expect([...first, ...rest]).toEqual(ref);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
