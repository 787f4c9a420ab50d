/**
 * `meshwork replay --home <dir> [--to-height N]`: re-executes the home's stored chain from genesis in
 * memory and checks that every block ID and app hash comes out as stored (app/node/replay.ts). Read
 * only; it may run next to a live node. Exit 0 when identical, 1 at the first difference.
 */
import { ConfigError } from '../node/config.js';
import { GenesisError } from '../node/genesis.js';
import { HomeError } from '../node/home.js';
import { replayHome } from '../node/replay.js';
import { exitCodeFor, intFlag, parseArgs, UsageError } from './args.js';
import type { AppVersion } from '../chain/versions.js';

export const REPLAY_USAGE = 'meshwork replay --home <dir> [--to-height N]';

export function runReplay(argv: string[], version?: AppVersion): number {
  try {
    const a = parseArgs(argv, ['home', 'to-height'], []);
    const home = a.flags.get('home');
    if (home === undefined) throw new UsageError('--home is required');
    const r = replayHome(home, intFlag(a, 'to-height', 1, Number.MAX_SAFE_INTEGER), version);
    if (r.mismatch !== undefined) {
      const m = r.mismatch;
      if (m.what === 'halt') {
        process.stderr.write(`meshwork replay: stopped at height ${m.height} after ${r.verified} identical blocks: ${m.stored}; ${m.replayed}.\n`);
        return 1;
      }
      const what = m.what === 'missing_block' ? 'the block is missing from the store' : `${m.what === 'block_id' ? 'block ID' : 'app hash'} stored ${m.stored}, replayed ${m.replayed}`;
      process.stderr.write(`meshwork replay: height ${m.height} differs after ${r.verified} identical blocks: ${what}.\nThe stored chain is not what its txs produce from genesis: this home's state cannot be trusted; restore it from a good copy or resync.\n`);
      return 1;
    }
    for (const u of r.upgrades) process.stdout.write(`applied upgrade "${u.name}" at height ${u.height} (app version ${u.version})\n`);
    process.stdout.write(`replayed ${r.verified} blocks of ${r.storedHeight}: every block ID and app hash matches; app hash ${r.appHash}\n`);
    return 0;
  } catch (e) {
    return exitCodeFor('replay', REPLAY_USAGE, e, [HomeError, ConfigError, GenesisError]);
  }
}
