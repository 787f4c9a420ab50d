/** Light clients with their expiry, connections, channels with pending packets, and the packet path between the chains. */
import { Timestamp } from 'cosmjs-types/google/protobuf/timestamp';
import { ClientState as TmClientState, ConsensusState as TmConsensusState } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import { State as ChannelState } from 'cosmjs-types/ibc/core/channel/v1/channel';
import { connect, type ChainConn } from '../chain';
import type { ChainInfo, DevnetInfo } from '../devnet';
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

/** A port short enough for the picture: a contract's port without its address. */
const portLabel = (p: string) => (p.startsWith('wasm.') ? 'wasm.…' : p);

/** A packet's path: the source channel on one chain, the relayer, the destination channel on the other. */
function PathPicture() {
  const { devnet } = useApp();
  const p = devnet.ibc;
  if (p === undefined) return <p>The devnet has no IBC path yet.</p>;
  // Channels opened on request (Mesh Security's control channel), under the ICS-20 one.
  const extra = Object.entries(p.channels ?? {}).map(([name, c]) => ({ label: name.split(':')[0]!, a: `${portLabel(c.A.portId)}/${c.A.channelId}`, b: `${portLabel(c.B.portId)}/${c.B.channelId}` }));
  const h = 90 + 18 * extra.length;
  return (
    <svg role="img" aria-label="the packet path between the chains, per channel" width="700" height={h} viewBox={`0 0 700 ${h}`}>
      <rect x="5" y="20" width="210" height={50 + 18 * extra.length} rx="6" fill="#dbeafe" />
      <text x="15" y="40" font-size="13">{p.A.chainId}</text>
      <text x="15" y="60" font-size="11">transfer/{p.transfer.A.channelId} · {p.A.clientId}</text>
      {extra.map((c, i) => <text key={c.label} x="15" y={78 + 18 * i} font-size="11">{c.a} ({c.label})</text>)}
      <rect x="485" y="20" width="210" height={50 + 18 * extra.length} rx="6" fill="#dcfce7" />
      <text x="495" y="40" font-size="13">{p.B.chainId}</text>
      <text x="495" y="60" font-size="11">transfer/{p.transfer.B.channelId} · {p.B.clientId}</text>
      {extra.map((c, i) => <text key={c.label} x="495" y={78 + 18 * i} font-size="11">{c.b} ({c.label})</text>)}
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

type Attrs = Record<string, string>;

/** The latest `type` events on the path's connection, from txs and from block events (EndBlock sends packets too). */
async function recentEvents(c: ChainConn, type: string, connection: string, n: number): Promise<{ height: number; a: Attrs }[]> {
  const cond = `${type}.packet_connection='${connection}'`;
  const pick = (height: number, events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[]) =>
    events.filter((e) => e.type === type).map((e) => ({ height, a: Object.fromEntries(e.attributes.map((x) => [x.key, x.value])) as Attrs })).filter((e) => e.a['packet_connection'] === connection);
  const [txs, blocks] = await Promise.all([
    c.comet.txSearch({ query: cond, per_page: n, order_by: 'desc' }),
    c.comet.blockSearch({ query: cond, per_page: n, order_by: 'desc' }).catch(() => undefined),
  ]);
  const out = txs.txs.filter((t) => t.result.code === 0).flatMap((t) => pick(t.height, t.result.events));
  for (const b of blocks?.blocks ?? []) {
    const r = await c.comet.blockResults(b.block.header.height);
    out.push(...pick(r.height, r.finalizeBlockEvents));
  }
  return out.sort((x, y) => y.height - x.height);
}

const key = (port: string | undefined, chan: string | undefined, seq: string | undefined) => `${port}/${chan}/${seq}`;

/** What a packet's data or ack says, shortened: JSON as it is, else the raw text. */
const brief = (s: string | undefined) => (s === undefined ? '' : s.length > 90 ? `${s.slice(0, 90)}…` : s);
/** An ICS-04 acknowledgement as people read it: `result: <decoded>` or `error: <text>` (the raw text otherwise). */
function ackText(ack: string | undefined): string | undefined {
  if (ack === undefined) return undefined;
  try {
    const a = JSON.parse(ack) as { result?: unknown; error?: unknown };
    if (typeof a.error === 'string') return `error: ${a.error}`;
    if (typeof a.result === 'string') {
      const bytes = Uint8Array.from(atob(a.result), (ch) => ch.charCodeAt(0));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      // ICS-20's success ack is the single byte 0x01: unprintable results are shown in hex.
      return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? `result: 0x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}` : `result: ${text}`;
    }
  } catch {
    // not JSON, or a binary result: shown as written
  }
  return ack;
}
const ackKind = (ack: string | undefined) => (ack === undefined ? undefined : /"error"\s*:/.test(ack) ? 'error ack' : 'ack');

/**
 * The latest packets sent on the path's connection by each chain, with what became of them: the
 * ack the destination wrote (success or error, its text), and whether the source has processed the
 * ack or the timeout.
 */
async function recentPackets(devnet: DevnetInfo) {
  const path = devnet.ibc;
  if (path === undefined) return [];
  const conns = await Promise.all(devnet.chains.slice(0, 2).map((c) => connect(c)));
  const side = (i: number) => ({ c: conns[i]!, conn: i === 0 ? path.A.connectionId : path.B.connectionId, chainId: devnet.chains[i]!.chainId });
  const rows: { from: string; to: string; height: number; src: string; dst: string; seq: string; data: string; ack?: string; state: string }[] = [];
  const per = await Promise.all([0, 1].map(async (i) => {
    const s = side(i);
    const [sent, written, acked, timedOut] = await Promise.all([
      recentEvents(s.c, 'send_packet', s.conn, 10),
      recentEvents(s.c, 'write_acknowledgement', s.conn, 20),
      recentEvents(s.c, 'acknowledge_packet', s.conn, 20),
      recentEvents(s.c, 'timeout_packet', s.conn, 20),
    ]);
    return { sent, written, acked, timedOut };
  }));
  for (const i of [0, 1]) {
    const mine = per[i]!;
    const theirs = per[1 - i]!;
    for (const e of mine.sent) {
      const a = e.a;
      const k = key(a['packet_src_port'], a['packet_src_channel'], a['packet_sequence']);
      const w = theirs.written.find((x) => key(x.a['packet_src_port'], x.a['packet_src_channel'], x.a['packet_sequence']) === k);
      const done = mine.acked.some((x) => key(x.a['packet_src_port'], x.a['packet_src_channel'], x.a['packet_sequence']) === k);
      const to = mine.timedOut.some((x) => key(x.a['packet_src_port'], x.a['packet_src_channel'], x.a['packet_sequence']) === k);
      const ack = w?.a['packet_ack'];
      rows.push({
        from: side(i).chainId,
        to: side(1 - i).chainId,
        height: e.height,
        src: `${a['packet_src_port']}/${a['packet_src_channel']}`,
        dst: `${a['packet_dst_port']}/${a['packet_dst_channel']}`,
        seq: a['packet_sequence'] ?? '?',
        data: a['packet_data'] ?? '',
        ack,
        state: to ? 'timed out' : done ? `${ackKind(ack) ?? 'ack'} processed at the source` : w !== undefined ? `${ackKind(ack)} written, not relayed back yet` : 'sent, not received yet',
      });
    }
  }
  return rows.sort((x, y) => y.height - x.height).slice(0, 20);
}

const shortPort = (p: string) => (p.startsWith('wasm.') ? `wasm.${p.slice(5, 15)}…` : p);

function RecentPackets() {
  const { devnet } = useApp();
  const { value, error } = useLive(devnet.chains[0]!.key, () => recentPackets(devnet), [devnet.ibc], 4);
  return (
    <Section title="Recent packets and their acks">
      <ErrorLine error={error} />
      <table data-testid="recent-packets"><thead><tr><th>from → to</th><th>source → destination</th><th>seq</th><th>data</th><th>ack</th><th>state</th></tr></thead>
        <tbody>{(value ?? []).length === 0 ? <tr><td colSpan={6}>{value === undefined ? 'reading…' : 'no packets yet'}</td></tr> : value!.map((r) => (
          <tr key={`${r.from}/${r.src}/${r.seq}`}>
            <td>{r.from} → {r.to}</td><td title={`${r.src} → ${r.dst}`}>{shortPort(r.src)} → {shortPort(r.dst)}</td><td>{r.seq}</td>
            <td><code title={r.data}>{brief(r.data)}</code></td><td><code title={r.ack}>{brief(ackText(r.ack)) || '—'}</code></td><td>{r.state}</td>
          </tr>
        ))}</tbody>
      </table>
    </Section>
  );
}

export function IbcPage() {
  const { devnet } = useApp();
  return (
    <>
      <Section title="Packet path"><PathPicture /></Section>
      <RecentPackets />
      {devnet.chains.map((c) => <ChainIbc key={c.key} chain={c} />)}
    </>
  );
}
