/**
 * The oracle page: the contracts `product-oracle.json` names and what the chain knows about them
 * ("not deployed" until the devnet writes the file).
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

export function OraclePage() {
  const { devnet } = useApp();
  const oracle = devnet.deployments.oracle;
  if (oracle === undefined || Object.keys(oracle).length === 0) return <Section title="Oracle"><NotDeployed what="The product oracle" file="product-oracle.json" /></Section>;
  return <Contracts title="Oracle" deployment={oracle} keys={Object.keys(oracle).filter((k) => typeof oracle[k] === 'string')} />;
}
