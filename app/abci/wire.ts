/**
 * CometBFT's ABCI socket framing: each message is a protobuf `tendermint.abci.Request` or `Response`
 * preceded by its length as an unsigned varint (CometBFT `libs/protoio` delimited writer). The
 * codecs are cosmjs-types'; only the framing is ours (no library frames a Node stream this way).
 */
import { Request, Response } from 'cosmjs-types/tendermint/abci/types';

/** CometBFT's limit on one ABCI message (`maxMsgSize`, 100 MB). */
export const MAX_MESSAGE_BYTES = 104_857_600;

export class AbciWireError extends Error {
  override readonly name = 'AbciWireError';
}

export function encodeFrame(body: Uint8Array): Buffer {
  const head: number[] = [];
  let n = body.length;
  while (n >= 0x80) {
    head.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  head.push(n);
  return Buffer.concat([Buffer.from(head), body]);
}

export const encodeRequest = (r: Request): Buffer => encodeFrame(Request.encode(r).finish());
export const encodeResponse = (r: Response): Buffer => encodeFrame(Response.encode(r).finish());

/** Accumulates bytes from a stream and yields every complete frame's body. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  push(data: Buffer): Uint8Array[] {
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
    const out: Uint8Array[] = [];
    for (;;) {
      let len = 0;
      let mul = 1;
      let i = 0;
      let done = false;
      while (i < this.buf.length && i < 10) {
        const b = this.buf[i++]!;
        len += (b & 0x7f) * mul;
        mul *= 0x80;
        if ((b & 0x80) === 0) {
          done = true;
          break;
        }
      }
      if (!done) {
        if (this.buf.length >= 10) throw new AbciWireError('malformed length prefix (varint longer than 10 bytes)');
        return out;
      }
      if (len > MAX_MESSAGE_BYTES) throw new AbciWireError(`message of ${len} bytes exceeds the ${MAX_MESSAGE_BYTES}-byte limit`);
      if (this.buf.length < i + len) return out;
      out.push(new Uint8Array(this.buf.subarray(i, i + len)));
      this.buf = this.buf.subarray(i + len);
    }
  }
}
