/** ibc_probe's API (the IBC entry points take the SDK's IBC types). */
import { contract, struct, enumOf, t } from '../tools/declare.js';

/** Any object (its fields are ignored). */
export const InstantiateMsg = struct('InstantiateMsg', {}, { rust: 'ibc_probe::msg::InstantiateMsg', denyUnknown: false });
export const ExecuteMsg = enumOf('ExecuteMsg', { send: { channel_id: t.string, data: t.string, timeout_seconds: t.u64 } }, { rust: 'ibc_probe::msg::ExecuteMsg' });
export const QueryMsg = enumOf('QueryMsg', { state: {} }, { rust: 'ibc_probe::msg::QueryMsg' });
export const StateResponse = struct('StateResponse', { received: t.u32, acks: t.vec(t.string), timeouts: t.u32 });

export default contract({
  name: 'ibc-probe',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { state: StateResponse },
});
