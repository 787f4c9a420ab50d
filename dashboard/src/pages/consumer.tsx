/**
 * The consumer side (Mesh Security on chain B): the virtual stake per validator (what virtual-staking
 * delegated through the chain's x/meshsecurity module, next to the bond requests waiting for the
 * next epoch), the contract's max cap and how much of it is used, the countdown to the next epoch,
 * the price feed (with an update form for its owner) and the converter's price × discount.
 */
import { useState } from 'preact/hooks';
import { MeshVirtualStakingQueryClient } from '../../../contracts/mesh/virtual_staking/client.js';
import { MeshConverterQueryClient } from '../../../contracts/mesh/converter/client.js';
import { MeshSimplePriceFeedClient, MeshSimplePriceFeedQueryClient } from '../../../contracts/mesh/simple_price_feed/client.js';
import { connect, meshSecurityStatus } from '../chain';
import { contractAddress, type ChainInfo } from '../devnet';
import { Bars, ErrorLine, Field, NotDeployed, Section, TxStatus, useApp, useLive, useTx } from '../ui';
import { consumerChain } from './remote-staking';

const ok = <T extends object>(r: T) => ({ ...r, code: 0 });

function VirtualStake({ chain, virt }: { chain: ChainInfo; virt: string }) {
  const { heights } = useApp();
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const q = new MeshVirtualStakingQueryClient(c.q.wasm, virt);
    const [config, requests, delegations, module] = await Promise.all([
      q.config(),
      q.allStake(),
      c.q.staking.delegatorDelegations(virt).catch(() => undefined),
      meshSecurityStatus(c, virt).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) })),
    ]);
    const delegated = (delegations?.delegationResponses ?? []).map((d) => ({ validator: d.delegation?.validatorAddress ?? '?', amount: BigInt(d.balance?.amount ?? '0') }));
    return { config, requests: requests.stakes, delegated, module };
  }, [virt]);
  const height = heights[chain.key];
  const m = value?.module;
  const status = m !== undefined && !('error' in m) ? m : undefined;
  const validators = [...new Set([...(value?.delegated ?? []).map((d) => d.validator), ...(value?.requests ?? []).map((r) => r.validator)])].sort();
  const total = (value?.delegated ?? []).reduce((s, d) => s + d.amount, 0n);
  // In hundredths of a percent: a devnet's first stakes are a tiny share of its cap.
  const capUse = status !== undefined && status.cap > 0n ? Number((status.delegated * 10_000n) / status.cap) / 100 : undefined;
  const capText = capUse === undefined ? '—' : capUse === 0 && (status?.delegated ?? 0n) > 0n ? 'under 0.01 %' : `${capUse} %`;
  const nextEpoch = status?.nextEpochHeight;
  const blocksLeft = nextEpoch !== undefined && height !== undefined ? Math.max(0, nextEpoch - height) : undefined;
  return (
    <Section title={`Virtual staking ${virt}`}>
      <ErrorLine error={error} />
      {m !== undefined && 'error' in m && <ErrorLine error={`x/meshsecurity: ${m.error}`} />}
      {value !== undefined && <p>Denom {value.config.denom} · converter <code>{value.config.converter}</code></p>}
      <table data-testid="consumer-cap"><tbody>
        <tr><th>max cap</th><td data-testid="max-cap">{status === undefined ? '…' : `${status.cap} ${status.denom}`}</td></tr>
        <tr><th>delegated (virtual)</th><td data-testid="virtual-total">{String(status?.delegated ?? total)} {status?.denom ?? value?.config.denom ?? ''}</td></tr>
        <tr><th>cap used</th><td>{capText}{status !== undefined && <meter aria-label="share of the max cap used" min={0} max={100} value={capUse ?? 0} />}</td></tr>
        <tr><th>epoch</th><td data-testid="epoch">{status === undefined ? '…' : `every ${status.epochLength} blocks · next at height ${nextEpoch} (${blocksLeft} blocks, about ${Math.ceil(((blocksLeft ?? 0) * status.blockTimeMs) / 1000)} s)`}</td></tr>
      </tbody></table>
      {total > 0n && <Bars title="Virtual stake per validator" rows={(value?.delegated ?? []).map((d) => ({ label: d.validator.slice(0, 14), value: d.amount, color: '#9333ea' }))} />}
      <table data-testid="virtual-stake"><thead><tr><th>validator</th><th>delegated (virtual stake)</th><th>requested (the next epoch applies the difference)</th></tr></thead>
        <tbody>{validators.length === 0 ? <tr><td colSpan={3}>none yet</td></tr> : validators.map((v) => (
          <tr key={v}>
            <td><code>{v}</code></td>
            <td data-testid={`virtual-${v}`}>{String(value?.delegated.find((d) => d.validator === v)?.amount ?? 0n)}</td>
            <td>{value?.requests.find((r) => r.validator === v)?.amount ?? '0'}</td>
          </tr>
        ))}</tbody>
      </table>
    </Section>
  );
}

