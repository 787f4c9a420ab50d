/**
 * A counterparty chain for light-client tests: a whole Meshwork app whose genesis validators sign
 * real blocks (`TestChain` + `BlockDriver`), and helpers to create a client of it on a `Host`
 * (ibc/core/client/testkit.ts) from its headers. It lives here, above IBC, because it needs the app.
 */
import type { Any } from 'cosmjs-types/google/protobuf/any';
import type { Header as CometHeader } from 'cosmjs-types/tendermint/types/types';
import type { Header as TmHeader } from 'cosmjs-types/ibc/lightclients/tendermint/v1/tendermint';
import type { BlockDriver } from '../chain/consensus/driver.js';
import type { TimeNs } from '../chain/kernel/context.js';
import { fromTimestamp } from '../chain/types/time.js';
import { height, revisionOf, type Height } from '../ibc/core/height.js';
import { clientStateFor, consensusStateFromHeader, packClientState, packConsensusState, packHeader, type ClientStateOptions } from '../ibc/core/client/tendermint.js';
import { Host, POWER, PRINTABLE_ADDR_BYTES, UNBONDING } from '../ibc/core/client/testkit.js';
import { headerAt } from '../ibc/core/client/validators.js';
import { TestChain } from './chain.js';
import type { GenesisValidator } from './genesis.js';

export interface Counterparty {
  chain: TestChain;
  driver: BlockDriver;
  vals: GenesisValidator[];
  chainId: string;
}

/** A chain with `n` equal genesis validators (100 power each) that has committed `blocks` blocks. */
export function counterparty(o: { chainId?: string; validators?: number; blocks?: number; fund?: (g: { fund(a: string, n: bigint): unknown; m: TestChain['m'] }) => void } = {}): Counterparty {
  const vals: GenesisValidator[] = [];
  const chainId = o.chainId ?? 'meshwork-b';
  const chain = TestChain.create({
    chainId,
    genesis: (g) => {
      for (let i = 0; i < (o.validators ?? 4); i++) vals.push(g.validator(`v${i}`, 100n * POWER));
      g.fund(g.m.codec.encode(PRINTABLE_ADDR_BYTES), 12_345n);
      o.fund?.(g);
    },
  });
  chain.advanceBlocks(o.blocks ?? 3);
  return { chain, driver: chain.driver!, vals, chainId };
}

export const headerOf = (cp: Counterparty, h: number): CometHeader => cp.driver.block(h)!.header;
export const timeOf = (cp: Counterparty, h: number): TimeNs => fromTimestamp(headerOf(cp, h).time);
/** The IBC height of counterparty block `h`. */
export const ibcHeight = (cp: Counterparty, h: number | bigint): Height => height(revisionOf(cp.chainId), BigInt(h));

export function createClientAt(host: Host, cp: Counterparty, h: number, o: Partial<ClientStateOptions> = {}): string {
  const cs = clientStateFor({ chainId: cp.chainId, latestHeight: h, unbondingPeriod: UNBONDING, ...o });
  return host.keeper.createClient(host.ctx(), packClientState(cs), packConsensusState(consensusStateFromHeader(headerOf(cp, h))));
}

export function headerAny(cp: Counterparty, h: number, trusted: number): Any {
  return packHeader(headerAt(cp.driver, h, ibcHeight(cp, trusted)));
}

export function tmHeader(cp: Counterparty, h: number, trusted: number): TmHeader {
  return headerAt(cp.driver, h, ibcHeight(cp, trusted));
}

