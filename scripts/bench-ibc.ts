/**
 * IBC figures for `npm run bench`: ICS-20 packets relayed per second between two in-process
 * chains, the whole way (send → MsgRecvPacket with proof → write ack → MsgAcknowledgement with
 * proof), every tx signed and every header verified by the light clients.
 */
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { Interchain, Order, type RelayerGas } from '../multitest/interchain.js';
import type { Report } from './bench-chain.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * ts-relayer-style fixed gas limits for the second figure: generous beside what the messages of a
 * transfer use (MsgRecvPacket about 57k, MsgAcknowledgement about 22k, measured here).
 */
export const FIXED_RELAYER_GAS: RelayerGas = { perMessage: 150_000n, base: 300_000n };

/**
 * Median packets/s over `batches` batches of `perBatch` transfers, each batch relayed to quiet.
 * `relayerGas`: the relayer's gas limits (default: simulated, as every test runs).
 */
export async function relayedPacketRate(perBatch = 100, batches = 5, relayerGas?: RelayerGas): Promise<number> {
  const ic = await Interchain.create([{ chainId: 'bench-a' }, { chainId: 'bench-b' }], { relayerGas });
  const a = ic.chain('bench-a');
  const b = ic.chain('bench-b');
  const ch = await ic.createChannel('bench-a', 'bench-b', { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
  const sender = a.addr('sender');
  a.withContext((ctx) => {
    a.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: 'stake', amount: 1_000_000_000n }]);
    a.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', sender, [{ denom: 'stake', amount: 1_000_000_000n }]);
  });
  const receiver = b.addr('receiver');
  const rates: number[] = [];
  for (let i = 0; i < batches + 1; i++) {
    const msgs = [];
    for (let j = 0; j < perBatch; j++) {
      msgs.push({
        typeUrl: MsgTransfer.typeUrl,
        value: MsgTransfer.fromPartial({ sourcePort: 'transfer', sourceChannel: ch.A.channelId, token: { denom: 'stake', amount: '1' }, sender, receiver, timeoutTimestamp: b.time + 3_600_000_000_000n }),
      });
    }
    const t0 = performance.now();
    a.executeAs(sender, msgs);
    const s = await ic.relayAll();
    const ms = performance.now() - t0;
    if (s.received !== perBatch || s.acknowledged !== perBatch) throw new Error(`bench relay: ${s.received} received, ${s.acknowledged} acked of ${perBatch}: ${s.errors.join('; ')}`);
    if (i > 0) rates.push((perBatch / ms) * 1000); // the first batch warms up
  }
  return median(rates);
}

/**
 * With `MESHWORK_BENCH_BASELINE=<another checkout's dist>`, the baseline's relayer runs beside this
 * one, alternating batch runs so both meet the same machine load, and the ratio is reported.
 */
export async function benchIbc(report: Report): Promise<void> {
  const baseline = process.env.MESHWORK_BENCH_BASELINE;
  if (baseline === undefined || baseline === '') {
    const r = await relayedPacketRate();
    report('IBC: ICS-20 packets relayed/s (send → recv → ack, proofs, 2 in-process chains)', r.toFixed(0), 'target ≥ 1,000');
    const f = await relayedPacketRate(100, 5, FIXED_RELAYER_GAS);
    report('IBC: the same, relayer with fixed per-message gas limits (no simulation)', f.toFixed(0), '');
    return;
  }
  const old = (await import(pathToFileURL(join(baseline, 'scripts', 'bench-ibc.js')).href)) as { relayedPacketRate: (perBatch?: number, batches?: number) => Promise<number> };
  const olds: number[] = [];
  const news: number[] = [];
  const fixed: number[] = [];
  for (let i = 0; i < 3; i++) {
    olds.push(await old.relayedPacketRate());
    news.push(await relayedPacketRate());
    fixed.push(await relayedPacketRate(100, 5, FIXED_RELAYER_GAS));
  }
  report(`IBC: ICS-20 packets relayed/s, baseline (${baseline}), 3 runs alternating`, median(olds).toFixed(0), '');
  report('IBC: ICS-20 packets relayed/s (send → recv → ack, proofs, 2 in-process chains)', median(news).toFixed(0), 'target ≥ 1,000');
  report('IBC: relayed packets/s, this / baseline (medians)', `${(median(news) / median(olds)).toFixed(2)}×`, '');
  report('IBC: the same, relayer with fixed per-message gas limits (no simulation)', median(fixed).toFixed(0), `${(median(fixed) / median(olds)).toFixed(2)}× baseline`);
}
