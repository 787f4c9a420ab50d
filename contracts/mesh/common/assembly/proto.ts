/**
 * `parse_instantiate_response_data` (cw-utils): the contract address out of the protobuf
 * `MsgInstantiateContractResponse{address = 1, data = 2}` an instantiate sub-message answers with.
 * Written by hand: two length-delimited fields need no protobuf library in a contract.
 */
import { Result, ok, err } from "../../../std/assembly";

function readVarint(b: Uint8Array, pos: i32, out: StaticArray<u64>): i32 {
  let shift: u64 = 0;
  let v: u64 = 0;
  while (pos < b.length && shift < 64) {
    const c = <u64>b[pos++];
    v |= (c & 0x7f) << shift;
    if ((c & 0x80) == 0) {
      out[0] = v;
      return pos;
    }
    shift += 7;
  }
  return -1;
}

/** `MsgInstantiateContractResponse`: the new contract's address and its instantiate data. */
export class InstantiateResponse {
  constructor(
    public address: string,
    public data: Uint8Array | null,
  ) {}
}

/** The instantiated contract's address, or cw-utils' ParseReplyError text. */
export function instantiatedAddress(data: Uint8Array | null): Result<string> {
  const r = parseInstantiateResponse(data);
  if (r.isErr) return r.castErr<string>();
  return ok<string>(r.value.address);
}

/** cw-utils' `parse_instantiate_response_data`. */
export function parseInstantiateResponse(data: Uint8Array | null): Result<InstantiateResponse> {
  if (data === null) return err<InstantiateResponse>("Failure response from sub-message: Missing reply data");
  const tmp = new StaticArray<u64>(1);
  let pos = 0;
  let address: string | null = null;
  let inner: Uint8Array | null = null;
  while (pos < data.length) {
    pos = readVarint(data, pos, tmp);
    if (pos < 0) return err<InstantiateResponse>("Invalid reply from sub-message: failed to decode varint");
    const key = tmp[0];
    const wire = <i32>(key & 7);
    if (wire == 2) {
      pos = readVarint(data, pos, tmp);
      if (pos < 0 || <u64>pos + tmp[0] > <u64>data.length) return err<InstantiateResponse>("Invalid reply from sub-message: error decoding message");
      const len = <i32>tmp[0];
      if ((key >> 3) == 1) address = String.UTF8.decodeUnsafe(data.dataStart + <usize>pos, <usize>len);
      else if ((key >> 3) == 2) inner = data.slice(pos, pos + len);
      pos += len;
    } else if (wire == 0) {
      pos = readVarint(data, pos, tmp);
      if (pos < 0) return err<InstantiateResponse>("Invalid reply from sub-message: failed to decode varint");
    } else return err<InstantiateResponse>("Invalid reply from sub-message: unexpected wire type");
  }
  if (address === null) return err<InstantiateResponse>("Invalid reply from sub-message: missing contract address");
  return ok(new InstantiateResponse(address, inner));
}
