/**
 * `meshwork devnet` as a user runs it: two node processes and a relayer process on loopback, Mesh
 * Security deployed (A provider, B consumer). A cross-chain ICS-20 packet is sent over RPC with the
 * stock CosmJS client, the relayer is killed (SIGKILL) while the packet is in flight and restarted
 * by the devnet, and the packet is delivered exactly once and acknowledged. Then the first half of
 * Mesh Security's flow 1 over RPC, through the contracts' typed clients: bond on the vault, stake
 * locally, stake remotely, the devnet's relayer carries the stake to the converter and back its ack,
 * and the consumer's epoch mints and delegates the virtual stake; balances and delegations are
 * checked on both chains. One devnet for both tests (starting one costs most of the time). Needs
 * `npm run build` (the CLI runs from dist/, the contracts from build/).
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectSecp256k1HdWallet } from '@cosmjs/proto-signing';
import { GasPrice, QueryClient, SigningStargateClient, StargateClient, createProtobufRpcClient, setupStakingExtension } from '@cosmjs/stargate';
import { CosmWasmClient, SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';
import { MeshVaultClient } from '../../contracts/mesh/vault/client.js';
import { MeshNativeStakingQueryClient } from '../../contracts/mesh/native_staking/client.js';
import { MeshExternalStakingQueryClient } from '../../contracts/mesh/external_staking/client.js';
import { MeshVirtualStakingQueryClient } from '../../contracts/mesh/virtual_staking/client.js';
import { QueryHooksParamsRequest, QueryHooksParamsResponse, QueryVirtualStakingMaxCapLimitRequest, QueryVirtualStakingMaxCapLimitResponse } from '../../proto/index.js';
import type { MeshDeployment } from '../../app/cli/devnet-mesh.js';
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

const built = existsSync('dist/app/cli/main.js') && existsSync('build/mesh_vault.wasm');
const skip = built ? false : 'run npm run build first';

type Key = { name: string; mnemonic: string; address: string };
const keyring = (home: string) => (JSON.parse(readFileSync(join(home, 'keyring.json'), 'utf8')) as { accounts: Key[] }).accounts;
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');

/** Ports of this suite: MESHWORK_TEST_PORT_BASE (even) if set, else a random pair in 41000–44999. */
const portA = Number(process.env.MESHWORK_TEST_PORT_BASE ?? 41000 + Math.floor(Math.random() * 2000) * 2);
const portB = portA + 1;
const urlA = `http://127.0.0.1:${portA}`;
const urlB = `http://127.0.0.1:${portB}`;
/** The consumer's epoch: 3 s, 10 blocks of 300 ms. */
const EPOCH_S = 3;

