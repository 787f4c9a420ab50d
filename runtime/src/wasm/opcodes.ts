/**
 * What the upload pipeline needs to know about each WebAssembly operator: how its immediates
 * are encoded, how it moves the operand stack, whether it is an accounting operator for gas,
 * whether it is a float operator, and whether a proposal we refuse introduced it.
 */

export const Imm = {
  None: 0,
  BlockType: 1,
  Index: 2,
  BrTable: 3,
  CallIndirect: 4,
  MemArg: 5,
  ZeroByte: 6,
  I32Const: 7,
  I64Const: 8,
  F32Const: 9,
  F64Const: 10,
  SelectTyped: 11,
  PrefixFC: 12,
} as const;

export const Op = {
  Unreachable: 0x00,
  Nop: 0x01,
  Block: 0x02,
  Loop: 0x03,
  If: 0x04,
  Else: 0x05,
  End: 0x0b,
  Br: 0x0c,
  BrIf: 0x0d,
  BrTable: 0x0e,
  Return: 0x0f,
  Call: 0x10,
  CallIndirect: 0x11,
  Drop: 0x1a,
  Select: 0x1b,
  SelectTyped: 0x1c,
  LocalGet: 0x20,
  LocalSet: 0x21,
  LocalTee: 0x22,
  GlobalGet: 0x23,
  GlobalSet: 0x24,
  MemorySize: 0x3f,
  MemoryGrow: 0x40,
  I32Const: 0x41,
  I64Const: 0x42,
  F32Const: 0x43,
  F64Const: 0x44,
  I32Eq: 0x46,
  I32LtU: 0x49,
  I32GtU: 0x4b,
  I64LtU: 0x54,
  F32Eq: 0x5b,
  F32Ne: 0x5c,
  F64Eq: 0x61,
  F64Ne: 0x62,
  I32Add: 0x6a,
  I32Sub: 0x6b,
  I64Sub: 0x7d,
  PrefixFC: 0xfc,
} as const;

export const ValType = { I32: 0x7f, I64: 0x7e, F32: 0x7d, F64: 0x7c, V128: 0x7b, FuncRef: 0x70, ExternRef: 0x6f } as const;

/** Immediate encoding per single-byte opcode; 255 = not an operator we accept. */
export const IMM = new Uint8Array(256).fill(255);
/** Net operand-stack change of "plain" operators (control flow and calls are handled apart). */
export const STACK_DELTA = new Int8Array(256);
export const FLAG_ACCOUNTING = 1;
export const FLAG_FLOAT = 2;
/** Float arithmetic whose NaN results must be canonicalised, by result type. */
export const FLAG_NAN_F32 = 4;
export const FLAG_NAN_F64 = 8;
/** Trapping float→int truncations, by input type: NaN inputs get wasmer's distinct trap. */
export const FLAG_TRUNC_F32 = 16;
export const FLAG_TRUNC_F64 = 32;
/** Stores: their target range is recorded so a pooled instance can be restored cheaply. */
export const FLAG_STORE = 64;
export const FLAGS = new Uint8Array(256);
/** Why an opcode outside our feature set is refused (the gatekeeper's message), by opcode. */
export const REFUSED = new Map<number, string>();

function def(op: number, imm: number, delta: number, flags = 0): void {
  IMM[op] = imm;
  STACK_DELTA[op] = delta;
  FLAGS[op] = flags;
}
function range(from: number, to: number, imm: number, delta: number, flags = 0): void {
  for (let op = from; op <= to; op++) def(op, imm, delta, flags);
}

const A = FLAG_ACCOUNTING;
const F = FLAG_FLOAT;

