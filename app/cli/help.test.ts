/**
 * `--help` everywhere: every command and subcommand prints its own usage on stdout and exits 0
 * (never "unknown flag --help", never a file named --help, never the parent's whole text).
 * One child process runs every case through `main` and reports what each printed.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

const CASES: string[][] = [
  ['devnet', '--help'],
  ['devnet', 'stop', '--help'],
  ['start', '--help'],
  ['init', '-h'],
  ['relay', '--help'],
  ['replay', '--help'],
  ['check', '--help'],
  ['new', '--help'],
  ['build', '--help'],
  ['test', '--help'],
  ['status', '--help'],
  ['keys', '--help'],
  ['tx', '--help'],
  ['tx', 'wasm', '--help'],
  ['tx', 'wasm', 'instantiate2', '--help'],
  ['tx', 'ibc-transfer', 'transfer', '--help'],
  ['q', 'wasm', '--help'],
  ['query', 'ibc', 'channel', '--help'],
  ['help', 'tx'],
  ['help', 'tx', 'wasm'],
  ['help', 'devnet'],
  ['help'],
];

/** Runs `main(argv)` for each case in one process, capturing stdout/stderr per case. */
const RUN = `import { main } from './app/cli/main.ts';
const out = [];
for (const argv of JSON.parse(process.argv[1])) {
  let stdout = '', stderr = '';
  const w1 = process.stdout.write.bind(process.stdout), w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = (s) => ((stdout += s), true);
  process.stderr.write = (s) => ((stderr += s), true);
  const log = console.log;
  console.log = (...a) => (stdout += a.join(' ') + '\\n');
  let code;
  try { code = await main(argv); } finally { process.stdout.write = w1; process.stderr.write = w2; console.log = log; }
  out.push({ argv, code, stdout, stderr });
}
process.stdout.write(JSON.stringify(out));`;

describe('meshwork --help', () => {
  test('every command and subcommand prints its own help and exits 0', () => {
    const r = spawnSync(process.execPath, ['--import', './scripts/test-loader.mjs', '--input-type=module', '-e', RUN, JSON.stringify(CASES)], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as { argv: string[]; code: number; stdout: string; stderr: string }[];
    const by = (s: string) => results.find((x) => x.argv.join(' ') === s)!;
    for (const x of results) {
      expect({ argv: x.argv, code: x.code, stderr: x.stderr }).toEqual({ argv: x.argv, code: 0, stderr: '' });
      expect(x.stdout).not.toMatch(/unknown flag|cannot read|unknown command/);
    }
    expect(by('devnet --help').stdout).toMatch(/meshwork devnet \[--dir <dir>\].*\n.*meshwork devnet stop/);
    expect(by('devnet stop --help').stdout).toMatch(/meshwork devnet stop/);
    expect(by('start --help').stdout).toMatch(/^usage:\n {2}meshwork start --home <dir>/);
    expect(by('init -h').stdout).toMatch(/meshwork init --home <dir> --chain-id <id>/);
    expect(by('relay --help').stdout).toMatch(/meshwork relay --from <home> --to <home>/);
    expect(by('replay --help').stdout).toMatch(/meshwork replay --home <dir>/);
    expect(by('check --help').stdout).toMatch(/meshwork check \[--available-capabilities/);
    expect(by('status --help').stdout).toMatch(/meshwork status/);
    // A subcommand's help holds its own lines and the flags, not its siblings'.
    const wasm = by('tx wasm --help').stdout;
    expect(wasm).toMatch(/meshwork tx wasm store/);
    expect(wasm).toMatch(/meshwork tx wasm instantiate2/);
    expect(wasm).toMatch(/flags:/);
    expect(wasm).not.toMatch(/tx bank send|tx gov/);
    expect(by('help tx wasm').stdout).toBe(wasm);
    const i2 = by('tx wasm instantiate2 --help').stdout;
    expect(i2).toMatch(/meshwork tx wasm instantiate2 <code_id> <json> <salt>/);
    expect(i2).not.toMatch(/tx wasm store/);
    expect(by('tx ibc-transfer transfer --help').stdout).toMatch(/meshwork tx ibc-transfer transfer <src-port> <src-channel> <receiver> <amount>/);
    expect(by('q wasm --help').stdout).toMatch(/query wasm contract-state raw/);
    expect(by('q wasm --help').stdout).not.toMatch(/query bank/);
    expect(by('query ibc channel --help').stdout).toMatch(/query ibc channel channels/);
    expect(by('help tx').stdout).toMatch(/tx bank send[\s\S]*tx wasm store/);
    expect(by('help devnet').stdout).toBe(by('devnet --help').stdout);
    expect(by('help').stdout).toMatch(/Commands:\n[\s\S]*devnet[\s\S]*query\|q/);
  });
});
