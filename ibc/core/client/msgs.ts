/**
 * The 02-client messages on the chain's router: MsgCreateClient, MsgUpdateClient and the legacy
 * MsgSubmitMisbehaviour (routed to UpdateClient, as ibc-go v8+ does). Stateless checks are ibc-go's
 * `ValidateBasic`s; the keeper emits the events (`create_client`, `update_client`,
 * `client_misbehaviour`, each followed by `message{module: ibc_client}`).
 */
import { MsgCreateClient, MsgCreateClientResponse, MsgSubmitMisbehaviour, MsgSubmitMisbehaviourResponse, MsgUpdateClient, MsgUpdateClientResponse } from 'cosmjs-types/ibc/core/client/v1/tx';
import { ChainError, Codes } from '../../../chain/kernel/errors.js';
import { protoMsg, type MsgRouter } from '../../../chain/kernel/router.js';
import { ClientErrors } from '../errors.js';
import { validateClientId } from '../host.js';
import type { ClientKeeper } from './keeper.js';
import { validateHeaderBasic, validateMisbehaviourBasic } from './light.js';
import { MISBEHAVIOUR_TYPE_URL, unpackClientMessage, unpackClientState, unpackConsensusState, validateClientState, validateConsensusState } from './tendermint.js';

/** `message.module` of IBC core messages (the SDK derives it from the type URL `/ibc.…`). */
export const IBC_MSG_MODULE = 'ibc';

export interface ClientMsgOptions {
  /** Checks a bech32 account address (e.g. `AddressCodec.decode`); default: non-empty only. */
  validateAddress?: (address: string) => void;
}

function checkSigner(signer: string, opts: ClientMsgOptions): void {
  if (signer.trim() === '') throw new ChainError(Codes.InvalidAddress, 'signer address cannot be empty');
  opts.validateAddress?.(signer);
}

function validateClientMessage(m: MsgUpdateClient['clientMessage']): void {
  const msg = unpackClientMessage(m);
  if (msg.kind === 'header') validateHeaderBasic(msg.header);
  else validateMisbehaviourBasic(msg.misbehaviour);
}

export function registerClientMsgs(router: MsgRouter, keeper: ClientKeeper, opts: ClientMsgOptions = {}): void {
  router.register<MsgCreateClient>({
    ...protoMsg(MsgCreateClient, IBC_MSG_MODULE),
    signers: (m) => [m.signer],
    validate: (m) => {
      checkSigner(m.signer, opts);
      validateClientState(unpackClientState(m.clientState));
      validateConsensusState(unpackConsensusState(m.consensusState));
    },
    handle: (ctx, m) => {
      const clientId = keeper.createClient(ctx, m.clientState, m.consensusState);
      return { typeUrl: MsgCreateClientResponse.typeUrl, value: MsgCreateClientResponse.encode({ clientId }).finish() };
    },
  });
  router.register<MsgUpdateClient>({
    ...protoMsg(MsgUpdateClient, IBC_MSG_MODULE),
    signers: (m) => [m.signer],
    validate: (m) => {
      checkSigner(m.signer, opts);
      validateClientMessage(m.clientMessage);
      validateClientId(m.clientId);
    },
    handle: (ctx, m) => {
      keeper.updateClient(ctx, m.clientId, m.clientMessage);
      return { typeUrl: MsgUpdateClientResponse.typeUrl, value: MsgUpdateClientResponse.encode({}).finish() };
    },
  });
  router.register<MsgSubmitMisbehaviour>({
    ...protoMsg(MsgSubmitMisbehaviour, IBC_MSG_MODULE),
    signers: (m) => [m.signer],
    validate: (m) => {
      checkSigner(m.signer, opts);
      if (m.misbehaviour?.typeUrl !== MISBEHAVIOUR_TYPE_URL) throw new ChainError(ClientErrors.InvalidMisbehaviour, `misbehaviour must be a ${MISBEHAVIOUR_TYPE_URL}, got ${m.misbehaviour?.typeUrl ?? 'nothing'}`);
      validateClientMessage(m.misbehaviour);
      validateClientId(m.clientId);
    },
    handle: (ctx, m) => {
      keeper.updateClient(ctx, m.clientId, m.misbehaviour);
      return { typeUrl: MsgSubmitMisbehaviourResponse.typeUrl, value: MsgSubmitMisbehaviourResponse.encode({}).finish() };
    },
  });
}