// Control. Stack effects of these are computed by the analyser, not from STACK_DELTA.
def(0x00, Imm.None, 0);
def(0x01, Imm.None, 0);
def(0x02, Imm.BlockType, 0);
def(0x03, Imm.BlockType, 0, A);
def(0x04, Imm.BlockType, 0, A);
def(0x05, Imm.None, 0, A);
def(0x0b, Imm.None, 0, A);
def(0x0c, Imm.Index, 0, A);
def(0x0d, Imm.Index, 0, A);
def(0x0e, Imm.BrTable, 0, A);
def(0x0f, Imm.None, 0, A);
def(0x10, Imm.Index, 0, A);
def(0x11, Imm.CallIndirect, 0, A);
// Parametric.
def(0x1a, Imm.None, -1);
def(0x1b, Imm.None, -2);
def(0x1c, Imm.SelectTyped, -2);
// Variables.
def(0x20, Imm.Index, 1);
def(0x21, Imm.Index, -1);
def(0x22, Imm.Index, 0);
def(0x23, Imm.Index, 1);
def(0x24, Imm.Index, -1);
// Memory.
range(0x28, 0x29, Imm.MemArg, 0);
def(0x2a, Imm.MemArg, 0, F);
def(0x2b, Imm.MemArg, 0, F);
range(0x2c, 0x35, Imm.MemArg, 0);
range(0x36, 0x37, Imm.MemArg, -2, FLAG_STORE);
def(0x38, Imm.MemArg, -2, F | FLAG_STORE);
def(0x39, Imm.MemArg, -2, F | FLAG_STORE);
range(0x3a, 0x3e, Imm.MemArg, -2, FLAG_STORE);
def(0x3f, Imm.ZeroByte, 1);
def(0x40, Imm.ZeroByte, 0);
// Constants.
def(0x41, Imm.I32Const, 1);
def(0x42, Imm.I64Const, 1);
def(0x43, Imm.F32Const, 1, F);
def(0x44, Imm.F64Const, 1, F);
// Integer comparisons and arithmetic.
def(0x45, Imm.None, 0);
range(0x46, 0x4f, Imm.None, -1);
def(0x50, Imm.None, 0);
range(0x51, 0x5a, Imm.None, -1);
// Float comparisons.
range(0x5b, 0x66, Imm.None, -1, F);
range(0x67, 0x69, Imm.None, 0);
range(0x6a, 0x78, Imm.None, -1);
range(0x79, 0x7b, Imm.None, 0);
range(0x7c, 0x8a, Imm.None, -1);
// f32: abs, neg are bit operations; ceil..sqrt are arithmetic; add..max arithmetic; copysign bits.
range(0x8b, 0x8c, Imm.None, 0, F);
range(0x8d, 0x91, Imm.None, 0, F | FLAG_NAN_F32);
range(0x92, 0x97, Imm.None, -1, F | FLAG_NAN_F32);
def(0x98, Imm.None, -1, F);
range(0x99, 0x9a, Imm.None, 0, F);
range(0x9b, 0x9f, Imm.None, 0, F | FLAG_NAN_F64);
range(0xa0, 0xa5, Imm.None, -1, F | FLAG_NAN_F64);
def(0xa6, Imm.None, -1, F);
// Conversions.
def(0xa7, Imm.None, 0);
range(0xa8, 0xa9, Imm.None, 0, F | FLAG_TRUNC_F32);
range(0xaa, 0xab, Imm.None, 0, F | FLAG_TRUNC_F64);
range(0xac, 0xad, Imm.None, 0);
range(0xae, 0xaf, Imm.None, 0, F | FLAG_TRUNC_F32);
range(0xb0, 0xb1, Imm.None, 0, F | FLAG_TRUNC_F64);
range(0xb2, 0xb5, Imm.None, 0, F);
def(0xb6, Imm.None, 0, F); // demote keeps NaN payloads on wasmer too
range(0xb7, 0xba, Imm.None, 0, F);
def(0xbb, Imm.None, 0, F); // promote likewise
range(0xbc, 0xbf, Imm.None, 0, F);
// Sign extension (allowed since cosmwasm 1.3).
range(0xc0, 0xc4, Imm.None, 0);
// 0xFC prefix: the saturating truncations are allowed, the rest refused (see FC_REFUSED).
def(0xfc, Imm.PrefixFC, 0, F);

const REF = 'Reference type operation detected';
const EXC = 'Exception handling operation detected';
const TAIL = 'Tail call operation detected';
for (const op of [0x06, 0x07, 0x08, 0x09, 0x0a, 0x18, 0x19, 0x1f]) REFUSED.set(op, EXC);
for (const op of [0x12, 0x13, 0x15]) REFUSED.set(op, TAIL);
for (const op of [0x14, 0x25, 0x26, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]) REFUSED.set(op, REF);
REFUSED.set(0xfb, 'GC operation detected');
REFUSED.set(0xfd, 'SIMD operator detected');
REFUSED.set(0xfe, 'Threads operator detected');

/** 0xFC sub-opcodes 0..7 are `*.trunc_sat_*`; 8.. are bulk memory and table operators. */
export const FC_TRUNC_SAT_MAX = 7;
export function fcRefusal(sub: number): string {
  if (sub >= 8 && sub <= 14) return 'Bulk memory operation detected';
  if (sub >= 15 && sub <= 17) return REF;
  return 'Unknown 0xFC operator';
}
