/** Light clients with their expiry, connections, channels with pending packets, and the packet path between the chains. */
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { ClientState as TmClientState, ConsensusState as TmConsensusState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { State as ChannelState } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { connect } from '../chain';
import type { ChainInfo } from '../devnet';
import { ErrorLine, Section, useApp, useLive } from '../ui';

async function ibcState(chain: ChainInfo) {
  const c = await connect(chain);
  const [clients, conns, chans] = await Promise.all([c.q.ibc.client.states(), c.q.ibc.connection.connections(), c.q.ibc.channel.channels()]);
  const clientRows = await Promise.all(
    clients.clientStates.map(async (s) => {
      let chainId = '?';
      let expiry = 'unknown';
      let height = '?';
      if (s.clientState?.typeUrl === '/ibc.lightclients.tendermint.v1.ClientState') {
        const cs = TmClientState.decode(s.clientState.value);
        chainId = cs.chainId;
        height = `${cs.latestHeight?.revisionNumber ?? 0n}-${cs.latestHeight?.revisionHeight ?? 0n}`;
        const cons = await c.q.ibc.client.consensusState(s.clientId, Number(cs.latestHeight?.revisionHeight ?? 0n)).catch(() => undefined);
        if (cons?.consensusState !== undefined && cs.trustingPeriod !== undefined) {
          const ts = TmConsensusState.decode(cons.consensusState.value).timestamp ?? Timestamp.fromPartial({});
          const expires = (Number(ts.seconds) + Number(cs.trustingPeriod.seconds)) * 1000;
          expiry = new Date(expires).toISOString();
        }
      }
      return { id: s.clientId, chainId, height, expiry };
    }),
  );
  const chanRows = await Promise.all(
    chans.channels.map(async (ch) => {
      const [commits, acks] = await Promise.all([
        c.q.ibc.channel.packetCommitments(ch.portId, ch.channelId).catch(() => undefined),
        c.q.ibc.channel.packetAcknowledgements(ch.portId, ch.channelId).catch(() => undefined),
      ]);
      return { ch, pending: commits?.commitments.map((p) => p.sequence) ?? [], acked: acks?.acknowledgements.map((p) => p.sequence) ?? [] };
    }),
  );
  return { clientRows, conns: conns.connections, chanRows };
}

/** A packet's path: the source channel on one chain, the relayer, the destination channel on the other. */
function PathPicture() {
  const { devnet } = useApp();
  const p = devnet.ibc;
  if (p === undefined) return <p>The devnet has no IBC path yet.</p>;
  return (
    <svg role="img" aria-label="the ICS-20 packet path between the chains" width="700" height="90" viewBox="0 0 700 90">
      <rect x="5" y="20" width="210" height="50" rx="6" fill="#dbeafe" />
      <text x="15" y="40" font-size="13">{p.A.chainId}</text>
      <text x="15" y="60" font-size="11">transfer/{p.transfer.A.channelId} · {p.A.clientId}</text>
      <rect x="485" y="20" width="210" height="50" rx="6" fill="#dcfce7" />
      <text x="495" y="40" font-size="13">{p.B.chainId}</text>
      <text x="495" y="60" font-size="11">transfer/{p.transfer.B.channelId} · {p.B.clientId}</text>
      <line x1="215" y1="38" x2="485" y2="38" stroke="#334155" marker-end="url(#arrow)" />
      <line x1="485" y1="55" x2="215" y2="55" stroke="#94a3b8" stroke-dasharray="4" marker-end="url(#arrow)" />
      <text x="290" y="32" font-size="11">send_packet → recv_packet</text>
      <text x="295" y="72" font-size="11">acknowledgement ←</text>
      <defs>
        <marker id="arrow" markerWidth="8" markerHeight="8" refX="8" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#334155" /></marker>
      </defs>
    </svg>
  );
}

function ChainIbc({ chain }: { chain: ChainInfo }) {
  const { value, error } = useLive(chain.key, () => ibcState(chain));
  return (
    <Section title={`IBC on ${chain.chainId}`}>
      <ErrorLine error={error} />
      {value !== undefined && (
        <>
          <h3>Clients</h3>
          <table><thead><tr><th>client</th><th>tracks</th><th>latest height</th><th>expires (trusting period)</th></tr></thead>
            <tbody>{value.clientRows.map((r) => <tr key={r.id}><td>{r.id}</td><td>{r.chainId}</td><td>{r.height}</td><td>{r.expiry}</td></tr>)}</tbody>
          </table>
          <h3>Connections</h3>
          <table><thead><tr><th>connection</th><th>client</th><th>counterparty</th><th>state</th></tr></thead>
            <tbody>{value.conns.map((x) => <tr key={x.id}><td>{x.id}</td><td>{x.clientId}</td><td>{x.counterparty?.connectionId} ({x.counterparty?.clientId})</td><td>{x.state === 3 ? 'open' : `state ${x.state}`}</td></tr>)}</tbody>
          </table>
          <h3>Channels</h3>
          <table data-testid={`channels-${chain.key}`}><thead><tr><th>channel</th><th>counterparty</th><th>state</th><th>pending packets (sequences)</th><th>acks written here</th></tr></thead>
            <tbody>{value.chanRows.map(({ ch, pending, acked }) => (
              <tr key={`${ch.portId}/${ch.channelId}`}>
                <td>{ch.portId}/{ch.channelId}</td><td>{ch.counterparty?.portId}/{ch.counterparty?.channelId}</td><td>{ch.state === ChannelState.STATE_OPEN ? 'open' : String(ch.state)}</td>
                <td>{pending.length === 0 ? 'none' : pending.map(String).join(', ')}</td><td>{acked.length === 0 ? 'none' : acked.map(String).join(', ')}</td>
              </tr>
            ))}</tbody>
          </table>
        </>
      )}
    </Section>
  );
}

export function IbcPage() {
  const { devnet } = useApp();
  return (
    <>
      <Section title="Packet path"><PathPicture /></Section>
      {devnet.chains.map((c) => <ChainIbc key={c.key} chain={c} />)}
    </>
  );
}
