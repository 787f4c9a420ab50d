/** Balances on both chains with IBC vouchers traced back to their origin; bank send and ICS-20 transfer. */
import { useState } from 'preact/hooks';
import type { MsgTransferEncodeObject } from '@cosmjs/stargate';
import { connect } from '../chain';
import type { ChainInfo } from '../devnet';
import { ErrorLine, Field, Section, Select, TxStatus, coinsText, useApp, useLive, useTx } from '../ui';

interface Row {
  name: string;
  address: string;
  coins: { denom: string; amount: string; trace?: string }[];
}

async function balances(chain: ChainInfo): Promise<Row[]> {
  const c = await connect(chain);
  return Promise.all(
    chain.accounts.map(async (a) => {
      const coins = await c.q.bank.allBalances(a.address);
      const traced = await Promise.all(
        coins.map(async (coin) => {
          if (!coin.denom.startsWith('ibc/')) return coin;
          const t = await c.q.ibc.transfer.denomTrace(coin.denom.slice(4)).catch(() => undefined);
          return { ...coin, trace: t?.denom === undefined ? 'unknown trace' : [...t.denom.trace.map((h) => `${h.portId}/${h.channelId}`), t.denom.base].join('/') };
        }),
      );
      return { name: a.name, address: a.address, coins: traced };
    }),
  );
}

function ChainBalances({ chain }: { chain: ChainInfo }) {
  const { value, error } = useLive(chain.key, () => balances(chain));
  return (
    <Section title={`Balances on ${chain.chainId}`}>
      <ErrorLine error={error} />
      <table data-testid={`balances-${chain.key}`}>
        <thead>
          <tr><th>key</th><th>address</th><th>balances (IBC vouchers with their trace)</th></tr>
        </thead>
        <tbody>
          {(value ?? []).map((r) => (
            <tr key={r.address}>
              <td>{r.name}</td>
              <td><code>{r.address}</code></td>
              <td class="coins">
                {r.coins.length === 0 ? '—' : r.coins.map((c) => (
                  <div key={c.denom}>
                    {c.amount} {c.trace === undefined ? c.denom : <span title={c.denom}>{c.trace} <small>(voucher {c.denom.slice(0, 12)}…)</small></span>}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

/** A sensible default counterparty: the signer's namesake on another chain, else another dev account. */
function defaultRecipient(chain: ChainInfo | undefined, signerName: string | undefined, sameChain: boolean): string {
  const accounts = chain?.accounts ?? [];
  const pick = sameChain ? accounts.find((a) => a.name !== signerName && a.name !== 'validator') : accounts.find((a) => a.name === signerName);
  return (pick ?? accounts[0])?.address ?? '';
}

function SendForm() {
  const { devnet, signer } = useApp();
  const signerName = signer.kind === 'devnet' ? signer.name : undefined;
  const [chainKey, setChainKey] = useState(devnet.chains[0]!.key);
  const chain = devnet.chains.find((c) => c.key === chainKey)!;
  const [to, setTo] = useState(() => defaultRecipient(chain, signerName, true));
  const [amount, setAmount] = useState(`1000${chain.denom}`);
  const [tx, run] = useTx(chain);
  const submit = (e: Event) => {
    e.preventDefault();
    const m = /^(\d+)([a-zA-Z][\w/:.-]*)$/.exec(amount.trim());
    void run('bank send', async (client, sender) => {
      if (m === null) throw new Error(`amount "${amount}" is not <number><denom>, e.g. 1000${chain.denom}`);
      return client.sendTokens(sender, to.trim(), [{ amount: m[1]!, denom: m[2]! }], 'auto');
    });
  };
  return (
    <Section title="Send">
      <form onSubmit={submit} aria-label="bank send">
        <Select label="Chain" value={chainKey} onChange={(k) => { setChainKey(k); setTo(defaultRecipient(devnet.chains.find((c) => c.key === k), signerName, true)); }} options={devnet.chains.map((c) => ({ value: c.key, label: c.chainId }))} />
        <Field label="Recipient" name="send-to" value={to} onInput={setTo} />
        <Field label="Amount" name="send-amount" value={amount} onInput={setAmount} />
        <button type="submit">Send</button>
      </form>
      <TxStatus state={tx} />
    </Section>
  );
}

function TransferForm() {
  const { devnet, signer } = useApp();
  const signerName = signer.kind === 'devnet' ? signer.name : undefined;
  const [from, setFrom] = useState(devnet.chains[0]!.key);
  const src = devnet.chains.find((c) => c.key === from)!;
  const dst = devnet.chains.find((c) => c.key !== from);
  const channel = devnet.ibc === undefined ? undefined : from === 'a' ? devnet.ibc.transfer.A.channelId : devnet.ibc.transfer.B.channelId;
  const [to, setTo] = useState(() => defaultRecipient(dst, signerName, false));
  const [amount, setAmount] = useState('1000');
  const [denom, setDenom] = useState(src.denom);
  const [tx, run] = useTx(src);
  if (channel === undefined || dst === undefined) return <Section title="ICS-20 transfer"><p>The devnet has no IBC path yet.</p></Section>;
  const submit = (e: Event) => {
    e.preventDefault();
    void run(`ICS-20 transfer over transfer/${channel}`, async (client, sender) => {
      const timeoutNs = BigInt(Date.now() + 10 * 60_000) * 1_000_000n;
      const msg: MsgTransferEncodeObject = {
        typeUrl: '/ibc.applications.transfer.v1.MsgTransfer',
        value: { sourcePort: 'transfer', sourceChannel: channel, token: { denom: denom.trim(), amount: amount.trim() }, sender, receiver: to.trim(), timeoutHeight: undefined, timeoutTimestamp: timeoutNs, memo: '' },
      };
      return client.signAndBroadcast(sender, [msg], 'auto');
    });
  };
  return (
    <Section title="ICS-20 transfer">
      <form onSubmit={submit} aria-label="ICS-20 transfer">
        <Select label="From chain" value={from} onChange={(k) => { setFrom(k); setTo(defaultRecipient(devnet.chains.find((c) => c.key !== k), signerName, false)); }} options={devnet.chains.map((c) => ({ value: c.key, label: c.chainId }))} />
        <Field label={`Receiver on ${dst.chainId}`} name="transfer-to" value={to} onInput={setTo} />
        <Field label="Amount" name="transfer-amount" value={amount} onInput={setAmount} />
        <Field label="Denom" name="transfer-denom" value={denom} onInput={setDenom} />
        <button type="submit">Transfer</button>
      </form>
      <p>Channel transfer/{channel}; the devnet's relayer carries the packet and its ack.</p>
      <TxStatus state={tx} />
    </Section>
  );
}

export function AccountsPage() {
  const { devnet } = useApp();
  return (
    <>
      {devnet.chains.map((c) => <ChainBalances key={c.key} chain={c} />)}
      <SendForm />
      <TransferForm />
    </>
  );
}

export { coinsText };
