/** Test fixtures: a fresh multistore and a context over it, for module unit tests. */
import { MultiStore } from '../store/multistore.js';
import { InfiniteGasMeter } from '../store/gaskv.js';
import { Context, NS_PER_SECOND, type BlockHeader, type ExecMode } from '../kernel/context.js';

export function testContext(storeNames: string[], header: Partial<BlockHeader> = {}, mode: ExecMode = 'deliver'): { ms: MultiStore; ctx: Context } {
  const ms = new MultiStore(storeNames);
  const h: BlockHeader = { chainId: 'test-1', height: 1, time: 1_700_000_000n * NS_PER_SECOND, proposer: new Uint8Array(20), ...header };
  return { ms, ctx: new Context(ms.branch(), h, new InfiniteGasMeter(), mode) };
}
