/**
 * `meshwork devnet` as a user runs it: two node processes and a relayer process on loopback. A
 * cross-chain ICS-20 packet is sent over RPC with the stock CosmJS client, the relayer is killed
 * (SIGKILL) while the packet is in flight and restarted by the devnet, and the packet is delivered
 * exactly once and acknowledged. Needs `npm run build` (the CLI runs from dist/).
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, SigningStargateClient, StargateClient } from '@cosmjs/stargate';
import { Comet38Client } from '@cosmjs/tendermint-rpc';
import { ibcDenom, parseDenomTrace } from '../../ibc/transfer/denom.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const built = existsSync('dist/app/cli/main.js');

describe('meshwork devnet', () => {
  test('a packet sent over RPC is delivered exactly once across relayer kills', { skip: built ? false : 'run npm run build first', timeout: 400_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-devnet-'));
    const portA = 41000 + Math.floor(Math.random() * 2000) * 2;
    const portB = portA + 1;
    const devnet = spawn(process.execPath, ['bin/meshwork.js', 'devnet', '--dir', dir, '--port-a', String(portA), '--port-b', String(portB), '--block-time-ms', '300'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    devnet.stdout.on('data', (d: Buffer) => (out += d.toString()));
    devnet.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await until('the devnet to be ready', async () => (out.includes('Ctrl-C stops all three') ? true : undefined), 240_000);
      const path = JSON.parse(readFileSync(join(dir, 'relayer-path.json'), 'utf8')) as { transfer: { A: { channelId: string }; B: { channelId: string } } };
      const urlA = `http://127.0.0.1:${portA}`;
      const urlB = `http://127.0.0.1:${portB}`;
      const keyring = (home: string) => (JSON.parse(readFileSync(join(home, 'keyring.json'), 'utf8')) as { accounts: { name: string; mnemonic: string; address: string }[] }).accounts;
      const sender = keyring(join(dir, 'a')).find((x) => x.name === 'account1')!;
      const receiver = keyring(join(dir, 'b')).find((x) => x.name === 'account1')!.address;
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(sender.mnemonic, { prefix: 'mesh' });
      const client = await SigningStargateClient.connectWithSigner(urlA, wallet, { gasPrice: GasPrice.fromString('0.025stake') });
      const timeoutNs = BigInt(Date.now() + 600_000) * 1_000_000n;
      const r = await client.sendIbcTokens(sender.address, receiver, { denom: 'stake', amount: '4321' }, 'transfer', path.transfer.A.channelId, undefined, Number(timeoutNs / 1_000_000_000n), 'auto');
      expect(r.code).toBe(0);

      // Mid-flight: kill the relayer; the devnet restarts it, and it resumes from chain state.
      const killRelayer = () => process.kill(Number(readFileSync(join(dir, 'relayer.pid'), 'utf8')), 'SIGKILL');
      killRelayer();
      await until('the relayer restart', async () => (out.includes('restarting it') ? true : undefined), 30_000);
      await sleep(1500);
      killRelayer();

      const voucher = ibcDenom(parseDenomTrace(`transfer/${path.transfer.B.channelId}/stake`));
      const b = await StargateClient.connect(urlB);
      await until('the voucher on B', async () => ((await b.getBalance(receiver, voucher)).amount === '4321' ? true : undefined), 180_000);
      // Acknowledged on A: no packet commitment left (the relayer keeps clearing).
      const cometA = await Comet38Client.connect(urlA);
      await until('the ack on A', async () => {
        const res = await cometA.txSearchAll({ query: `acknowledge_packet.packet_sequence='1'` });
        return res.txs.some((t) => t.result.code === 0) ? true : undefined;
      }, 180_000);
      await sleep(2000);
      expect((await b.getBalance(receiver, voucher)).amount).toBe('4321');
      // Node A's metrics saw the packet pending on the transfer channel, and drained since.
      const metrics = await (await fetch(`${urlA}/metrics`)).text();
      expect(metrics).toMatch(/^meshwork_ibc_packets_pending 0$/m);
      expect(metrics).toContain(`meshwork_ibc_channel_packets_pending{channel_id="${path.transfer.A.channelId}",port_id="transfer"} 0`);
      const cometB = await Comet38Client.connect(urlB);
      const recvs = await cometB.txSearchAll({ query: `recv_packet.packet_sequence='1'` });
      expect(recvs.txs.filter((t) => t.result.code === 0)).toHaveLength(1);
      client.disconnect();
      b.disconnect();
      cometA.disconnect();
      cometB.disconnect();
    } finally {
      devnet.kill('SIGINT');
      const code = await new Promise<number | null>((res) => devnet.once('exit', (c) => res(c)));
      rmSync(dir, { recursive: true, force: true });
      expect(code).toBe(0);
    }
  });
});
