/** Shared pieces: the app context, the tx progress panel, labelled fields, bar charts, the absent state. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { ChainInfo, DevnetInfo } from './devnet';
import { signingClient, type SignerChoice } from './chain';
import type { SigningCosmWasmClient } from '@cosmjs/cosmwasm-stargate';

export interface AppState {
  devnet: DevnetInfo;
  signer: SignerChoice;
  /** Latest block height per chain key, from the websocket subscription: pages re-read on change. */
  heights: Record<string, number>;
}

export const App = createContext<AppState | undefined>(undefined);

export function useApp(): AppState {
  const s = useContext(App);
  if (s === undefined) throw new Error('useApp outside the App provider');
  return s;
}

/**
 * Re-runs `load` whenever the chain's height moves (every `everyBlocks` blocks) or the deps change;
 * keeps the last value on error. One load at a time: blocks that arrive while a load runs ask for
 * one more load after it (so a read slower than a block still lands), and a load started before
 * the deps changed is never shown.
 */
export function useLive<T>(chainKey: string, load: () => Promise<T>, deps: unknown[] = [], everyBlocks = 1): { value: T | undefined; error: string | undefined } {
  const { heights } = useApp();
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const state = useRef({ generation: 0, running: false, again: false, load });
  state.current.load = load;
  const start = (): void => {
    const s = state.current;
    if (s.running) {
      s.again = true;
      return;
    }
    s.running = true;
    const generation = s.generation;
    const done = (): void => {
      s.running = false;
      if (s.again) {
        s.again = false;
        start();
      }
    };
    s.load().then(
      (v) => {
        if (generation === s.generation) (setValue(v), setError(undefined));
        done();
      },
      (e: unknown) => {
        if (generation === s.generation) setError(e instanceof Error ? e.message : String(e));
        done();
      },
    );
  };
  useEffect(() => {
    state.current.generation++;
    state.current.again = state.current.running;
  }, deps);
  useEffect(start, [Math.floor((heights[chainKey] ?? 0) / everyBlocks), ...deps]);
  return { value, error };
}

export type TxState =
  | { phase: 'idle' }
  | { phase: 'signing' | 'broadcasting'; what: string }
  | { phase: 'done'; what: string; hash: string; height: number; gasUsed: bigint; gasWanted: bigint }
  | { phase: 'failed'; what: string; error: string; hash?: string; gasUsed?: bigint; gasWanted?: bigint };

interface TxResultLike {
  code: number;
  transactionHash: string;
  height: number;
  gasUsed: bigint;
  gasWanted: bigint;
  rawLog?: string;
}

/** One tx at a time per form: sign with the chosen key on `chain`, show progress, hash, gas and any error. */
export function useTx(chain: ChainInfo): [TxState, (what: string, send: (c: SigningCosmWasmClient, sender: string) => Promise<TxResultLike>) => Promise<boolean>] {
  const { signer } = useApp();
  const [state, setState] = useState<TxState>({ phase: 'idle' });
  const run = async (what: string, send: (c: SigningCosmWasmClient, sender: string) => Promise<TxResultLike>): Promise<boolean> => {
    setState({ phase: 'signing', what });
    try {
      const { client, address } = await signingClient(chain, signer);
      setState({ phase: 'broadcasting', what });
      const r = await send(client, address);
      if (r.code !== 0) {
        setState({ phase: 'failed', what, error: r.rawLog || `code ${r.code}`, hash: r.transactionHash, gasUsed: r.gasUsed, gasWanted: r.gasWanted });
        return false;
      }
      setState({ phase: 'done', what, hash: r.transactionHash, height: r.height, gasUsed: r.gasUsed, gasWanted: r.gasWanted });
      return true;
    } catch (e) {
      setState({ phase: 'failed', what, error: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };
  return [state, run];
}

export function TxStatus({ state }: { state: TxState }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'signing' || state.phase === 'broadcasting') {
    return <div class="tx pending" role="status">{state.what}: {state.phase}…</div>;
  }
  if (state.phase === 'done') {
    return (
      <div class="tx ok" role="status" data-testid="tx-ok">
        {state.what}: included at height {state.height} · hash <code>{state.hash}</code> · gas {String(state.gasUsed)} / {String(state.gasWanted)}
      </div>
    );
  }
  if (state.phase !== 'failed') return null;
  return (
    <div class="tx failed" role="alert" data-testid="tx-error">
      {state.what} failed: <span class="error-text">{state.error}</span>
      {state.hash !== undefined && <> · hash <code>{state.hash}</code></>}
      {state.gasUsed !== undefined && <> · gas {String(state.gasUsed)} / {String(state.gasWanted)}</>}
    </div>
  );
}

let fieldSeq = 0;
/** An input with its own <label for=…>: every form control on the dashboard is labelled. */
export function Field({ label, value, onInput, name }: { label: string; value: string; onInput: (v: string) => void; name?: string }) {
  const [id] = useState(() => `f${++fieldSeq}`);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} name={name ?? id} type="text" value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
    </div>
  );
}

export function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  const [id] = useState(() => `f${++fieldSeq}`);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Horizontal bars (SVG) for tallies, stake across validators and liens: value / max per row. */
export function Bars({ title, rows }: { title: string; rows: { label: string; value: bigint; color?: string }[] }) {
  const max = rows.reduce((m, r) => (r.value > m ? r.value : m), 0n);
  const h = 22;
  return (
    <figure class="bars">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={title} width="100%" height={rows.length * h + 4} viewBox={`0 0 520 ${rows.length * h + 4}`} preserveAspectRatio="none">
        {rows.map((r, i) => {
          const w = max === 0n ? 0 : Number((r.value * 250n) / max);
          return (
            <g key={r.label} transform={`translate(0 ${i * h + 2})`}>
              <text x="0" y="15" font-size="12">{r.label}</text>
              <rect x="130" y="3" width={w} height="15" fill={r.color ?? '#3b82f6'} />
              <text x={134 + w} y="15" font-size="12">{String(r.value)}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export function NotDeployed({ what, file }: { what: string; file: string }) {
  return (
    <div class="absent" role="note" data-testid="not-deployed">
      <strong>{what} is not deployed on this devnet.</strong> The page fills in once the devnet writes <code>{file}</code> in its directory.
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function ErrorLine({ error }: { error: string | undefined }) {
  return error === undefined ? null : <p class="load-error" role="alert">{error}</p>;
}

export const coinsText = (cs: readonly { denom: string; amount: string }[]): string => (cs.length === 0 ? '—' : cs.map((c) => `${c.amount} ${c.denom}`).join(', '));
