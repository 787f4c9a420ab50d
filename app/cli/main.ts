/**
 * Entry point of the `meshwork` command: one table of commands, each with its usage and the
 * function that runs it. A new command is one entry (name, aliases, summary, usage, run).
 */
import { runCheck, CHECK_USAGE } from './check.js';
import { runInit, INIT_USAGE } from './init.js';
import { runStart, START_USAGE } from './start.js';
import { runRelay, RELAY_USAGE } from './relay.js';
import { runDevnet, DEVNET_USAGE } from './devnet.js';
import { runReplay, REPLAY_USAGE } from './replay.js';
import { runTrace, TRACE_USAGE } from './trace.js';
import { processIO } from './client.js';
import { runKeys, KEYS_USAGE } from './keys.js';
import { runTx, TX_USAGE } from './tx.js';
import { runQuery, QUERY_USAGE } from './query.js';
import { runStatus, STATUS_USAGE } from './status.js';
import { wantsHelp } from './args.js';
import type { AppVersion } from '../chain/versions.js';
import { runVisor, VISOR_USAGE } from './visor.js';
import { runTestnet, TESTNET_USAGE } from './testnet.js';
import { runBuild, runTest, runNew, BUILD_USAGE, TEST_USAGE, NEW_USAGE } from './project.js';

export interface CommandSpec {
  name: string;
  aliases?: readonly string[];
  /** One line for the top-level help. */
  summary: string;
  /** The command's own usage text (`meshwork <name> --help`). */
  usage: string;
  /** Commands with subcommands print the help of the subcommand named themselves. */
  ownHelp?: boolean;
  run(argv: string[]): Promise<number> | number;
}

export interface MainOptions {
  /** The app version this binary runs (`bin/meshwork-v2.js`: the test-only second version). */
  version?: AppVersion;
}

export function commands(opts: MainOptions = {}): CommandSpec[] {
  return [
  { name: 'check', summary: 'run the chain\'s upload checks on contracts', usage: CHECK_USAGE, run: runCheck },
  { name: 'init', summary: 'create a node home: genesis, config, validator key, funded dev accounts', usage: INIT_USAGE, run: runInit },
  { name: 'start', summary: 'run the node (CometBFT JSON-RPC) until SIGINT/SIGTERM', usage: START_USAGE, run: (a) => runStart(a, opts.version) },
  { name: 'status', summary: 'a node\'s status: node info, sync info, validator info (as `wasmd status`)', usage: STATUS_USAGE, run: (a) => runStatus(a, processIO()) },
  { name: 'relay', summary: 'relay IBC between two nodes over RPC (creates the path on first run)', usage: RELAY_USAGE, run: runRelay },
  { name: 'devnet', summary: 'two chains and a relayer as separate processes; `devnet stop` stops a running one', usage: DEVNET_USAGE, run: runDevnet },
  { name: 'replay', summary: 're-execute the stored chain from genesis; check every block ID and app hash', usage: REPLAY_USAGE, run: (a) => runReplay(a, opts.version) },
  { name: 'trace', summary: 'the contract call tree of a committed tx, with gas per frame (re-executes its block)', usage: TRACE_USAGE, run: (a) => runTrace(a, opts.version) },
  { name: 'keys', summary: 'manage keys in <home>/keyring.json', usage: KEYS_USAGE, ownHelp: true, run: (a) => runKeys(a, processIO()) },
  { name: 'tx', summary: 'sign and broadcast a tx over RPC; or --generate-only, tx sign, tx broadcast', usage: TX_USAGE, ownHelp: true, run: (a) => runTx(a, processIO()) },
  { name: 'query', aliases: ['q'], summary: 'query a node over RPC', usage: QUERY_USAGE, ownHelp: true, run: (a) => runQuery(a, processIO()) },
    { name: 'testnet', summary: 'CometBFT 0.38 + Meshwork ABCI homes for N validators, and start scripts', usage: TESTNET_USAGE, run: runTestnet },
    { name: 'new', summary: 'create a contract project outside this repository (counter, TestChain test, deploy script)', usage: NEW_USAGE, run: runNew },
    { name: 'build', summary: 'build the contracts of the project in this folder (unchanged ones are skipped)', usage: BUILD_USAGE, run: runBuild },
    { name: 'test', summary: 'run the project\'s *.test.ts (TypeScript, Node\'s test runner)', usage: TEST_USAGE, run: runTest },
    { name: 'visor', summary: 'supervise a node across upgrades (cosmovisor layout and env)', usage: VISOR_USAGE, ownHelp: true, run: (a) => runVisor(a, processIO()) },
    {
      name: 'pre-upgrade',
      summary: 'the visor\'s pre-upgrade hook (this version has none: exit 1)',
      usage: 'pre-upgrade --home <dir>',
      // cosmovisor's contract: exit 1 = "not implemented", and the upgrade continues.
      run: () => {
        process.stderr.write('meshwork pre-upgrade: this app version has no pre-upgrade work\n');
        return 1;
      },
    },
  ];
}

export const COMMANDS: CommandSpec[] = commands();

export function usage(): string {
  const lines = COMMANDS.map((c) => `  ${[c.name, ...(c.aliases ?? [])].join('|').padEnd(14)}${c.summary}`);
  return `meshwork <command> [options]\n\nCommands:\n${lines.join('\n')}\n  help [command]  this text, or a command's own help (also: meshwork <command> --help)\n`;
}

function find(name: string, table: readonly CommandSpec[] = COMMANDS): CommandSpec | undefined {
  return table.find((c) => c.name === name || (c.aliases ?? []).includes(name));
}

function printUsage(c: CommandSpec): number {
  process.stdout.write(`usage:\n${c.usage.replace(/^(?! )/gm, '  ')}\n`);
  return 0;
}

export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const table = opts.version === undefined ? COMMANDS : commands(opts);
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    const named = cmd === undefined ? undefined : rest[0];
    const c = named === undefined ? undefined : find(named, table);
    if (named !== undefined && c === undefined) {
      process.stderr.write(`meshwork help: unknown command "${named}"\n\n${usage()}\n`);
      return 2;
    }
    if (c !== undefined) return c.ownHelp === true ? c.run(['help', ...rest.slice(1)]) : printUsage(c);
    process.stdout.write(`${usage()}\n`);
    return cmd === undefined ? 2 : 0;
  }
  const c = find(cmd, table);
  if (c === undefined) {
    process.stderr.write(`meshwork: unknown command "${cmd}"\n\n${usage()}\n`);
    return 2;
  }
  if (c.ownHelp !== true && wantsHelp(rest)) return printUsage(c);
  return c.run(rest);
}
