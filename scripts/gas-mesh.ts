/**
 * `node dist/scripts/gas-mesh.js` (after `npm run build`): gas (SDK gas, as a tx would be charged,
 * and the contract's own VM share is inside it) of the vault's bond, stake_local, stake_remote and
 * unbond on a TestChain, with the built artifacts of build/. One run, no timing: gas is deterministic.
 * `stake_remote` is measured twice: towards the test lien holder, and towards a real
 * external-staking whose control channel is open to mesh_test_consumer on a second chain (the
 * vault's call, external-staking's receive_virtual_stake and its IBC send in one tx).
 */
import { readFileSync } from 'node:fs';
import { TestChain } from '../multitest/chain.js';
import { Interchain } from '../multitest/interchain.js';

const OSMO = 'OSMO';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
const wasm = (n: string) => new Uint8Array(readFileSync(`build/${n}.wasm`));

let validator = '';
const chain = TestChain.create({
  bondDenom: OSMO,
  genesis: (g) => {
    validator = g.validator('val1', 1_000_000_000n).valoper;
    g.fund(g.addr('user1'), 1_000_000n, OSMO);
    g.set('staking', { params: { bond_denom: OSMO } });
  },
});
const user = chain.addr('user1');
const owner = chain.addr('owner');
const proxyCode = chain.storeCode(owner, wasm('mesh_native_staking_proxy'));
const nativeCode = chain.storeCode(owner, wasm('mesh_native_staking'));
const lhCode = chain.storeCode(owner, wasm('mesh_test_cross_staker'));
const vault = chain.instantiate(chain.storeCode(owner, wasm('mesh_vault')), owner, {
  denom: OSMO,
  local_staking: { admin: null, code_id: Number(nativeCode), msg: b64({ denom: OSMO, proxy_code_id: Number(proxyCode), slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }), label: null },
}).address;
const cross = chain.instantiate(lhCode, owner, { vault, slash_ratio_dsign: '0.1', slash_ratio_offline: '0.1' }).address;
const coin = (n: number) => ({ denom: OSMO, amount: String(n) });

const rows: [string, number][] = [];
rows.push(['bond', chain.execute(user, vault, { bond: {} }, [{ denom: OSMO, amount: 1000n }]).gasUsed]);
rows.push(['stake_local (first: instantiates the proxy)', chain.execute(user, vault, { stake_local: { amount: coin(100), msg: b64({ validator }) } }).gasUsed]);
rows.push(['stake_local (again)', chain.execute(user, vault, { stake_local: { amount: coin(100), msg: b64({ validator }) } }).gasUsed]);
rows.push(['stake_remote', chain.execute(user, vault, { stake_remote: { contract: cross, amount: coin(100), msg: b64({ validator: 'remote' }) } }).gasUsed]);
rows.push(['unbond', chain.execute(user, vault, { unbond: { amount: coin(100) } }).gasUsed]);

{
  const ic = await Interchain.create([{ chainId: 'provider-1', genesis: (g) => g.fund(g.addr('user1'), 1_000_000n, OSMO) }, { chainId: 'consumer-1' }]);
  const p = ic.chain('provider-1');
  const c = ic.chain('consumer-1');
  const link = await ic.connect('provider-1', 'consumer-1');
  const pv = p.instantiate(p.storeCode(owner, wasm('mesh_vault')), owner, { denom: OSMO, local_staking: null }).address;
  const consumer = c.instantiate(c.storeCode(c.addr('owner'), wasm('mesh_test_consumer')), c.addr('owner'), {}).address;
  const ext = p.instantiate(p.storeCode(owner, wasm('mesh_external_staking')), owner, {
    denom: OSMO,
    rewards_denom: 'star',
    vault: pv,
    unbonding_period: 100,
    remote_contact: { connection_id: link.A.connectionId, port_id: `wasm.${consumer}` },
    slash_ratio: { double_sign: '0.1', offline: '0.1' },
  }).address;
  await ic.createChannel('consumer-1', 'provider-1', { portA: `wasm.${consumer}`, portB: `wasm.${ext}`, version: JSON.stringify({ protocol: 'mesh-security', version: '0.11.0' }) });
  const valset = { valset_update: { height: 1, time: 1, additions: [{ valoper: 'remote', pub_key: 'pk' }], removals: [], updated: [], jailed: [], unjailed: [], tombstoned: [], slashed: [] } };
  c.execute(c.addr('owner'), consumer, { send: { packet: b64(valset), timeout_seconds: 3600 } });
  await ic.relayAll();
  const pu = p.addr('user1');
  p.execute(pu, pv, { bond: {} }, [{ denom: OSMO, amount: 1000n }]);
  rows.push(['stake_remote (real external-staking, first)', p.execute(pu, pv, { stake_remote: { contract: ext, amount: coin(100), msg: b64({ validator: 'remote' }) } }).gasUsed]);
  await ic.relayAll();
  rows.push(['stake_remote (real external-staking, again)', p.execute(pu, pv, { stake_remote: { contract: ext, amount: coin(100), msg: b64({ validator: 'remote' }) } }).gasUsed]);
}
for (const [label, gas] of rows) console.log(`${label.padEnd(44)} ${String(gas).padStart(9)}`);
