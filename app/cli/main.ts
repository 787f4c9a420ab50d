/** Entry point of the `meshwork` command: dispatches to one module per subcommand. */
import { runCheck } from './check.js';

const USAGE = `meshwork <command> [options]

Commands:
  check [--available-capabilities a,b] <file.wasm>...   run the chain's upload checks on contracts
  help                                                  this text
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'check':
      return runCheck(rest);
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
