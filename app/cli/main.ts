/** Entry point of the `meshwork` command: dispatches to one module per subcommand. */
import { runCheck } from './check.js';
import { runInit } from './init.js';
import { runStart } from './start.js';
import { runRelay } from './relay.js';
import { runDevnet } from './devnet.js';
import { runReplay } from './replay.js';
import { processIO } from './client.js';
import { runKeys } from './keys.js';
import { runTx } from './tx.js';
import { runQuery } from './query.js';
import { runTestnet } from './testnet.js';

const USAGE = `meshwork <command> [options]

Commands:
  check [--available-capabilities a,b] <file.wasm>...   run the chain's upload checks on contracts
  init --home <dir> --chain-id <id> [--moniker m] [--accounts N] [--block-time-ms T] [--rpc-laddr h:p] [--overwrite]
                                                        create a node home: genesis, config, validator key, funded dev accounts
  start --home <dir> [--rpc-laddr h:p] [--log-level l] [--block-time-ms T]
                                                        run the node (CometBFT JSON-RPC on 127.0.0.1:26657) until SIGINT/SIGTERM
  relay --from <home> --to <home> [--path f] [--once]  relay IBC between two nodes over RPC (creates the path on first run)
  devnet [--dir d] [--port-a N] [--port-b N]            two chains and a relayer as separate processes; Ctrl-C stops them
  replay --home <dir> [--to-height N]                   re-execute the stored chain from genesis; check every block ID and app hash
  keys create|import|export|list|show|delete ...        manage keys in <home>/keyring.json (\`meshwork keys\` for details)
  tx bank|staking|gov|wasm ... --from <key>             sign and broadcast a tx over RPC (\`meshwork tx\` for details)
  query|q bank|auth|staking|gov|wasm|tx ...             query a node over RPC (\`meshwork query\` for details)
  testnet --validators N --output <dir> [...]           CometBFT 0.38 + Meshwork ABCI homes for N validators, and start scripts
  help                                                  this text
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'check':
      return runCheck(rest);
    case 'init':
      return runInit(rest);
    case 'start':
      return runStart(rest);
    case 'relay':
      return runRelay(rest);
    case 'devnet':
      return runDevnet(rest);
    case 'replay':
      return runReplay(rest);
    case 'keys':
      return runKeys(rest, processIO());
    case 'tx':
      return runTx(rest, processIO());
    case 'testnet':
      return runTestnet(rest);
    case 'query':
    case 'q':
      return runQuery(rest, processIO());
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`meshwork: unknown command "${cmd}"\n\n${USAGE}\n`);
      return 2;
  }
}
