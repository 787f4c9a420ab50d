/**
 * What x/meshsecurity gives contracts (mesh-security-sdk `handler_plugin.go`, `query_plugin.go`):
 * the `{"virtual_stake": {"bond"|"unbond": {amount, validator}}}` custom message for contracts with
 * a max cap, the `{"virtual_stake": {"bond_status"|"slash_ratio"}}` custom queries, and the
 * integrity guard that keeps capped contracts from moving their virtual stake any other way. They
 * live in app/ (like `slash-and-jail.ts`) because they join two modules, x/meshsecurity and wasm.
 */
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import type { MessageGuard, MessagePlugin } from '../../chain/modules/wasm/message-plugins.js';
import type { QueryPlugin } from '../../chain/modules/wasm/query-plugins.js';
import { coinJson, obj, str, variant } from '../../chain/modules/wasm/json.js';
import { MeshSecurityErrors, type MeshSecurityKeeper } from '../../chain/modules/meshsecurity/keeper.js';

/** The name contracts use: `{"custom": {"virtual_stake": …}}` (not `meshwork`, the product oracle's). */
export const VIRTUAL_STAKE_NAMESPACE = 'virtual_stake';

export function virtualStakeMessagePlugin(k: MeshSecurityKeeper): MessagePlugin {
  return (ctx, contract, payload) => {
    if (!k.hasMaxCap(ctx, contract)) throw new ChainError(Codes.Unauthorized, `contract ${contract} has no max cap set; governance gives one with MsgSetVirtualStakingMaxCap`);
    const [kind, p0] = variant(payload, 'virtual_stake message');
    const p = obj(p0, kind);
    const amount = coinJson(p['amount'], 'amount');
    const validator = k.codec.encodeValoper(k.codec.decodeValoper(str(p, 'validator')));
    if (kind === 'bond') k.delegate(ctx, contract, validator, amount);
    else if (kind === 'unbond') k.undelegate(ctx, contract, validator, amount);
    else throw new ChainError(Codes.UnknownRequest, `unknown virtual_stake message ${kind}; known: bond, unbond`);
    return { data: [], msgResponses: [] };
  };
}

export function virtualStakeQueryPlugin(k: MeshSecurityKeeper): QueryPlugin {
  const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
  const coin = (c: { denom: string; amount: bigint }) => ({ denom: c.denom, amount: c.amount.toString() });
  return (ctx, _caller, payload) => {
    const [kind, p0] = variant(payload, 'virtual_stake query');
    const p = obj(p0, kind);
    switch (kind) {
      case 'bond_status': {
        const contract = k.codec.normalize(str(p, 'contract'), 'contract');
        return json({ cap: coin(k.getMaxCap(ctx, contract)), delegated: coin(k.getTotalDelegated(ctx, contract)) });
      }
      case 'slash_ratio': {
        const s = k.slashing.getParams(ctx);
        return json({ slash_fraction_downtime: s.slashFractionDowntime.toString(), slash_fraction_double_sign: s.slashFractionDoubleSign.toString() });
      }
      default:
        throw new ChainError(Codes.UnknownRequest, `unknown virtual_stake query ${kind}; known: bond_status, slash_ratio`);
    }
  };
}

/**
 * Upstream's integrity handler: a contract with a max cap may not send staking or stargate (`any`)
 * messages, so its virtual stake can only leave through the instant undelegate and burn.
 */
export function integrityGuard(k: MeshSecurityKeeper): MessageGuard {
  return (ctx, contract, kind) => {
    if ((kind === 'staking' || kind === 'stargate' || kind === 'any') && k.hasMaxCap(ctx, contract)) {
      throw new ChainError(MeshSecurityErrors.Unsupported, `${kind} message type for contracts with max cap set`);
    }
  };
}
