/**
 * Part of the devnet's Mesh deployment on chain A (`ensureMesh` calls it once the vault and
 * native-staking are instantiated, so A's predicted code ids and instance numbers are already
 * taken): a cw20 token ("MESH", dev accounts funded), a second vault whose collateral is that
 * token (mesh vault README: a cw20 vault takes its token through the token's `send` with
 * `{"bond":{}}`, and has no local staking), and the governance-upgrade contract
 * (contracts/governance_upgrade) as the token's wasm admin, with one migration applied (its
 * history) and one upgrade queued far ahead (its queue), so the dashboard's Governance page has
 * something real to show.
 *
 * Signed by A's last dev account (not account1, which deploys the product oracle at the same time,
 * nor the validator key the rest of the Mesh deployment uses): sequences never race. That account
 * owns the governance-upgrade contract on the devnet; on a real chain the gov module would.
 * Two txs: the codes (the token twice more under other checksums, as upgrade targets: the
 * contract refuses a checksum it ran before), then every instantiation and call in one tx, the
 * addresses fixed in advance by instantiate2.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { instantiate2Address, SigningCosmWasmClient, type MsgStoreCodeEncodeObject } from '@cosmjs/cosmwasm-stargate';
import { fromHex, toUtf8 } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet, type EncodeObject } from '@cosmjs/proto-signing';
import { GasPrice } from '@cosmjs/stargate';
import { MsgExecuteContract, MsgInstantiateContract2, MsgStoreCode } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { loadHome, readKeyring } from '../node/home.js';
import { clientGasPrice } from '../node/config.js';
import type { InstantiateMsg as Cw20Init } from '../../contracts/cw20/client.js';
import type { InstantiateMsg as VaultInit } from '../../contracts/mesh/vault/client.js';
import type { ExecuteMsg as GovUpgradeExecute, InstantiateMsg as GovUpgradeInit, Policy } from '../../contracts/governance_upgrade/client.js';

const BUILD = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build');
const RELAYER_KEY = 'relayer';

/** What the step adds to mesh.json (the dashboard reads these fields). */
export interface Cw20VaultAndUpgrades {
  cw20_token: string;
  cw20_vault: string;
  governance_upgrade: string;
  cw20_token_chain: 'a';
  cw20_vault_chain: 'a';
  governance_upgrade_chain: 'a';
}

export class GovUpgradeDeployError extends Error {
  override readonly name = 'GovUpgradeDeployError';
}

function artifact(name: string): Uint8Array {
  const file = join(BUILD, `${name}.wasm`);
  if (!existsSync(file)) throw new GovUpgradeDeployError(`${file} is missing; run \`npm run build\` first`);
  return readFileSync(file);
}

/**
 * The module with a custom section `meshwork-devnet` holding `tag` appended: the same code under
 * another checksum. A custom section (id 0) is ignored by every wasm engine; written by hand
 * because it is one byte of id, one of size, and the bytes.
 */
function tagged(wasm: Uint8Array, tag: string): Uint8Array {
  const body = Buffer.concat([Buffer.from([15]), Buffer.from('meshwork-devnet'), Buffer.from(tag)]);
  if (body.length > 127) throw new GovUpgradeDeployError('tag too long for a one-byte section size');
  return Buffer.concat([Buffer.from(wasm), Buffer.from([0, body.length]), body]);
}

const json = (v: unknown): Uint8Array => toUtf8(JSON.stringify(v));
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64');

/** The devnet's default policy: no notice or timelock (a devnet's blocks are short), anyone may execute once due. */
const POLICY: Policy = {
  min_notice_blocks: 0,
  timelock_blocks: 0,
  allowed_code_ids: null,
  allowed_checksums: null,
  allow_downgrade: false,
  post_check: 'none',
  execution_window_blocks: 0,
  permissionless_execute: true,
  rollback_msg: null,
  gas_limit: null,
};

/** How far ahead the queued upgrade is due: it stays in the queue for the devnet's life. */
const QUEUED_AHEAD_BLOCKS = 1_000_000;

