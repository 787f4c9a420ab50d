/**
 * The amino JSON sign doc, byte for byte: the SDK's StdSignDoc shape (sorted keys, `<>&` escaped,
 * omitempty fields left out) for the messages CosmJS has no converter for (gov v1, unjail), the
 * payer/granter/timeout rules, and a clear NotSupported for messages with no amino form.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { fromUtf8 } from '@cosmjs/encoding';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { MsgDeposit, MsgSubmitProposal, MsgVote, MsgVoteWeighted } from 'cosmjs-types/cosmos/gov/v1/tx';
import { MsgUnjail } from 'cosmjs-types/cosmos/slashing/v1beta1/tx';
import { MsgRecvPacket } from 'cosmjs-types/ibc/core/channel/v1/tx';
import { ChainError } from '../kernel/errors.js';
import type { DecodedTx } from './decode.js';
import { legacyAminoSignBytes, toAminoMsg } from './amino.js';

function tx(messages: { typeUrl: string; value: Uint8Array }[], opts: { memo?: string; timeoutHeight?: bigint; payer?: string; granter?: string } = {}): DecodedTx {
  const body = TxBody.fromPartial({ messages, memo: opts.memo ?? '', timeoutHeight: opts.timeoutHeight ?? 0n });
  const authInfo = AuthInfo.fromPartial({ fee: { amount: [{ denom: 'stake', amount: '500' }], gasLimit: 200000n, payer: opts.payer ?? '', granter: opts.granter ?? '' } });
  return { bytes: new Uint8Array(), hash: new Uint8Array(), raw: TxRaw.fromPartial({}), body, authInfo, msgs: [], signers: [] };
}

const A = 'mesh1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du';
const B = 'mesh1sgpqyqszqgpqyqszqgpqyqszqgpqyqsz7fqn3g';

describe('legacy amino JSON sign bytes', () => {
  test('MsgSend: the SDK StdSignDoc, sorted and with <>& escaped as Go does', () => {
    const send = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: A, toAddress: B, amount: [{ denom: 'stake', amount: '5' }] }).finish() };
    expect(fromUtf8(legacyAminoSignBytes(tx([send], { memo: 'a<b>&c' }), 'chain-1', 7n, 3n))).toBe(
      `{"account_number":"7","chain_id":"chain-1","fee":{"amount":[{"amount":"500","denom":"stake"}],"gas":"200000"},"memo":"a\\u003cb\\u003e\\u0026c","msgs":[{"type":"cosmos-sdk/MsgSend","value":{"amount":[{"amount":"5","denom":"stake"}],"from_address":"${A}","to_address":"${B}"}}],"sequence":"3"}`,
    );
  });

  test('fee payer and granter, and the timeout height, appear only when set', () => {
    const unjail = { typeUrl: '/cosmos.slashing.v1beta1.MsgUnjail', value: MsgUnjail.encode({ validatorAddr: 'meshvaloper1x' }).finish() };
    const s = fromUtf8(legacyAminoSignBytes(tx([unjail], { payer: A, granter: B, timeoutHeight: 99n }), 'c', 1n, 0n));
    expect(s).toBe(`{"account_number":"1","chain_id":"c","fee":{"amount":[{"amount":"500","denom":"stake"}],"gas":"200000","granter":"${B}","payer":"${A}"},"memo":"","msgs":[{"type":"cosmos-sdk/MsgUnjail","value":{"address":"meshvaloper1x"}}],"sequence":"0","timeout_height":"99"}`);
  });

  test('gov v1: amino names cosmos-sdk/v1/..., proposal ids as strings, enums as numbers, empty fields omitted, inner Anys in amino form', () => {
    const inner = { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: A, toAddress: B, amount: [] }).finish() };
    expect(toAminoMsg({ typeUrl: '/cosmos.gov.v1.MsgSubmitProposal', value: MsgSubmitProposal.encode(MsgSubmitProposal.fromPartial({ messages: [inner], initialDeposit: [], proposer: A, title: 't', summary: 's' })).finish() })).toEqual({
      type: 'cosmos-sdk/v1/MsgSubmitProposal',
      value: { messages: [{ type: 'cosmos-sdk/MsgSend', value: { from_address: A, to_address: B, amount: [] } }], initial_deposit: [], proposer: A, title: 't', summary: 's' },
    });
    expect(toAminoMsg({ typeUrl: '/cosmos.gov.v1.MsgVote', value: MsgVote.encode(MsgVote.fromPartial({ proposalId: 4n, voter: A, option: 1 })).finish() })).toEqual({ type: 'cosmos-sdk/v1/MsgVote', value: { proposal_id: '4', voter: A, option: 1 } });
    expect(toAminoMsg({ typeUrl: '/cosmos.gov.v1.MsgDeposit', value: MsgDeposit.encode(MsgDeposit.fromPartial({ proposalId: 4n, depositor: A, amount: [{ denom: 'stake', amount: '9' }] })).finish() })).toEqual({ type: 'cosmos-sdk/v1/MsgDeposit', value: { proposal_id: '4', depositor: A, amount: [{ denom: 'stake', amount: '9' }] } });
    expect(toAminoMsg({ typeUrl: '/cosmos.gov.v1.MsgVoteWeighted', value: MsgVoteWeighted.encode(MsgVoteWeighted.fromPartial({ proposalId: 4n, voter: A, options: [{ option: 1, weight: '0.700000000000000000' }, { option: 3, weight: '0.300000000000000000' }], metadata: 'm' })).finish() })).toEqual({
      type: 'cosmos-sdk/v1/MsgVoteWeighted',
      value: { proposal_id: '4', voter: A, options: [{ option: 1, weight: '0.700000000000000000' }, { option: 3, weight: '0.300000000000000000' }], metadata: 'm' },
    });
  });

  test('a message with no amino form is refused as not supported, naming the mode to use', () => {
    const recv = { typeUrl: '/ibc.core.channel.v1.MsgRecvPacket', value: MsgRecvPacket.encode(MsgRecvPacket.fromPartial({ signer: A })).finish() };
    expect(() => legacyAminoSignBytes(tx([recv]), 'c', 1n, 0n)).toThrow(ChainError);
    expect(() => legacyAminoSignBytes(tx([recv]), 'c', 1n, 0n)).toThrow(/MsgRecvPacket has no amino JSON form; sign it with SIGN_MODE_DIRECT/);
  });
});
