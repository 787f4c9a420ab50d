/** Test-only wiring: auth + bank + fake staking + distribution (+ mint) over one multistore. */
import { Context, type BlockHeader } from '../../../kernel/context.js';
import type { VoteInfo } from '../../../kernel/module.js';
import { MsgRouter, QueryRouter } from '../../../kernel/router.js';
import { InfiniteGasMeter } from '../../../store/gaskv.js';
import { testContext } from '../../../testkit/context.js';
import { AddressCodec, prefixesFor } from '../../../types/address.js';
import { AuthKeeper } from '../../auth/keeper.js';
import { BankKeeper } from '../../bank/keeper.js';
import { DISTRIBUTION_MODULE, DistributionKeeper, FEE_COLLECTOR } from '../keeper.js';
import { DistributionModule } from '../module.js';
import { FAKE_STAKING_STORE, FakeStaking } from './fake-staking.js';
import type { MultiStore } from '../../../store/multistore.js';

export interface Harness {
  codec: AddressCodec;
  auth: AuthKeeper;
  bank: BankKeeper;
  staking: FakeStaking;
  distr: DistributionKeeper;
  module: DistributionModule;
  msgs: MsgRouter;
  queries: QueryRouter;
  gov: string;
  ms: MultiStore;
  /** A deliver context at `height` over the shared state (proposer = consensus address). */
  at(height: number, proposer?: Uint8Array): Context;
  /** An account address made of one repeated byte. */
  addr(n: number): string;
  /** Puts `amount` stake into the fee collector (as the ante handler would). */
  collectFees(ctx: Context, amount: bigint): void;
  /** BeginBlock of distribution at `height` with these votes. */
  beginBlock(height: number, votes: VoteInfo[], proposer?: Uint8Array): Context;
}

export function makeHarness(): Harness {
  const codec = new AddressCodec(prefixesFor('mesh'));
  const auth = new AuthKeeper(codec);
  auth.declareModuleAccount(FEE_COLLECTOR);
  auth.declareModuleAccount(DISTRIBUTION_MODULE);
  auth.declareModuleAccount('mint', ['minter']);
  auth.declareModuleAccount('gov', ['burner']);
  const bank = new BankKeeper(auth);
  // As the SDK app: module accounts cannot receive user funds (gov excepted).
  for (const n of [FEE_COLLECTOR, DISTRIBUTION_MODULE, 'mint']) bank.blockAddress(auth.moduleAddress(n));
  const staking = new FakeStaking(codec);
  const gov = auth.moduleAddress('gov');
  const distr = new DistributionKeeper({ auth, bank, staking, codec, authority: gov, feeCollector: FEE_COLLECTOR });
  staking.hooks = distr;
  const module = new DistributionModule(distr);
  const msgs = new MsgRouter();
  const queries = new QueryRouter();
  module.registerMsgs(msgs);
  module.registerQueries(queries);
  const { ms, ctx: genesisCtx } = testContext(['acc', 'bank', 'distribution', FAKE_STAKING_STORE, 'mint']);
  const header = genesisCtx.header;
  const at = (height: number, proposer: Uint8Array = new Uint8Array(20)): Context => {
    const h: BlockHeader = { ...header, height, time: header.time + BigInt(height) * 5_000_000_000n, proposer };
    return new Context(genesisCtx.ms, h, new InfiniteGasMeter(), 'deliver');
  };
  return {
    codec,
    auth,
    bank,
    staking,
    distr,
    module,
    msgs,
    queries,
    gov,
    ms,
    at,
    addr: (n) => codec.encode(new Uint8Array(20).fill(n)),
    collectFees: (ctx, amount) => bank.initBalance(ctx, auth.moduleAddress(FEE_COLLECTOR), [{ denom: 'stake', amount }]),
    beginBlock: (height, votes, proposer) => {
      const ctx = at(height, proposer);
      module.beginBlock(ctx, { lastCommit: { round: 0, votes }, misbehavior: [] });
      return ctx;
    },
  };
}
