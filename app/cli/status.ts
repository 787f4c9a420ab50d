/**
 * `meshwork status [--node url | --home dir]`: the node's CometBFT status (node_info, sync_info,
 * validator_info) as JSON, which is what `wasmd status` prints (the SDK marshals Comet's
 * ResultStatus with Comet's JSON encoder: int64 as strings, hashes as hex).
 */
import { CliError, COMMON_VALUED, nodeUrl, printJson, printHelp, runCommand, splitArgs, type CliIO } from './client.js';
import { UsageError } from './args.js';

export const STATUS_USAGE = `  meshwork status [--node <url>] [--home <dir>]
  flags: --node <url> (default the home's RPC address) --home <dir>`;

/** One JSON-RPC call over HTTP; what the node answered under `result`. */
export async function rpcCall(url: string, method: string, params: Record<string, unknown> = {}): Promise<unknown> {
  let r: Response;
  try {
    r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    throw new CliError(`cannot reach a node at ${url} (${err.cause?.code ?? err.message}); start one with \`meshwork start --home <dir>\` or pass --node <url>`);
  }
  const body = (await r.json()) as { result?: unknown; error?: { code: number; message: string; data?: string } };
  if (body.error !== undefined) throw new CliError(`${method} at ${url} failed: ${body.error.message}${body.error.data === undefined ? '' : ` (${body.error.data})`}`);
  return body.result;
}

export async function runStatus(argv: string[], io: CliIO): Promise<number> {
  if (printHelp(argv, io, STATUS_USAGE, 'status')) return 0;
  return runCommand('status', () => STATUS_USAGE, io, () => true, async () => {
    const a = splitArgs(argv, [...COMMON_VALUED], []);
    if (a.positional.length > 0) throw new UsageError(`status takes no arguments, got ${a.positional.map((p) => JSON.stringify(p)).join(' ')}`);
    printJson(io, await rpcCall(nodeUrl(a, io), 'status'));
    return 0;
  });
}
