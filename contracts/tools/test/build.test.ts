/**
 * The build never lies (tools/build.ts): a binary is installed only after every gate passed, a
 * refused build (here: a float) leaves no artifact behind, not even the previous good one, nor a
 * temporary file; an unchanged contract is not recompiled, a changed one is.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../compile.js';
import { buildContract, type BuildTree, type BuildUnit } from '../build.js';

const root = repoRoot();
const dir = 'build/build-test';
const unit: BuildUnit = { name: 'build_test_fixture', entry: `${dir}/contract.ts`, dir };
const tree: BuildTree = { root, target: (u) => ({ root, dir: u.dir, sdkImport: '../../contracts/std/assembly', backendImport: '../../contracts/tools/client-backend.js' }) };
const artifact = join(root, 'build', `${unit.name}.wasm`);

function contract(answer: string): string {
  return `
import { Deps, Env, Result, Binary, ok, doQuery, toJsonBinary } from "../../contracts/std/assembly";
export { allocate, deallocate, interface_version_8 } from "../../contracts/std/assembly";
function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> { ${answer} }
export function query(env: u32, msg: u32): u32 { return doQuery(env, msg, handleQuery); }
`;
}

function leftovers(): string[] {
  return readdirSync(join(root, 'build')).filter((f) => f.includes(unit.name) && f.endsWith('.tmp'));
}

describe('contract build', () => {
  before(() => {
    rmSync(join(root, dir), { recursive: true, force: true });
    rmSync(artifact, { force: true });
    rmSync(join(root, 'build', '.cache', `${unit.name}.json`), { force: true });
    mkdirSync(join(root, dir), { recursive: true });
  });

  test('a good build installs the binary; unchanged sources are not recompiled; a change is', async () => {
    writeFileSync(join(root, dir, 'contract.ts'), contract('return ok(toJsonBinary<string>("one"));'));
    const first = await buildContract(tree, unit);
    expect(first.errors).toEqual([]);
    expect(first.cached).toBeUndefined();
    expect(existsSync(artifact)).toBe(true);
    const again = await buildContract(tree, unit);
    expect({ cached: again.cached, sha256: again.sha256, compileMs: again.compileMs }).toEqual({ cached: true, sha256: first.sha256, compileMs: first.compileMs });
    writeFileSync(join(root, dir, 'contract.ts'), contract('return ok(toJsonBinary<string>("two"));'));
    const changed = await buildContract(tree, unit);
    expect(changed.cached).toBeUndefined();
    expect(changed.sha256).not.toBe(first.sha256);
    expect(leftovers()).toEqual([]);
  });

  test('a refused build (a float) removes the previous artifact and leaves no temporary file', async () => {
    expect(existsSync(artifact)).toBe(true); // the good build of the test above
    writeFileSync(join(root, dir, 'contract.ts'), contract('const f = <f64>env.block.height * 1.5; return ok(toJsonBinary<string>(i64(f).toString()));'));
    const r = await buildContract(tree, unit);
    expect(r.errors.join('\n')).toMatch(/floats are not allowed in contracts:\n {2}float instruction in .*handleQuery/);
    expect(existsSync(artifact)).toBe(false);
    expect(existsSync(join(root, 'build', '.cache', `${unit.name}.json`))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
