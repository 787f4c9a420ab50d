/**
 * The chain the persistence crash test runs: a BaseApp (auth, bank, a validator-update test module)
 * on a SQLite state, with the block store in the same database, driven by the BlockDriver. Every
 * input of block h — its tx, validator updates, offline validators, a double sign — is a function of
 * h alone, so any run that reaches height h, however often interrupted, must have the same app hash.
 */
import { SqliteStore } from '../sqlite.js';
import { MultiStore } from '../multistore.js';
import { SqliteBlockStore } from '../../blockstore/sqlite.js';
import { BlockDriver } from '../../consensus/driver.js';
import { ValidatorSigner } from '../../consensus/keys.js';
import { buildTestApp, TEST_STORES, TestWallet, type TestApp } from '../../consensus/testkit.js';
import { toHex } from '../../kernel/keys.js';

export const CHAIN_ID = 'crash-test-1';
const GENESIS_TIME = 1_700_000_000_000_000_000n;
const SIGNERS = [0, 1, 2, 3].map((i) => ValidatorSigner.fromSeed(`crash-val-${i}`));

export interface CrashChain {
  driver: BlockDriver;
  test: TestApp;
  close(): void;
}

/** Opens (or creates) the chain; `dbPath` undefined = in memory (the reference run). */
export function openChain(dbPath: string | undefined, keepRecent = 0): CrashChain {
  const sqlite = dbPath === undefined ? undefined : new SqliteStore(dbPath, TEST_STORES, { keepRecent });
  const store = sqlite?.multistore ?? new MultiStore(TEST_STORES);
  // Validator 3's power changes every 7 blocks (seen by the set that signs h + 2).
  const test = buildTestApp({ chainId: CHAIN_ID, store, schedule: (h) => (h % 7 === 3 ? [{ pubKey: SIGNERS[3]!.pubKey, power: BigInt(5 + (h % 5)) }] : []) });
  const blockStore = sqlite === undefined ? undefined : new SqliteBlockStore(sqlite.database);
  const driver = new BlockDriver({ app: test.app, chainId: CHAIN_ID, genesisTime: GENESIS_TIME, validators: SIGNERS, ...(blockStore ? { blockStore } : {}) });
  if (driver.blockStore.height === 0) {
    const alice = new TestWallet('alice', test.codec);
    driver.init({
      appState: {
        valtest: { validators: SIGNERS.map((s, i) => ({ pub_key: toHex(s.pubKey), power: String(40 - i * 10) })) },
        bank: { balances: [{ address: alice.address, coins: [{ denom: 'stake', amount: '100000000' }] }] },
      },
    });
  } else driver.resume();
  return { driver, test, close: () => sqlite?.close() };
}

/** Produces the next block with inputs derived from its height; returns its height and app hash. */
export function produceNext(c: CrashChain): { height: number; appHash: string } {
  const h = c.driver.height + 1;
  const { auth, codec, app } = c.test;
  const alice = new TestWallet('alice', codec);
  const bob = new TestWallet('bob', codec);
  const txs: Uint8Array[] = [];
  if (h > 1) {
    const acc = auth.getAccount(app.queryContext(), alice.address)!;
    alice.sequence = acc.sequence;
    txs.push(alice.send(CHAIN_ID, acc.accountNumber, bob.address, BigInt(h)));
  }
  c.driver.setOnline(SIGNERS[3]!.address, h % 4 !== 0);
  if (h % 9 === 0) c.driver.doubleSign(SIGNERS[2]!.address);
  const b = c.driver.produceBlock({ txs });
  return { height: h, appHash: toHex(b.results.appHash) };
}
