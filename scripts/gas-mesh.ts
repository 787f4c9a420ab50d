/**
 * `node dist/scripts/gas-mesh.js` (after `npm run build`): gas (SDK gas, as a tx would be charged,
 * and the contract's own VM share is inside it) of the vault's bond, stake_local, stake_remote and
 * unbond on a TestChain, with the built artifacts of build/. One run, no timing: gas is deterministic.
 */
import { readFileSync } from 'node:fs';
import { TestChain } from '../multitest/chain.js';

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
for (const [label, gas] of rows) console.log(`${label.padEnd(44)} ${String(gas).padStart(9)}`);
