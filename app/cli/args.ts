/** A small flag parser for the node subcommands: `--name value`, `--name=value` and boolean `--flag`. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--help` / `-h` anywhere, as cobra reads them. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((x) => x === '--help' || x === '-h');
}

export interface ParsedArgs {
  flags: Map<string, string>;
  switches: Set<string>;
}

/** `valued`: flags that take a value; `switches`: flags that do not. Anything else is an error. */
export function parseArgs(argv: readonly string[], valued: readonly string[], switches: readonly string[]): ParsedArgs {
  const flags = new Map<string, string>();
  const on = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(a)}`);
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    if (switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      on.add(name);
    } else if (valued.includes(name)) {
      const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || (eq < 0 && v.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      flags.set(name, v);
    } else throw new UsageError(`unknown flag --${name}`);
  }
  return { flags, switches: on };
}

export function intFlag(p: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = p.flags.get(name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`--${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(v)}`);
  return Number(v);
}

/**
 * The exit code for an error a subcommand caught, after telling the user: 2 for bad usage (with the
 * usage line), 1 for the errors the user can fix (`fixable`: a bad home, config, genesis…).
 * Anything else is a bug and is rethrown, so its stack is seen.
 */
export function exitCodeFor(cmd: string, usage: string, e: unknown, fixable: readonly (abstract new (...args: never[]) => Error)[] = []): number {
  if (e instanceof UsageError) {
    process.stderr.write(`meshwork ${cmd}: ${e.message}\nusage: ${usage}\n`);
    return 2;
  }
  if (fixable.some((cls) => e instanceof cls)) {
    process.stderr.write(`meshwork ${cmd}: ${(e as Error).message}\n`);
    return 1;
  }
  throw e;
}
