/**
 * `$check(...)` inside functions declared to return `Result<T>`: the transform's expansion must not
 * depend on the contract importing `err` (nor break when a local shadows that name), and must work
 * in every statement position the transform rewrites (block, single-statement if/for body, switch
 * case, a method, a generic function). The fixture compiles, and each position propagates its
 * error text as the call's error.
 */
import { describe, test, before } from 'node:test';
import { expect } from 'expect';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContract, repoRoot } from '../compile.js';
import { Vm, ContractError } from '../../../runtime/src/index.js';
import { mockBackend, mockEnv, mockInfo } from '../../../runtime/src/testkit/index.js';

const work = join(repoRoot(), 'build', 'try-transform-test');

// `err` is deliberately NOT imported: the expansion of `$check` must not need it.
const CONTRACT = `
import { Deps, Env, MessageInfo, Response, Result, Binary, ok, $try, $check, doInstantiate, doQuery, toJsonBinary } from "../../../contracts/std/assembly";
export { allocate, deallocate, interface_version_8 } from "../../../contracts/std/assembly";

function refuse(info: MessageInfo, what: string): string | null {
  return info.funds.length > 0 && info.funds[0].denom == what ? "refused " + what : null;
}

function inBlock(info: MessageInfo): Result<u64> {
  $check(refuse(info, "block"));
  return ok<u64>(1);
}

function inIfBody(info: MessageInfo): Result<string> {
  if (info.funds.length > 0) $check(refuse(info, "if"));
  return ok<string>("fine");
}

function inLoop(info: MessageInfo): Result<bool> {
  for (let i = 0; i < 2; i++) $check(refuse(info, "loop"));
  return ok<bool>(true);
}

function inSwitch(info: MessageInfo, k: i32): Result<string | null> {
  switch (k) {
    case 1:
      $check(refuse(info, "switch"));
      return ok<string | null>(null);
    default:
      return ok<string | null>("other");
  }
}

function generic<T>(info: MessageInfo, x: T): Result<T> {
  $check(refuse(info, "generic"));
  return ok<T>(x);
}

class Checker {
  run(info: MessageInfo): Result<u32> {
    $check(refuse(info, "method"));
    return ok<u32>(7);
  }
}

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const err: string = "a local named err";
  $check(refuse(info, "entry"));
  $try(inBlock(info));
  $try(inIfBody(info));
  $try(inLoop(info));
  $try(inSwitch(info, 1));
  $try(generic<u64>(info, 3));
  $try(new Checker().run(info));
  return ok(Response.new().addAttribute("shadow", err));
}

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  return ok(toJsonBinary<string>("ok"));
}

export function instantiate(env: u32, info: u32, msg: u32): u32 { return doInstantiate(env, info, msg, handleInstantiate); }
export function query(env: u32, msg: u32): u32 { return doQuery(env, msg, handleQuery); }
`;

describe('$check in functions returning Result<T>', () => {
  let vm: Vm;
  let checksum: string;
  before(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(join(work, 'fixture'), { recursive: true });
    writeFileSync(join(work, 'fixture', 'contract.ts'), CONTRACT);
    const out = await compileContract('build/try-transform-test/fixture/contract.ts');
    // the expansion asserts nothing the flow already knows (asc used to report AS210 per $check)
    expect(out.log).not.toContain('AS210');
    vm = new Vm();
    checksum = vm.storeCode(out.wasm).checksum;
  });

  function instantiate(denom: string | null): { ok: string[][] } | { error: string } {
    const funds = denom === null ? [] : [{ denom, amount: '1' }];
    try {
      const r = vm.instantiate(checksum, mockEnv(), mockInfo('creator', funds), {}, { backend: mockBackend(), gasLimit: 500_000_000_000 });
      return { ok: r.value.attributes.map((a) => [a.key, a.value]) };
    } catch (e) {
      if (e instanceof ContractError) return { error: e.contractMessage };
      throw e;
    }
  }

  test('no error text: every $check passes and the local named err is untouched', () => {
    expect(instantiate(null)).toEqual({ ok: [['shadow', 'a local named err']] });
    expect(instantiate('nothing')).toEqual({ ok: [['shadow', 'a local named err']] });
  });

  test('each position returns its error text from the enclosing function', () => {
    for (const where of ['entry', 'block', 'if', 'loop', 'switch', 'generic', 'method']) {
      expect({ where, got: instantiate(where) }).toEqual({ where, got: { error: `refused ${where}` } });
    }
  });
});
