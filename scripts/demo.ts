/**
 * `npm run demo`: the main job until the chain exists. Checks every contract of the shared corpus
 * the way a chain's upload does (and compares with what upstream cosmwasm-vm decides), then runs
 * cw20 tokens — the Rust cw20-base and, when built, ours — through the runtime: instantiate,
 * transfer, query, with gas figures.
 */
import { MsgTransfer } from 'cosmjs-types/ibc/applications/transfer/v1/tx';
import { Interchain, Order } from '../multitest/interchain.js';
import { ibcDenom, parseDenomTrace } from '../ibc/transfer/denom.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from '../app/cli/check.js';
import { DEFAULT_CAPABILITIES, Vm } from '../runtime/src/index.js';
import { addrMake, mockBackend, mockEnv, mockInfo } from '../runtime/src/testkit/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const testdata = join(root, '..', 'shared', 'testdata');
const td = new TextDecoder();

interface ManifestEntry {
  file: string;
  expected_upload_on_cosmwasm_3: string;
}

function checkCorpus(): boolean {
  const manifest = JSON.parse(readFileSync(join(testdata, 'manifest.json'), 'utf8')) as { files: ManifestEntry[] };
  console.log(`1. Upload checks over ${manifest.files.length} real CosmWasm contracts (../shared/testdata)\n`);
  let agree = 0;
  for (const entry of manifest.files) {
    const r = checkFile(join(testdata, entry.file), DEFAULT_CAPABILITIES);
    const expectAccept = entry.expected_upload_on_cosmwasm_3.startsWith('accept');
    const same = r.accepted === expectAccept;
    if (same) agree++;
    const verdict = r.accepted ? 'accepted' : 'rejected';
    const note = r.accepted ? '' : `  ${r.detail.slice(0, 110)}`;
    console.log(`   ${same ? 'ok  ' : 'DIFF'} ${entry.file.padEnd(34)} ${verdict}${note}`);
  }
  console.log(`\n   ${agree}/${manifest.files.length} decisions agree with cosmwasm-vm 3.x\n`);
  return agree === manifest.files.length;
}

function runToken(label: string, wasm: Uint8Array): void {
  const vm = new Vm();
  const code = vm.storeCode(wasm);
  const backend = mockBackend();
  const alice = addrMake('alice');
  const bob = addrMake('bob');
  const ctx = { backend, gasLimit: 1e12 };
  const env = mockEnv();
  const init = vm.instantiate(
    code.checksum,
    env,
    mockInfo(alice),
    { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: alice, amount: '1000' }], mint: null, marketing: null },
    ctx,
  );
  const tx = vm.execute(code.checksum, env, mockInfo(alice), { transfer: { recipient: bob, amount: '300' } }, ctx);
  const bal = (who: string) => td.decode(vm.query(code.checksum, env, { balance: { address: who } }, ctx).value);
  let overdraft = '';
  try {
    vm.execute(code.checksum, env, mockInfo(bob), { transfer: { recipient: alice, amount: '3000' } }, ctx);
  } catch (e) {
    overdraft = (e as Error).message;
  }
  console.log(`   ${label} (${wasm.length.toLocaleString('en-US')} bytes, checksum ${code.checksum.slice(0, 12)}…)`);
  console.log(`     instantiate            gas ${init.gasUsed.toLocaleString('en-US')}`);
  console.log(`     transfer 300 → bob     gas ${tx.gasUsed.toLocaleString('en-US')}  attributes ${JSON.stringify(tx.value.attributes)}`);
  console.log(`     balances               alice ${bal(alice)}  bob ${bal(bob)}`);
  console.log(`     bob sends 3000         contract error: ${overdraft}\n`);
}

/** Two chains in one process, joined by IBC through the real relayer: an ICS-20 round trip. */
async function twoChains(): Promise<void> {
  console.log('3. Two chains joined by IBC (in process: light clients, ICS-23 proofs, signed relayer txs)\n');
  const ic = await Interchain.create([{ chainId: 'meshwork-a' }, { chainId: 'meshwork-b' }]);
  const a = ic.chain('meshwork-a');
  const b = ic.chain('meshwork-b');
  const ch = await ic.createChannel('meshwork-a', 'meshwork-b', { portA: 'transfer', portB: 'transfer', version: 'ics20-1', order: Order.ORDER_UNORDERED });
  console.log(`   clients ${ch.link.A.clientId} ⇄ ${ch.link.B.clientId}, connections ${ch.link.A.connectionId} ⇄ ${ch.link.B.connectionId}, channels ${ch.A.channelId} ⇄ ${ch.B.channelId} (transfer, ics20-1)`);
  const alice = a.addr('alice');
  const bob = b.addr('bob');
  a.withContext((ctx) => {
    a.m.keepers.bank.mintCoins(ctx, 'mint', [{ denom: 'stake', amount: 1_000n }]);
    a.m.keepers.bank.sendCoinsFromModuleToAccount(ctx, 'mint', alice, [{ denom: 'stake', amount: 1_000n }]);
  });
  const transfer = (sender: string, receiver: string, channel: string, denom: string, amount: string, timeoutTimestamp: bigint) => ({
    typeUrl: MsgTransfer.typeUrl,
    value: MsgTransfer.fromPartial({ sourcePort: 'transfer', sourceChannel: channel, token: { denom, amount }, sender, receiver, timeoutTimestamp }),
  });
  a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 'stake', '400', b.time + 600n * 1_000_000_000n)]);
  let s = await ic.relayAll();
  const voucher = ibcDenom(parseDenomTrace(`transfer/${ch.B.channelId}/stake`));
  console.log(`   alice (A) sends 400stake to bob (B): ${s.received} packet received, ${s.acknowledged} ack relayed`);
  console.log(`     bob holds ${b.balance(bob, voucher)} ${voucher}`);
  b.executeAs(bob, [transfer(bob, alice, ch.B.channelId, voucher, '150', a.time + 600n * 1_000_000_000n)]);
  s = await ic.relayAll();
  console.log(`   bob sends 150 back: alice has ${a.balance(alice)}stake, bob ${b.balance(bob, voucher)} of the voucher`);
  a.executeAs(alice, [transfer(alice, bob, ch.A.channelId, 'stake', '50', b.time + 10n * 1_000_000_000n)]);
  b.advanceTime(60);
  s = await ic.relayAll();
  console.log(`   alice sends 50 with a 10 s timeout while B's clock jumps 60 s: ${s.timedOut} timeout relayed, alice refunded to ${a.balance(alice)}stake\n`);
}

async function main(): Promise<number> {
  const corpusOk = checkCorpus();
  console.log('2. cw20 tokens through the runtime (in-memory backend)\n');
  runToken('cw20_base 1.0.1 (Rust, cw-plus)', new Uint8Array(readFileSync(join(testdata, 'cw-plus', 'cw20_base.wasm'))));
  const ours = join(root, 'build', 'cw20.wasm');
  if (existsSync(ours)) runToken('cw20 (Meshwork, AssemblyScript)', new Uint8Array(readFileSync(ours)));
  else console.log('   (build/cw20.wasm not found: `npm run build:contracts` builds our cw20)\n');
  await twoChains();
  return corpusOk ? 0 : 1;
}

process.exitCode = await main();
