import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadDevnet, type DevnetInfo } from './devnet';
import { keplr, subscribeBlocks, type SignerChoice } from './chain';
import { App, Select } from './ui';
import { AccountsPage } from './pages/accounts';
import { IbcPage } from './pages/ibc';
import { GovernancePage } from './pages/governance';
import { VaultPage } from './pages/vault';
import { LocalStakingPage } from './pages/local-staking';
import { OraclePage } from './pages/oracle';
import { RemoteStakingPage } from './pages/remote-staking';
import { ConsumerPage } from './pages/consumer';
import './style.css';

const DEPLOYMENT_POLL_MS = 3000;

const PAGES = [
  { id: 'accounts', title: 'Accounts', view: AccountsPage },
  { id: 'vault', title: 'Vault', view: VaultPage },
  { id: 'local-staking', title: 'Local staking', view: LocalStakingPage },
  { id: 'remote-staking', title: 'Remote staking', view: RemoteStakingPage },
  { id: 'consumer', title: 'Consumer', view: ConsumerPage },
  { id: 'ibc', title: 'IBC', view: IbcPage },
  { id: 'governance', title: 'Governance', view: GovernancePage },
  { id: 'oracle', title: 'Oracle', view: OraclePage },
] as const;

const pageFromHash = () => PAGES.find((p) => `#/${p.id}` === location.hash) ?? PAGES[0];

function Shell({ devnet }: { devnet: DevnetInfo }) {
  const [page, setPage] = useState(pageFromHash);
  // account1 rather than the validator's own key: signing as the validator would move its self-delegation.
  const accounts = devnet.chains[0]!.accounts;
  const [signerKey, setSignerKey] = useState((accounts.find((a) => a.name !== 'validator') ?? accounts[0])?.name ?? 'keplr');
  const [heights, setHeights] = useState<Record<string, number>>({});
  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    const stops: Promise<() => void>[] = devnet.chains.map((c) =>
      subscribeBlocks(c, (h) => setHeights((prev) => ({ ...prev, [c.key]: h.height }))),
    );
    return () => stops.forEach((s) => void s.then((stop) => stop(), () => undefined));
  }, [devnet.chains]);
  const signer: SignerChoice = signerKey === 'keplr' ? { kind: 'keplr' } : { kind: 'devnet', name: signerKey };
  const options = devnet.chains[0]!.accounts.map((a) => ({ value: a.name, label: a.name }));
  if (keplr() !== undefined) options.push({ value: 'keplr', label: 'Keplr wallet' });
  const View = page.view;
  return (
    <App.Provider value={{ devnet, signer, heights }}>
      <header>
        <h1>Meshwork devnet</h1>
        <div class="heights" aria-live="polite">
          {devnet.chains.map((c) => (
            <span key={c.key} class="height" data-testid={`height-${c.key}`}>
              {c.chainId} #{heights[c.key] ?? '…'}
            </span>
          ))}
        </div>
        <div class="signer">
          <Select label="Sign with" value={signerKey} onChange={setSignerKey} options={options} />
          {signer.kind === 'devnet' && <span class="badge" title="the devnet's dev accounts sign in the page; never use these keys elsewhere">devnet keys</span>}
        </div>
      </header>
      <nav aria-label="pages">
        {PAGES.map((p) => (
          <a key={p.id} href={`#/${p.id}`} aria-current={p.id === page.id ? 'page' : undefined}>
            {p.title}
          </a>
        ))}
      </nav>
      <main>
        <View />
      </main>
    </App.Provider>
  );
}

function Root() {
  const [devnet, setDevnet] = useState<DevnetInfo | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    loadDevnet().then(setDevnet, (e: unknown) => setError((e as Error).message));
    // Contracts deployed after the page opened (a new mesh.json or product-oracle.json) show up by themselves;
    // the chains keep their identity, so subscriptions and clients stay as they are.
    const poll = setInterval(() => {
      loadDevnet().then(
        (fresh) => setDevnet((cur) => (cur === undefined || JSON.stringify(cur.deployments) === JSON.stringify(fresh.deployments) ? cur : { ...cur, deployments: fresh.deployments })),
        () => undefined,
      );
    }, DEPLOYMENT_POLL_MS);
    return () => clearInterval(poll);
  }, []);
  if (error !== undefined) return <p class="load-error" role="alert">{error}</p>;
  if (devnet === undefined) return <p>Loading the devnet…</p>;
  return <Shell devnet={devnet} />;
}

render(<Root />, document.getElementById('app')!);
