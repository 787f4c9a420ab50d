/** The counter's API: messages, answers, stored record and errors (see contracts/README.md). */
import { contract, struct, enumOf, errors, t, unit } from '../tools/declare.js';

export const InstantiateMsg = struct('InstantiateMsg', { count: t.u64, owner: t.option(t.string) }, { rust: 'counter::msg::InstantiateMsg' });

export const ExecuteMsg = enumOf(
  'ExecuteMsg',
  {
    /** `{"increment": {"by": 5}}`; `by` defaults to 1. */
    increment: { by: t.option(t.u64) },
    reset: { count: t.u64 },
    /** A unit variant: `"freeze"`. */
    freeze: unit,
  },
  { rust: 'counter::msg::ExecuteMsg' },
);

export const QueryMsg = enumOf('QueryMsg', { count: {}, owner: {} }, { rust: 'counter::msg::QueryMsg' });
export const CountResponse = struct('CountResponse', { count: t.u64, frozen: t.bool });
export const OwnerResponse = struct('OwnerResponse', { owner: t.Addr });

/** What the contract stores under "state". */
export const State = struct('State', { count: t.u64, owner: t.Addr, frozen: t.bool });

export default contract({
  name: 'counter',
  version: '0.1.0',
  instantiate: InstantiateMsg,
  execute: ExecuteMsg,
  query: QueryMsg,
  responses: { count: CountResponse, owner: OwnerResponse },
  records: [State],
  errors: errors('ContractError', {
    Unauthorized: 'Unauthorized',
    Frozen: 'The counter is frozen',
    Overflow: ['Cannot add {by} to {count}', { count: t.u64, by: t.u64 }],
  }),
});
