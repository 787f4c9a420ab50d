/**
 * `meshwork trace <txhash> --home <dir> [--output text|json]`: the contract call tree of a committed
 * tx (calls, sub-messages, replies, queries, gas per frame, events, debug output, the error at the
 * frame it happened in), by re-executing the home's chain up to the tx's block (app/node/trace.ts).
 * Read only; it may run next to a live node. Exit 0 with a trace (also of a failed tx), 1 when the tx
 * is unknown or the re-execution differs from the stored chain, 2 on bad usage.
 */
import { ConfigError } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError } from '../node/home.js';
import { formatTxTrace, traceTx, TraceError } from '../node/trace.js';
import type { AppVersion } from '../chain/versions.js';
import { exitCodeFor, parseArgs, UsageError } from './args.js';

export const TRACE_USAGE = 'meshwork trace <txhash> --home <dir> [--output text|json]';

export function runTrace(argv: string[], version?: AppVersion): number {
  try {
    const [hash, ...rest] = argv;
    if (hash === undefined || hash.startsWith('--')) throw new UsageError('the tx hash is required (64 hex digits, as `tx` and `query tx` print it)');
    const a = parseArgs(rest, ['home', 'output'], []);
    const home = a.flags.get('home');
    if (home === undefined) throw new UsageError('--home is required');
    const output = a.flags.get('output') ?? 'text';
    if (output !== 'text' && output !== 'json') throw new UsageError(`--output must be text or json, got ${JSON.stringify(output)}`);
    const t = traceTx(home, hash, version);
    if (output === 'json') {
      const json = JSON.stringify(
        { hash: t.hash, height: t.height, index: t.index, code: t.result.code, gas_used: String(t.result.gasUsed), gas_wanted: String(t.result.gasWanted), log: t.result.log, debug: t.debug, frames: t.frames, labels: Object.fromEntries(t.labels) },
        (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v),
        2,
      );
      process.stdout.write(`${json}\n`);
    } else {
      process.stdout.write(`${formatTxTrace(t, { color: process.stdout.isTTY === true })}\n`);
    }
    return 0;
  } catch (e) {
    return exitCodeFor('trace', TRACE_USAGE, e, [HomeError, ConfigError, GenesisError, TraceError]);
  }
}
