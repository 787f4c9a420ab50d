/**
 * `MsgUpdateParams` of the transfer module. cosmjs-types 0.11 generates it with the wrong `Params`
 * type (IBC client params, whose field 1 is a repeated string), so its codec cannot read a real
 * transfer MsgUpdateParams; this one follows ibc-go's tx.proto (signer = 1, params = 2).
 */
import { BinaryReader, BinaryWriter } from 'cosmjs-types/binary';
import { Params } from 'cosmjs-types/ibc/applications/transfer/v1/transfer';

export interface TransferMsgUpdateParams {
  signer: string;
  params?: Params;
}

export const TransferMsgUpdateParams = {
  typeUrl: '/ibc.applications.transfer.v1.MsgUpdateParams',
  encode(m: TransferMsgUpdateParams, w: BinaryWriter = new BinaryWriter()): BinaryWriter {
    if (m.signer !== '') w.uint32(10).string(m.signer);
    if (m.params !== undefined) Params.encode(m.params, w.uint32(18).fork()).ldelim();
    return w;
  },
  decode(input: Uint8Array): TransferMsgUpdateParams {
    const r = new BinaryReader(input);
    const m: TransferMsgUpdateParams = { signer: '' };
    while (r.pos < r.len) {
      const tag = r.uint32();
      if (tag >>> 3 === 1) m.signer = r.string();
      else if (tag >>> 3 === 2) m.params = Params.decode(r.bytes());
      else r.skipType(tag & 7);
    }
    return m;
  },
};
