/**
 * The node's signature verify pool: CheckTx signatures are verified on worker threads before the
 * mempool admits a tx, pipelined txs of one sender are admitted in arrival order whatever order the
 * pool answers in, and the pool's use shows in /metrics.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { TxSigner } from '../../chain/testkit/signer.js';
import { initHome, readKeyring } from './home.js';
import { MeshworkNode } from './node.js';
import { silentLogger } from './log.js';

const CHAIN = 'verify-pool-1';

describe('node signature verify pool', () => {
  let dir: string;
  let node: MeshworkNode;
  let signer: TxSigner;
  let to: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-node-verify-'));
    await initHome({ home: dir, chainId: CHAIN, accounts: 2, config: { rpc: { laddr: '127.0.0.1:0' }, consensus: { block_time_ms: 600_000 }, app: { signature_verify_threads: 2 } } });
    const [k0, k1] = readKeyring(dir);
    node = MeshworkNode.open({ home: dir, logger: silentLogger() });
    signer = await TxSigner.fromMnemonic(k0!.mnemonic, 'mesh');
    to = k1!.address;
  });
  after(async () => {
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const account = (): { accountNumber: bigint; sequence: bigint } => node.m.keepers.auth.getAccount(node.app.queryContext(), signer.address)!;

  test('pipelined broadcasts of one sender are verified on the pool and admitted in sequence order; the block delivers them all', async () => {
    {
      const { accountNumber } = account();
      const txs: Uint8Array[] = [];
      for (let seq = 0; seq < 24; seq++) {
        txs.push(
          await signer.sign({
            msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: signer.address, toAddress: to, amount: [{ denom: 'stake', amount: '1' }] }) }],
            fee: { amount: [{ denom: 'stake', amount: '500' }], gas: 150_000 },
            chainId: CHAIN,
            accountNumber,
            sequence: seq,
          }),
        );
      }
      // All at once, none awaited before the next: sequence n+1 must not be checked before n.
      const results = await Promise.all(txs.map((t) => node.broadcast(t)));
      for (const r of results) expect(r.check.log).toBe('');
      expect(results.every((r) => r.added)).toBe(true);
      expect(node.mempool.size).toBe(24);

      const metrics = node.metrics.render();
      expect(metrics).toMatch(/meshwork_verify_pool_checks_total\{outcome="verified",source="check_tx"\} 24\b|meshwork_verify_pool_checks_total\{source="check_tx",outcome="verified"\} 24\b/);
      expect(metrics).toMatch(/meshwork_verify_pool_threads\{backend="[a-z]+"\} 2/);

      const block = node.produceBlock();
      expect(block.results.txResults.map((r) => r.code)).toEqual(new Array(24).fill(0));
      expect(node.mempool.size).toBe(0);
      // The carried hashes are the tx hashes the block store indexes.
      expect(block.txHashes.map((h) => node.blockStore.tx(h)?.index)).toEqual(txs.map((_, i) => i));
    }
  });

  test('a forged signature is refused by CheckTx with the pool in use, and changes nothing', async () => {
    {
      const { accountNumber, sequence } = account();
      const good = await signer.sign({
        msgs: [{ typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: signer.address, toAddress: to, amount: [{ denom: 'stake', amount: '1' }] }) }],
        fee: { amount: [{ denom: 'stake', amount: '500' }], gas: 150_000 },
        chainId: CHAIN,
        accountNumber,
        sequence: Number(sequence),
      });
      const forged = good.slice();
      forged[forged.length - 5] ^= 1; // inside the signature, the last field of TxRaw
      const r = await node.broadcast(forged);
      expect(r.added).toBe(false);
      expect(r.check.code).toBe(4); // sdk ErrUnauthorized: signature verification failed
      expect(node.mempool.size).toBe(0);
      expect((await node.broadcast(good)).added).toBe(true);
    }
  });
});
