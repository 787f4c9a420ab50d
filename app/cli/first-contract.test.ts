/**
 * docs/first-contract.md, run as a user would: every `sh` block of the tutorial, in order, in one
 * bash, in a temporary folder outside this repository. That is `meshwork new`, `npm install` (the
 * project links this checkout by path; CosmJS from the npm cache), `npm test` (meshwork build +
 * the project's TestChain tests), a node started with `meshwork init/start`, the deploy script
 * (CosmJS upload + instantiate), an execute and queries with the CLI, a rebuild (unchanged: not
 * recompiled) and a migration. The node's RPC port is moved into this session's range.
 *
 * Needs the compiled CLI (`npm run build:ts`), as the tutorial does.
 */
import { describe, test, after } from 'node:test';
import { expect } from 'expect';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TUTORIAL = join(ROOT, 'docs', 'first-contract.md');

/** The tutorial's shell commands: the bodies of its ```sh blocks, in order. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** A free loopback port in 44000-44999 (the range this suite may use). */
async function freePort(): Promise<number> {
  for (let port = 44000 + (process.pid % 900); port < 45000; port++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error('no free port in 44000-44999');
}

describe('docs/first-contract.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meshwork-first-contract-'));
  let pgid = 0;
  after(() => {
    // the node was started in the background by the script: stop whatever is left of its group
    if (pgid !== 0) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  test('every command of the tutorial runs: new, install, test, deploy, execute, query, migrate', async () => {
    expect(existsSync(join(ROOT, 'dist', 'app', 'cli', 'main.js'))).toBe(true); // `npm run build:ts` first
    const blocks = shellBlocks(readFileSync(TUTORIAL, 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    const port = await freePort();
    const script = ['set -euo pipefail', ...blocks].join('\n').replaceAll('26657', String(port));
    const env: NodeJS.ProcessEnv = { ...process.env, MESHWORK: ROOT };
    delete env.NODE_TEST_CONTEXT; // the project's own `node --test` is not a child of this runner's
    const child = spawn('bash', ['-c', script], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    pgid = child.pid!;
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect({ code, out: code === 0 ? '' : out }).toEqual({ code: 0, out: '' });

    const project = join(dir, 'my-counter');
    // the project stands alone: no relative path into this repository, only the package
    const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.meshwork).toMatch(/^file:\//);
    expect(readFileSync(join(project, 'contracts', 'counter', 'assembly', 'msg.ts'), 'utf8')).toContain('from "meshwork/std"');
    // npm test: the build, then the four TestChain tests
    expect(out).toMatch(/counter\s+\d+\s+0\s+\d+\s+ok\s+ok/);
    expect(out).toMatch(/ℹ pass 4\n/);
    expect(out).toMatch(/ℹ fail 0\n/);
    // deploy (count 0), execute +5, query; rebuild skipped; migrate +10 on new code
    const deployed = JSON.parse(readFileSync(join(project, 'deploy.json'), 'utf8')) as { codeId: number; address: string; count: number };
    expect(deployed).toEqual({ codeId: expect.any(Number), address: expect.stringMatching(/^mesh1/), count: 0 });
    expect(out).toMatch(/"count":\s*5/);
    expect(out).toMatch(/counter\s+\d+\s+0\s+\d+\s+ok\s+ok \(unchanged\)/);
    const migrated = JSON.parse(readFileSync(join(project, 'migrated.json'), 'utf8')) as { codeId: number; address: string; count: number };
    expect(migrated).toEqual({ codeId: deployed.codeId + 1, address: deployed.address, count: 15 });
    expect(out).toMatch(/"count":\s*15/);
    expect(out).toMatch(new RegExp(`"code_id":\\s*"?${deployed.codeId + 1}`));
  });
});