export async function deployCw20VaultAndGovUpgrade(home: string, rpc: string, vaultCodeId: number): Promise<Cw20VaultAndUpgrades> {
  const keys = readKeyring(home).filter((k) => k.name.startsWith('account'));
  const key = keys[keys.length - 1];
  if (key === undefined) throw new GovUpgradeDeployError(`${home} has no dev account`);
  const { config } = loadHome(home);
  const prefix = config.address_prefix;
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(key.mnemonic, { prefix });
  const client = await SigningCosmWasmClient.connectWithSigner(rpc, wallet, { gasPrice: GasPrice.fromString(clientGasPrice(config.app.min_gas_price)), broadcastPollIntervalMs: 200 });
  const me = key.address;
  try {
    const cw20 = artifact('cw20');
    const codes = [artifact('governance_upgrade'), cw20, tagged(cw20, 'cw20 v2'), tagged(cw20, 'cw20 v3')];
    const store: MsgStoreCodeEncodeObject[] = codes.map((w) => ({ typeUrl: '/cosmwasm.wasm.v1.MsgStoreCode', value: MsgStoreCode.fromPartial({ sender: me, wasmByteCode: gzipSync(w) }) }));
    const stored = await client.signAndBroadcast(me, store, 'auto', 'meshwork devnet: governance-upgrade and cw20 codes');
    if (stored.code !== 0) throw new GovUpgradeDeployError(`uploading governance-upgrade and cw20 failed: ${stored.rawLog}`);
    const ids = stored.events.filter((e) => e.type === 'store_code').map((e) => Number(e.attributes.find((a) => a.key === 'code_id')?.value));
    if (ids.length !== 4 || ids.some((id) => !Number.isSafeInteger(id))) throw new GovUpgradeDeployError(`expected 4 code ids in the upload's events, found ${ids.join(', ')}`);
    const [guCode, tokenCode, v2Code, v3Code] = ids as [number, number, number, number];
    const checksum = async (id: number) => fromHex((await client.getCodeDetails(id)).checksum);
    const salt = toUtf8('meshwork-devnet-mesh-cw20');
    const gu = instantiate2Address(await checksum(guCode), me, salt, prefix);
    const token = instantiate2Address(await checksum(tokenCode), me, salt, prefix);
    const vault = instantiate2Address(await checksum(vaultCodeId), me, salt, prefix);
    const instantiate = (codeId: number, admin: string, label: string, msg: unknown): EncodeObject => ({
      typeUrl: '/cosmwasm.wasm.v1.MsgInstantiateContract2',
      value: MsgInstantiateContract2.fromPartial({ sender: me, admin, codeId: BigInt(codeId), label, msg: json(msg), funds: [], salt, fixMsg: false }),
    });
    const execute = (msg: GovUpgradeExecute): EncodeObject => ({ typeUrl: '/cosmwasm.wasm.v1.MsgExecuteContract', value: MsgExecuteContract.fromPartial({ sender: me, contract: gu, msg: json(msg), funds: [] }) });
    const guInit: GovUpgradeInit = { owner: me, guardian: null, default_policy: POLICY, max_per_block: null };
    const holders = readKeyring(home).filter((k) => k.name !== RELAYER_KEY).map((k) => ({ address: k.address, amount: '1000000000000' }));
    const tokenInit: Cw20Init = { name: 'Mesh devnet token', symbol: 'MESH', decimals: 6, initial_balances: holders, mint: null, marketing: null };
    const vaultInit: VaultInit = { denom: null, collateral: { cw20: token }, local_staking: null };
    const height = await client.getHeight();
    const msgs = [
      instantiate(guCode, me, 'governance-upgrade', guInit),
      instantiate(tokenCode, gu, 'mesh cw20 token', tokenInit),
      instantiate(vaultCodeId, me, 'mesh vault (cw20 collateral)', vaultInit),
      execute({ register_contract: { contract: token, policy: null } }),
      // Upgrade 1, applied now by its owner (allowed before it is due): the history's first entry.
      execute({ schedule_upgrade: { contract: token, new_code_id: v2Code, migrate_msg: b64({}), due_height: height + 5, reason: 'devnet: the token moves to its second code', proposal_ref: null } }),
      execute({ execute_upgrade: { id: 1 } }),
      // Upgrade 2, queued far ahead.
      execute({ schedule_upgrade: { contract: token, new_code_id: v3Code, migrate_msg: b64({}), due_height: height + QUEUED_AHEAD_BLOCKS, reason: 'devnet: a queued upgrade (cancel it, or wait)', proposal_ref: null } }),
    ];
    const r = await client.signAndBroadcast(me, msgs, 'auto', 'meshwork devnet: cw20 vault and governance-upgrade');
    if (r.code !== 0) throw new GovUpgradeDeployError(`instantiating the cw20 vault and governance-upgrade failed: ${r.rawLog}`);
    return { cw20_token: token, cw20_vault: vault, governance_upgrade: gu, cw20_token_chain: 'a', cw20_vault_chain: 'a', governance_upgrade_chain: 'a' };
  } finally {
    client.disconnect();
  }
}
