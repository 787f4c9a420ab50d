/**
 * Module consensus versions and their migrations (the SDK's module manager `RunMigrations` and
 * `Configurator`): an upgrade handler receives the version map stored on chain, runs each module's
 * registered migrations from its stored version up to the binary's version, and runs InitGenesis
 * for modules the stored map does not know (new in this binary).
 */
import type { Context } from '../../kernel/context.js';
import { ChainError, Codes } from '../../kernel/errors.js';

/** Module name → consensus version. */
export type VersionMap = Map<string, number>;

export type Migration = (ctx: Context) => void;

/** What the upgrade machinery needs to know of one module of the binary. */
export interface VersionedModule {
  name: string;
  /** The module's current consensus version in this binary (≥ 1). */
  consensusVersion: number;
  /** `migrations[v]` moves the module's state from version v to v + 1. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Called when the module is new at an upgrade (not in the stored version map), with default genesis. */
  initGenesis?(ctx: Context): void;
}

/** The binary's own version map. */
export function versionMapOf(modules: readonly VersionedModule[]): VersionMap {
  return new Map(modules.map((m) => [m.name, m.consensusVersion]));
}

/**
 * The SDK's default migration order: by module name, except `auth` last (its migrations may depend
 * on other modules' state, e.g. staking's, being migrated first).
 */
export function migrationOrder(names: readonly string[]): string[] {
  const sorted = [...names].sort();
  const auth = sorted.indexOf('auth');
  if (auth >= 0) sorted.push(...sorted.splice(auth, 1));
  return sorted;
}

/**
 * Runs every module's migrations in `order` (default `migrationOrder`), each module's steps in
 * version order, and InitGenesis for modules missing from `from`. Returns the new version map
 * (the binary's). Any failure throws: the caller (the upgrade's block) must not continue.
 */
export function runMigrations(ctx: Context, modules: readonly VersionedModule[], from: VersionMap, order?: readonly string[]): VersionMap {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const names = order ?? migrationOrder([...byName.keys()]);
  for (const name of names) {
    const m = byName.get(name);
    if (m === undefined) throw new ChainError(Codes.Logic, `migration order names ${name}, which is not a module of this binary`);
    const stored = from.get(name);
    if (stored === undefined) {
      m.initGenesis?.(ctx);
      continue;
    }
    if (stored > m.consensusVersion) {
      throw new ChainError(Codes.Logic, `module ${name} is at consensus version ${stored} on chain but only ${m.consensusVersion} in this binary: a module cannot be downgraded`);
    }
    for (let v = stored; v < m.consensusVersion; v++) {
      const step = m.migrations?.[v];
      if (step === undefined) throw new ChainError(Codes.Logic, `no migration registered for module ${name} from version ${v} to ${v + 1}`);
      step(ctx);
    }
  }
  return versionMapOf(modules);
}
