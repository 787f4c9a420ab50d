/**
 * The deterministic stack limit must stop recursion before V8's own stack limit does, for the
 * largest frames a contract may have (100 params, 100 locals, a deep operand stack), cold and
 * after JIT warm-up, and when the host calls in from an already deep JS stack.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { CallDepthError, Vm } from '../src/index.js';
import { mockBackend, mockEnv, mockInfo } from '../src/testkit/index.js';
import { cosmwasmModule } from './testkit/wasm-builder.js';

const params = (n: number, t: string) => Array.from({ length: n }, () => t).join(' ');

/** A recursive function with 100 i64 params and 100 i64 locals that passes all params on. */
function wideFrames(): string {
  const args = Array.from({ length: 100 }, (_, i) => `(local.get ${i})`).join(' ');
  return `(func $rec (param ${params(100, 'i64')}) (local ${params(100, 'i64')})
      (call $rec ${args}))`;
}

/** A recursive function that keeps 3 000 values on its operand stack across the call. */
function deepOperandStack(): string {
  const pushes = Array.from({ length: 3000 }, () => '(i64.const 7)').join(' ');
  const drops = Array.from({ length: 3000 }, () => 'drop').join(' ');
  return `(func $rec (param i64)
      ${pushes}
      (call $rec (local.get 0))
      ${drops})`;
}

async function build(rec: string, call: string) {
  const wasm = await cosmwasmModule({
    extra: rec,
    entryPoints: { execute: `${call} (i32.const 64)` },
  });
  const vm = new Vm();
  return { vm, checksum: vm.storeCode(wasm).checksum };
}

function runExecute(vm: Vm, checksum: string) {
  try {
    vm.execute(checksum, mockEnv(), mockInfo('creator'), {}, { backend: mockBackend(), gasLimit: 1e15 });
    return { kind: 'ok', gas: 0 };
  } catch (e) {
    const err = e as CallDepthError;
    return { kind: err.kind ?? (e as Error).name, gas: err.gasUsed, message: (e as Error).message };
  }
}

function atJsDepth<T>(depth: number, fn: () => T): T {
  return depth === 0 ? fn() : atJsDepth(depth - 1, fn);
}

const zeros = Array.from({ length: 100 }, () => '(i64.const 0)').join(' ');

describe('deterministic stack limit', () => {
  for (const [name, rec, call] of [
    ['100 params + 100 locals per frame', wideFrames(), `(call $rec ${zeros})`],
    ['3 000 operand-stack values per frame', deepOperandStack(), '(call $rec (i64.const 0))'],
  ] as const) test(`${name}: CallDepthError at the same point, cold, warm and from a deep JS stack`, async () => {
    const { vm, checksum } = await build(rec, call);
    const first = runExecute(vm, checksum);
    expect(first.kind).toBe('call_depth');
    for (let i = 0; i < 30; i++) expect(runExecute(vm, checksum)).toEqual(first);
    // The host may call in with thousands of JS frames already on the stack.
    expect(atJsDepth(2000, () => runExecute(vm, checksum))).toEqual(first);
    // A fresh VM (cold code again) agrees to the unit of gas.
    const again = await build(rec, call);
    expect(runExecute(again.vm, again.checksum)).toEqual(first);
  });

  test('mutual recursion through call_indirect is limited too', async () => {
    const { vm, checksum } = await build(
      `(type $t (func (param i32)))
       (table 2 2 funcref)
       (elem (i32.const 0) $a $b)
       (func $a (param i32) (call_indirect (type $t) (local.get 0) (i32.const 1)))
       (func $b (param i32) (call_indirect (type $t) (local.get 0) (i32.const 0)))`,
      '(call $a (i32.const 0))',
    );
    const r = runExecute(vm, checksum);
    expect(r.kind).toBe('call_depth');
    expect(runExecute(vm, checksum)).toEqual(r);
  });
});