function PriceFeed({ chain, feed, converter }: { chain: ChainInfo; feed: string; converter: string | undefined }) {
  const { value, error } = useLive(chain.key, async () => {
    const c = await connect(chain);
    const q = new MeshSimplePriceFeedQueryClient(c.q.wasm, feed);
    const [config, price, conv] = await Promise.all([
      q.config(),
      q.price().catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) })),
      converter === undefined ? undefined : new MeshConverterQueryClient(c.q.wasm, converter).config(),
    ]);
    return { config, price, conv };
  }, [feed, converter]);
  const [price, setPrice] = useState('1');
  const [tx, run] = useTx(chain);
  const update = (e: Event) => {
    e.preventDefault();
    void run('update price', async (client, sender) => ok(await new MeshSimplePriceFeedClient(client, sender, feed).updatePrice({ nativePerForeign: price.trim() })));
  };
  const owner = value?.config.owner;
  const ownerName = chain.accounts.find((a) => a.address === owner)?.name;
  return (
    <Section title={`Price feed ${feed}`}>
      <ErrorLine error={error} />
      {value !== undefined && (
        <table data-testid="price-feed"><tbody>
          <tr><th>price (native per foreign)</th><td data-testid="price">{'error' in value.price ? <span class="error-text">{value.price.error}</span> : value.price.native_per_foreign}</td></tr>
          <tr><th>staleness limit</th><td>{value.config.price_ttl == null ? 'none' : `${value.config.price_ttl} s`}</td></tr>
          <tr><th>owner</th><td><code>{owner}</code>{ownerName !== undefined && ` (${ownerName})`}</td></tr>
          {value.conv !== undefined && <tr><th>converter adjustment (1 − discount)</th><td>{value.conv.adjustment}</td></tr>}
        </tbody></table>
      )}
      <form onSubmit={update} aria-label="update price">
        <Field label="New price (native per foreign)" name="price" value={price} onInput={setPrice} />
        <button type="submit">Update price{ownerName !== undefined ? ` (sign with ${ownerName})` : ''}</button>
      </form>
      <TxStatus state={tx} />
    </Section>
  );
}

export function ConsumerPage() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  const virt = contractAddress(mesh, 'virtual_staking');
  const feed = contractAddress(mesh, 'price_feed');
  if (virt === undefined && feed === undefined) return <Section title="Consumer"><NotDeployed what="The Mesh consumer side (converter, virtual staking, price feed)" file="mesh.json" /></Section>;
  const chain = consumerChain(devnet.chains, mesh);
  return (
    <>
      {virt !== undefined && <VirtualStake chain={chain} virt={virt} />}
      {feed !== undefined && <PriceFeed chain={chain} feed={feed} converter={contractAddress(mesh, 'converter')} />}
    </>
  );
}