describe('meshwork devnet', { skip }, () => {
  let dir: string;
  let devnet: ChildProcess;
  let out = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'meshwork-devnet-'));
    devnet = spawn(process.execPath, ['bin/meshwork.js', 'devnet', '--dir', dir, '--port-a', String(portA), '--port-b', String(portB), '--block-time-ms', '300', '--dashboard-port', '0', '--epoch-s', String(EPOCH_S), '--voting-period-s', '4'], { stdio: ['ignore', 'pipe', 'pipe'] });
    devnet.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    devnet.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await until('the devnet to be ready', async () => (out.includes('Ctrl-C stops all three') ? true : undefined), 240_000);
  }, { timeout: 300_000 });
  after(async () => {
    devnet.kill('SIGINT');
    const code = await new Promise<number | null>((res) => (devnet.exitCode !== null ? res(devnet.exitCode) : devnet.once('exit', (c) => res(c))));
    rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(0);
  });

  test('a packet sent over RPC is delivered exactly once across relayer kills', { timeout: 400_000 }, async () => {
    const path = JSON.parse(readFileSync(join(dir, 'relayer-path.json'), 'utf8')) as { transfer: { A: { channelId: string }; B: { channelId: string } } };
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
      const res = await cometA.txSearchAll({ query: `acknowledge_packet.packet_sequence='1' AND acknowledge_packet.packet_src_port='transfer'` });
      return res.txs.some((t) => t.result.code === 0) ? true : undefined;
    }, 180_000);
    await sleep(2000);
    expect((await b.getBalance(receiver, voucher)).amount).toBe('4321');
    // Node A's metrics saw the packet pending on the transfer channel, and drained since.
    const metrics = await (await fetch(`${urlA}/metrics`)).text();
    expect(metrics).toContain(`meshwork_ibc_channel_packets_pending{channel_id="${path.transfer.A.channelId}",port_id="transfer"} 0`);
    const cometB = await Comet38Client.connect(urlB);
    const recvs = await cometB.txSearchAll({ query: `recv_packet.packet_sequence='1' AND recv_packet.packet_dst_port='transfer'` });
    expect(recvs.txs.filter((t) => t.result.code === 0)).toHaveLength(1);
    client.disconnect();
    b.disconnect();
    cometA.disconnect();
    cometB.disconnect();
  });

  test('Mesh Security flow 1, first half, over RPC: bond, stake local, stake remote, relay, the consumer epoch delegates the virtual stake', { timeout: 300_000 }, async () => {
    // The devnet printed every contract and wrote them to mesh.json.
    const mesh = JSON.parse(readFileSync(join(dir, 'mesh.json'), 'utf8')) as MeshDeployment;
    for (const k of ['vault', 'native_staking', 'external_staking', 'converter', 'virtual_staking', 'price_feed'] as const) expect(out).toContain(mesh[k]);
    const user = keyring(join(dir, 'a')).find((x) => x.name === 'account2')!;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(user.mnemonic, { prefix: 'mesh' });
    const a = await SigningCosmWasmClient.connectWithSigner(urlA, wallet, { gasPrice: GasPrice.fromString('0.025stake') });
    const b = await CosmWasmClient.connect(urlB);
    const cometA = await Comet38Client.connect(urlA);
    const cometB = await Comet38Client.connect(urlB);
    const qa = QueryClient.withExtensions(cometA, setupStakingExtension);
    const qb = QueryClient.withExtensions(cometB, setupStakingExtension);
    const vault = new MeshVaultClient(a, user.address, mesh.vault);
    const ext = new MeshExternalStakingQueryClient(a, mesh.external_staking);
    const virt = new MeshVirtualStakingQueryClient(b, mesh.virtual_staking);
    const stake = (amount: string) => ({ denom: 'stake', amount });
    try {
      const valA = (await qa.staking.validators('BOND_STATUS_BONDED')).validators[0]!.operatorAddress;
      // The consumer's validator set reached the provider over the control channel when it opened.
      const consumerVals = await until('the consumer valset on the provider', async () => {
        const v = (await ext.listActiveValidators({})).validators;
        return v.length > 0 ? v : undefined;
      }, 60_000);
      const valB = (await qb.staking.validators('BOND_STATUS_BONDED')).validators[0]!.operatorAddress;
      expect(consumerVals).toEqual([valB]);
      const tokensB0 = BigInt((await qb.staking.validator(valB)).validator!.tokens);

      // bond
      const balance0 = BigInt((await a.getBalance(user.address, 'stake')).amount);
      const bond = await vault.bond('auto', undefined, [stake('1000000')]);
      const balance1 = BigInt((await a.getBalance(user.address, 'stake')).amount);
      const fee = (r: { gasWanted: bigint }) => (r.gasWanted * 25n + 999n) / 1000n; // 0.025stake per gas, rounded up
      expect(balance0 - balance1).toBe(1_000_000n + fee(bond));
      expect(await vault.accountDetails({ account: user.address })).toMatchObject({ bonded: '1000000', free: { l: '1000000', h: '1000000' } });

      // stake local: native-staking's proxy for the user delegates on A
      await vault.stakeLocal({ amount: stake('300000'), msg: b64({ validator: valA }) });
      const proxy = (await new MeshNativeStakingQueryClient(a, mesh.native_staking).proxyByOwner({ owner: user.address })).proxy;
      const delegation = await qa.staking.delegation(proxy, valA);
      expect(delegation.delegationResponse?.balance).toEqual(stake('300000'));

      // stake remote: in flight until the converter's ack comes back through the devnet's relayer
      await vault.stakeRemote({ contract: mesh.external_staking, amount: stake('200000'), msg: b64({ validator: valB }) });
      await until('the remote stake committed (ack relayed)', async () => {
        const s = await ext.stake({ user: user.address, validator: valB });
        return s.stake.l === '200000' && s.stake.h === '200000' ? true : undefined;
      }, 120_000);
      expect((await ext.allPendingTxsDesc({})).txs).toEqual([]);
      expect(await vault.accountDetails({ account: user.address })).toMatchObject({ bonded: '1000000', max_lien: { l: '300000', h: '300000' } });
      expect((await vault.claim({ account: user.address, lienholder: mesh.external_staking })).amount).toEqual({ l: '200000', h: '200000' });
      // The converter turned it into a bond request of price × (1 − discount) = 200000 × 1 × 0.9.
      expect(await virt.allStake()).toEqual({ stakes: [{ validator: valB, amount: '180000' }] });

      // The consumer's epoch (x/meshsecurity calls handle_epoch): virtual-staking mints and delegates.
      const delegated = await until('the virtual stake delegated on B', async () => {
        const d = await qb.staking.delegation(mesh.virtual_staking, valB).catch(() => undefined);
        return d?.delegationResponse?.balance?.amount === '180000' ? d.delegationResponse.balance : undefined;
      }, 60_000);
      expect(delegated).toEqual(stake('180000'));
      expect(BigInt((await qb.staking.validator(valB)).validator!.tokens) - tokensB0).toBe(180000n);
      // The module's books: the contract's cap and what it delegated.
      const rpc = createProtobufRpcClient(qb);
      const limit = QueryVirtualStakingMaxCapLimitResponse.decode(await rpc.request('meshwork.meshsecurity.v1.Query', 'VirtualStakingMaxCapLimit', QueryVirtualStakingMaxCapLimitRequest.encode(QueryVirtualStakingMaxCapLimitRequest.fromPartial({ address: mesh.virtual_staking })).finish()));
      expect(limit.delegated).toEqual(stake('180000'));
      expect(BigInt(limit.cap!.amount)).toBeGreaterThanOrEqual(180000n);
      // Minted, not taken from anyone: the contract holds no liquid stake, the bonded pool grew by it.
      expect((await b.getBalance(mesh.virtual_staking, 'stake')).amount).toBe('0');
      // Provider slashing reaches the vault: native-staking is on A's jailing hook, as printed.
      const hooks = QueryHooksParamsResponse.decode(await createProtobufRpcClient(qa).request('meshwork.hooks.v1.Query', 'Params', QueryHooksParamsRequest.encode({}).finish()));
      expect(hooks.params!.jailing.map((r) => r.contract)).toContain(mesh.native_staking);
      expect(out).toContain(`jailing hook → native-staking (gas ${mesh.jailing_hook!.gas_limit}, registered by ${mesh.jailing_hook!.set_by})`);
    } finally {
      a.disconnect();
      b.disconnect();
      cometA.disconnect();
      cometB.disconnect();
    }
  });
});
