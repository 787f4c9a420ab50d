/**
 * The `meshwork` custom queries contracts can make (pos-spec §7.2), served through the wasm
 * keeper's custom query plugin registered under the name `meshwork`: `{"custom":{"meshwork":{"<query>":{...}}}}`. They exist because
 * CosmWasm's standard staking queries omit tokens, status, jail and slashing facts.
 *
 * Queries and answers (JSON; u64 as numbers, Uint128/Decimal as strings, times as ns strings):
 * - `validators {status?: "bonded"|"unbonding"|"unbonded"}` → `{validators: [ValidatorInfo]}` (operator-address order)
 * - `validator {operator}` / `validator_by_account {account}` → `{validator: ValidatorInfo | null}`
 * - `signing_info {operator}` → `{signing_info: {address, start_height, index_offset, jailed_until, tombstoned, missed_blocks_counter} | null}`
 * - `total_bonded {}` → `{amount: {denom, amount}}`
 * - `slash_params {}` → `{slash_fraction_downtime, slash_fraction_double_sign}`
 * - `epoch_info {}` → `{epoch, start_height, length}`
 * where ValidatorInfo = `{operator, account, consensus_address, tokens, power, delegator_shares,
 * status, jailed, tombstoned, commission}`.
 */
import type { Context } from '../../chain/kernel/context.js';
import { ChainError, Codes } from '../../chain/kernel/errors.js';
import type { AddressCodec } from '../../chain/types/address.js';
import type { BondStatus, ValidatorView } from '../../chain/modules/staking/api.js';
import type { StakingKeeper } from '../../chain/modules/staking/keeper.js';
import type { SlashingKeeper } from '../../chain/modules/slashing/keeper.js';
import { QuerySystemError } from '../../chain/modules/wasm/querier.js';
import type { QueryPlugin } from '../../chain/modules/wasm/query-plugins.js';
import { obj, optStr, str, variant } from '../../chain/modules/wasm/json.js';
import { encodeJsonU64 } from '../../chain/modules/hooks/keeper.js';

export const MESHWORK_QUERY_NAMESPACE = 'meshwork';

export interface MeshworkQueryDeps {
  staking: StakingKeeper;
  slashing: SlashingKeeper;
  codec: AddressCodec;
}

const STATUSES: readonly BondStatus[] = ['bonded', 'unbonding', 'unbonded'];

/** The plugin for `{"custom":{"meshwork": <query>}}`: it gets `<query>`. */
export function meshworkQueryPlugin(d: MeshworkQueryDeps): QueryPlugin {
  const { staking, slashing, codec } = d;
  const info = (ctx: Context, v: ValidatorView) => ({
    operator: v.operator,
    account: codec.valoperToAccount(v.operator),
    consensus_address: codec.encodeValcons(v.consAddress),
    tokens: v.tokens.toString(),
    power: staking.consensusPower(v.tokens),
    delegator_shares: v.delegatorShares.toShortString(),
    status: v.status,
    jailed: v.jailed,
    tombstoned: slashing.isTombstoned(ctx, v.consAddress),
    commission: v.commissionRate.toShortString(),
  });
  const validatorByOperator = (ctx: Context, operator: string) => {
    try {
      codec.decodeValoper(operator);
    } catch (e) {
      throw new ChainError(Codes.InvalidAddress, `operator: ${(e as Error).message}`);
    }
    const v = staking.getValidator(ctx, operator);
    return v === undefined ? null : info(ctx, v);
  };

  return (ctx, _caller, inner) => {
    const [q, p0] = variant(inner, 'meshwork query');
    const p = obj(p0, q);
    switch (q) {
      case 'validators': {
        const status = optStr(p, 'status');
        if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw new ChainError(Codes.InvalidRequest, `status must be one of ${STATUSES.join(', ')}, got ${status}`);
        const list = staking.allValidators(ctx).filter((v) => status === undefined || v.status === status);
        return encodeJsonU64({ validators: list.map((v) => info(ctx, staking.view(v))) });
      }
      case 'validator':
        return encodeJsonU64({ validator: validatorByOperator(ctx, str(p, 'operator')) });
      case 'validator_by_account': {
        let operator: string;
        try {
          operator = codec.accountToValoper(str(p, 'account'));
        } catch (e) {
          throw new ChainError(Codes.InvalidAddress, `account: ${(e as Error).message}`);
        }
        return encodeJsonU64({ validator: validatorByOperator(ctx, operator) });
      }
      case 'signing_info': {
        const operator = str(p, 'operator');
        codec.decodeValoper(operator);
        const v = staking.getValidator(ctx, operator);
        const s = v === undefined ? undefined : slashing.getSigningInfo(ctx, v.consAddress);
        if (s === undefined) return encodeJsonU64({ signing_info: null });
        return encodeJsonU64({
          signing_info: {
            address: s.address,
            start_height: BigInt(s.startHeight),
            index_offset: s.indexOffset,
            jailed_until: s.jailedUntil.toString(),
            tombstoned: s.tombstoned,
            missed_blocks_counter: s.missedBlocksCounter,
          },
        });
      }
      case 'total_bonded':
        return encodeJsonU64({ amount: { denom: staking.bondDenom(ctx), amount: staking.totalBondedTokens(ctx).toString() } });
      case 'slash_params': {
        const sp = slashing.getParams(ctx);
        return encodeJsonU64({ slash_fraction_downtime: sp.slashFractionDowntime.toShortString(), slash_fraction_double_sign: sp.slashFractionDoubleSign.toShortString() });
      }
      case 'epoch_info': {
        const e = staking.epochInfo(ctx);
        return encodeJsonU64({ epoch: BigInt(e.epoch), start_height: BigInt(e.startHeight), length: BigInt(e.length) });
      }
      default:
        throw new QuerySystemError({ unsupported_request: { kind: `meshwork ${q}` } });
    }
  };
}
