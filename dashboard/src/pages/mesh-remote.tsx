/**
 * Remote staking, the consumer side and the oracle: their contracts come from deployments others
 * add to the devnet (`mesh.json`, `product-oracle.json`). Until then each page says so; once present it
 * shows the contracts and what the chain knows about them.
 */
import { connect } from '../chain';
import { contractAddress, type ChainInfo, type Deployment } from '../devnet';
import { ErrorLine, NotDeployed, Section, useApp, useLive } from '../ui';

function ContractInfo({ chain, label, address }: { chain: ChainInfo; label: string; address: string }) {
  const { value, error } = useLive(chain.key, async () => (await connect(chain)).q.wasm.getContractInfo(address), [address]);
  return (
    <tr>
      <td>{label}</td>
      <td><code>{address}</code></td>
      <td>{value?.contractInfo === undefined ? <ErrorLine error={error} /> : `code ${value.contractInfo.codeId} · ${value.contractInfo.label}`}</td>
    </tr>
  );
}

function Contracts({ title, deployment, keys }: { title: string; deployment: Deployment; keys: string[] }) {
  const { devnet } = useApp();
  const rows = keys.map((k) => ({ k, addr: contractAddress(deployment, k) })).filter((r) => r.addr !== undefined);
  const chainOf = (k: string) => devnet.chains.find((c) => c.key === deployment[`${k}_chain`]) ?? devnet.chains[k.startsWith('consumer') || k.startsWith('virtual') || k.startsWith('converter') || k.startsWith('price') ? 1 : 0] ?? devnet.chains[0]!;
  return (
    <Section title={title}>
      <table><thead><tr><th>contract</th><th>address</th><th>on chain</th></tr></thead>
        <tbody>{rows.map((r) => <ContractInfo key={r.k} chain={chainOf(r.k)} label={r.k} address={r.addr!} />)}</tbody>
      </table>
    </Section>
  );
}

export function RemoteStakingPage() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  if (contractAddress(mesh, 'external_staking') === undefined) return <Section title="Remote staking"><NotDeployed what="Mesh remote staking (external-staking)" file="mesh.json" /></Section>;
  return <Contracts title="Remote staking" deployment={mesh!} keys={['vault', 'external_staking']} />;
}

export function ConsumerPage() {
  const { devnet } = useApp();
  const mesh = devnet.deployments.mesh;
  if (contractAddress(mesh, 'converter') === undefined && contractAddress(mesh, 'virtual_staking') === undefined) return <Section title="Consumer"><NotDeployed what="The Mesh consumer side (converter, virtual staking, price feed)" file="mesh.json" /></Section>;
  return <Contracts title="Consumer" deployment={mesh!} keys={['converter', 'virtual_staking', 'price_feed']} />;
}

export function OraclePage() {
  const { devnet } = useApp();
  const oracle = devnet.deployments.oracle;
  if (oracle === undefined || Object.keys(oracle).length === 0) return <Section title="Oracle"><NotDeployed what="The product oracle" file="product-oracle.json" /></Section>;
  return <Contracts title="Oracle" deployment={oracle} keys={Object.keys(oracle).filter((k) => typeof oracle[k] === 'string')} />;
}
