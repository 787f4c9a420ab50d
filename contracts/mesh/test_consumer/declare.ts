/**
 * The consumer end of the control channel for external-staking's tests (a test contract only): it
 * opens the channel as the converter does (OpenInit, proposing mesh-security 0.11.0), sends the
 * consumer packets a test hands it, and answers provider packets with the converter's acks, or
 * refuses them (an error ack) while `refuse` is set.
 */
import { contract, struct, enumOf, t } from '../../tools/declare.js';
import { ProviderPacket, AckWrapper, EmptyAck, ProtocolVersion } from '../common/declare-ibc.js';
import { meshCommon } from '../common/declare.js';

export const InstantiateMsg = struct('InstantiateMsg', {}, { rust: 'mesh_test_consumer::InstantiateMsg' });
export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    /** Sends `packet` (a ConsumerPacket's JSON, or anything) on the control channel. */
    send: { packet: t.Binary, timeout_seconds: t.u64 },
    /** While set, every provider packet is refused with an error ack. */
    refuse: { refuse: t.bool },
  },
  { rust: 'mesh_test_consumer::ExecuteMsg' },
);
export const QueryMsg = enumOf('QueryMsg', { state: {} }, { rust: 'mesh_test_consumer::QueryMsg' });
/** What the consumer saw: the provider packets it acked (JSON text) and the acks of its own packets. */
export const State = struct('State', { channel: t.option(t.string), refuse: t.bool, received: t.vec(t.string), acks: t.vec(t.string), timeouts: t.u32 });

export default contract({
  name: 'mesh-test-consumer',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { state: State },
  uses: [meshCommon],
  records: [ProviderPacket, AckWrapper, EmptyAck, ProtocolVersion],
});
