/** The Mesh vault: collateral, bonded/free, liens per lien holder, max lien and slashable; bond and unbond. */
import { useState } from 'preact/hooks';
import { MeshVaultClient, MeshVaultQueryClient } from '../../../contracts/mesh/vault/client.js';
import { Cw20Client, Cw20QueryClient } from '../../../contracts/cw20/client.js';
import { connect } from '../chain';
import { contractAddress, type ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, NotDeployed, Section, Select, TxStatus, useApp, useLive, useTx } from '../ui';

/** The provider chain (where the vault lives): `mesh.provider_chain` of the deployment, else chain a. */
export function providerChain(chains: ChainInfo[], key: unknown): ChainInfo {
  return chains.find((c) => c.key === key || c.chainId === key) ?? chains[0]!;
}

/** `kind` names the vault in headings, form labels and test ids: the devnet has a native and a cw20 vault. */
function VaultView({ chain, vault, kind, names }: { chain: ChainInfo; vault: string; kind: 'native' | 'cw20'; names: Record<string, string> }) {
  const { signer } = useApp();
  const me = signer.kind === 'devnet' ? chain.accounts.find((a) => a.name === signer.name)?.address : undefined;
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const q = new MeshVaultQueryClient(c.q.wasm, vault);
    const config = await q.config();
    const token = 'cw20' in config.collateral ? config.collateral.cw20 : undefined;
    if (me === undefined) return { config, details: undefined, claims: [], tokenBalance: undefined };
    const [details, claims, tokenBalance] = await Promise.all([
      q.accountDetails({ account: me }),
      q.accountClaims({ account: me }),
      token === undefined ? undefined : new Cw20QueryClient(c.q.wasm, token).balance({ address: me }).then((b) => b.balance),
    ]);
    return { config, details, claims: claims.claims, tokenBalance };
  }, [me, vault]);
  const what = kind === 'cw20' ? 'cw20 vault' : 'vault';
  const [amount, setAmount] = useState('1000000');
  const [tx, run] = useTx(chain);
  const denom = value?.config.denom ?? chain.denom;
  const token = value !== undefined && 'cw20' in value.config.collateral ? value.config.collateral.cw20 : undefined;
  // Native collateral goes with `bond`; a cw20 vault takes its token through the token's `send`
  // with `{"bond":{}}` (the vault's receive hook).
  const bond = (e: Event) => {
    e.preventDefault();
    if (token !== undefined) {
      void run(`${what} bond`, async (client, sender) => new Cw20Client(client, sender, token).send({ contract: vault, amount: amount.trim(), msg: btoa(JSON.stringify({ bond: {} })) }).then((r) => ({ ...r, code: 0 })));
      return;
    }
    void run(`${what} bond`, async (client, sender) => new MeshVaultClient(client, sender, vault).bond('auto', undefined, [{ denom, amount: amount.trim() }]).then((r) => ({ ...r, code: 0 })));
  };
  const unbond = () => void run(`${what} unbond`, async (client, sender) => new MeshVaultClient(client, sender, vault).unbond({ amount: { denom, amount: amount.trim() } }).then((r) => ({ ...r, code: 0 })));
  const [validator, setValidator] = useState('');
  const validators = useLive(chain.key, async () => (await connect(chain)).q.staking.validators('BOND_STATUS_BONDED'));
  const val = validator || validators.value?.validators[0]?.operatorAddress || '';
  // The vault passes `msg` on to local staking, which reads the validator to delegate to from it.
  const stakeLocal = (e: Event) => {
    e.preventDefault();
    const msg = btoa(JSON.stringify({ validator: val }));
    void run('stake through the vault', async (client, sender) => new MeshVaultClient(client, sender, vault).stakeLocal({ amount: { denom, amount: amount.trim() }, msg }).then((r) => ({ ...r, code: 0 })));
  };
  return (
    <>
      <Section title={`${kind === 'cw20' ? 'cw20 vault' : 'Vault'} ${vault}`}>
        <ErrorLine error={error} />
        {value !== undefined && <p>Collateral: {'native' in value.config.collateral ? `native ${value.config.collateral.native}` : `cw20 ${value.config.collateral.cw20}`} · local staking: <code>{value.config.local_staking ?? 'none'}</code></p>}
        {value?.details !== undefined && (
          <table data-testid={`vault-account-${kind}`}><tbody>
            <tr><th>bonded</th><td data-testid={`vault-bonded-${kind}`}>{value.details.bonded}</td></tr>
            <tr><th>free</th><td data-testid={`vault-free-${kind}`}>{value.details.free.l}–{value.details.free.h}</td></tr>
            <tr><th>max lien</th><td>{value.details.max_lien.l}–{value.details.max_lien.h}</td></tr>
            <tr><th>total slashable</th><td>{value.details.total_slashable.l}–{value.details.total_slashable.h}</td></tr>
          </tbody></table>
        )}
        {value !== undefined && value.claims.length > 0 && (
          <>
            <Bars title={kind === 'cw20' ? 'Liens per lien holder (cw20 vault)' : 'Liens per lien holder'} rows={[
              ...(value.details === undefined ? [] : [{ label: 'collateral', value: BigInt(value.details.bonded), color: '#64748b' }]),
              ...value.claims.map((l) => ({ label: names[l.lienholder] ?? `${l.lienholder.slice(0, 11)}…`, value: BigInt(l.amount.h) })),
            ]} />
            <table data-testid={`vault-liens-${kind}`}><thead><tr><th>lien holder</th><th>lien</th></tr></thead>
              <tbody>{value.claims.map((l) => <tr key={l.lienholder}><td>{names[l.lienholder] !== undefined && <>{names[l.lienholder]} </>}<code>{l.lienholder}</code></td><td>{l.amount.l === l.amount.h ? l.amount.h : `${l.amount.l}–${l.amount.h}`}</td></tr>)}</tbody>
            </table>
          </>
        )}
      </Section>
      <Section title={kind === 'cw20' ? 'Bond and unbond (cw20)' : 'Bond and unbond'}>
        {token !== undefined && <p>This vault's collateral is the cw20 <code>{token}</code> (your balance: {value?.tokenBalance ?? '…'}): Bond sends it to the vault with the token's <code>send</code>.</p>}
        <form onSubmit={bond} aria-label={`${what} bond`}>
          <Field label={token === undefined ? `Amount (${denom})` : 'Amount (cw20 token)'} name={`${kind}-vault-amount`} value={amount} onInput={setAmount} />
          <button type="submit">Bond</button>
          <button type="button" onClick={unbond}>Unbond</button>
        </form>
        {value?.config.local_staking && (
          <form onSubmit={stakeLocal} aria-label="stake through the vault">
            <Select label="Validator (local staking)" value={val} onChange={setValidator} options={(validators.value?.validators ?? []).map((v) => ({ value: v.operatorAddress, label: v.description?.moniker || v.operatorAddress }))} />
            <button type="submit" disabled={val === ''}>Stake locally</button>
          </form>
        )}
        <TxStatus state={tx} />
      </Section>
    </>
  );
}

export function VaultPage() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  const vault = contractAddress(mesh, 'vault');
  if (vault === undefined) return <Section title="Vault"><NotDeployed what="The Mesh vault" file="mesh.json" /></Section>;
  const chain = providerChain(devnet.chains, mesh?.['provider_chain']);
  const cw20Vault = contractAddress(mesh, 'cw20_vault');
  // Lien holders by the deployment's names for them (native_staking → "native staking").
  const names: Record<string, string> = {};
  for (const [k, v] of Object.entries(mesh ?? {})) if (typeof v === 'string' && v.startsWith(chain.prefix)) names[v] = k.replace(/_/g, ' ');
  return (
    <>
      <VaultView chain={chain} vault={vault} kind="native" names={names} />
      {cw20Vault !== undefined && <VaultView chain={chain} vault={cw20Vault} kind="cw20" names={names} />}
    </>
  );
}
