/**
 * Software upgrades in process (spec gov-upgrade-spec §B3 cases 16–18): the standard app (v1) halts
 * at a plan's height, the test-only v2 app continues on the same store, and the PreBlocker's other
 * rules (early binary, downgrade, skip heights, cancel/replace/validation) hold.
 */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import * as UQ from 'cosmjs-types/cosmos/upgrade/v1beta1/query';
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import { MultiStore } from '../../chain/store/multistore.js';
import { NS_PER_SECOND } from '../../chain/kernel/context.js';
import type { GenesisDoc } from '../../chain/kernel/baseapp.js';
import { UpgradeHaltError } from '../../chain/modules/upgrade/errors.js';
import type { UpgradeInfo } from '../../chain/modules/upgrade/keeper.js';
import { createMeshworkApp, MESHWORK_STORES, type MeshworkApp } from './meshwork-app.js';
import { MESHWORK_V1, type AppVersion } from './versions.js';
import { MESHWORK_V2, V2_ADDED_STORE, V2_BLOCKS_PER_YEAR, V2_MAX_VALIDATORS, V2_UPGRADED_AT_KEY, V2_UPGRADE_NAME } from './v2/app-v2.js';

const CHAIN = 'upgrade-1';
const T0 = 1_700_000_000n * NS_PER_SECOND;
const GENESIS: GenesisDoc = { chainId: CHAIN, genesisTime: T0, initialHeight: 1, appState: {} };
const timeOf = (h: number) => T0 + BigInt(h) * NS_PER_SECOND;

interface Node {
  m: MeshworkApp;
  infos: UpgradeInfo[];
}

function open(store: MultiStore, version: AppVersion, opts: { skip?: number[] } = {}): Node {
  const infos: UpgradeInfo[] = [];
  const m = createMeshworkApp({ chainId: CHAIN, store, version, skipUpgradeHeights: opts.skip, upgradeInfoSink: { write: (i) => infos.push(i) } });
  if (store.version > 0) m.app.setLastHeader({ chainId: CHAIN, height: store.version, time: timeOf(store.version), proposer: new Uint8Array(20) });
  return { m, infos };
}

function fresh(version: AppVersion = MESHWORK_V1): { store: MultiStore; n: Node } {
  const store = new MultiStore(MESHWORK_STORES);
  const n = open(store, version);
  n.m.app.initChain(GENESIS);
  return { store, n };
}

/** One block; `msgs` run in it as the gov authority would run them (the upgrade module's handlers). */
function block(n: Node, msgs: { typeUrl: string; value: Uint8Array }[] = []): void {
  const app = n.m.app;
  const height = app.lastBlockHeight + 1;
  app.beginBlock({ height, time: timeOf(height), proposer: new Uint8Array(20), lastCommit: { round: 0, votes: [] }, misbehavior: [] });
  let failure: unknown;
  for (const msg of msgs) {
    try {
      app.runInBlock((ctx) => app.msgRouter.run(ctx, app.msgRouter.decode(msg.typeUrl, msg.value)));
    } catch (e) {
      failure ??= e;
    }
  }
  app.endBlock();
  app.commit();
  if (failure !== undefined) throw failure;
}

function blocksUntil(n: Node, height: number): void {
  while (n.m.app.lastBlockHeight < height) block(n);
}

const plan = (name: string, height: number, info = '') => Plan.fromPartial({ name, height: BigInt(height), info });
const schedule = (n: Node, p: Plan, authority = n.m.authority) => ({ typeUrl: MsgSoftwareUpgrade.typeUrl, value: MsgSoftwareUpgrade.encode({ authority, plan: p }).finish() });
const cancel = (n: Node) => ({ typeUrl: MsgCancelUpgrade.typeUrl, value: MsgCancelUpgrade.encode({ authority: n.m.authority }).finish() });

function query<T>(n: Node, path: string, req: Uint8Array, decode: (b: Uint8Array) => T): T {
  const r = n.m.app.query({ path, data: req });
  if (r.code !== 0) throw new Error(`${path}: ${r.log}`);
  return decode(r.value);
}
const currentPlan = (n: Node) => query(n, '/cosmos.upgrade.v1beta1.Query/CurrentPlan', new Uint8Array(), (b) => UQ.QueryCurrentPlanResponse.decode(b).plan);
const appliedHeight = (n: Node, name: string) => query(n, '/cosmos.upgrade.v1beta1.Query/AppliedPlan', UQ.QueryAppliedPlanRequest.encode({ name }).finish(), (b) => UQ.QueryAppliedPlanResponse.decode(b).height);
const moduleVersions = (n: Node) =>
  Object.fromEntries(query(n, '/cosmos.upgrade.v1beta1.Query/ModuleVersions', UQ.QueryModuleVersionsRequest.encode({ moduleName: '' }).finish(), (b) => UQ.QueryModuleVersionsResponse.decode(b).moduleVersions).map((v) => [v.name, Number(v.version)]));

function expectHalt(n: Node, kind: UpgradeHaltError['kind']): UpgradeHaltError {
  let err: unknown;
  try {
    block(n);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UpgradeHaltError);
  expect((err as UpgradeHaltError).kind).toBe(kind);
  return err as UpgradeHaltError;
}

describe('software upgrade (B3 16): halt without the handler, continue with it, exactly once', () => {
  test('v1 halts at H with upgrade-info, v2 runs the handler at H, a restart does not re-run it', () => {
    const { store, n } = fresh();
    block(n, [schedule(n, plan(V2_UPGRADE_NAME, 6, '{"binaries":{}}'))]);
    expect(currentPlan(n)?.name).toBe(V2_UPGRADE_NAME);
    blocksUntil(n, 5);
    const hashAt5 = Buffer.from(n.m.app.lastAppHash()).toString('hex');

    const halt = expectHalt(n, 'upgrade_needed');
    expect(halt.message).toBe(`UPGRADE "${V2_UPGRADE_NAME}" NEEDED at height 6: {"binaries":{}}`);
    expect(n.infos).toEqual([{ name: V2_UPGRADE_NAME, height: 6, info: '{"binaries":{}}' }]);
    expect(n.m.app.lastBlockHeight).toBe(5);
    expect(Buffer.from(n.m.app.lastAppHash()).toString('hex')).toBe(hashAt5);
    // The same binary restarted halts again at the same place.
    const again = open(store, MESHWORK_V1);
    expectHalt(again, 'upgrade_needed');

    const v2 = open(store, MESHWORK_V2);
    expect(v2.m.keepers.staking.getParams(v2.m.app.queryContext()).maxValidators).not.toBe(V2_MAX_VALIDATORS);
    expect(moduleVersions(v2).mint).toBe(1);
    // the store upgrade is applied on opening at H-1 (working set) and committed first at H
    expect(store.names).toContain(V2_ADDED_STORE);
    expect(store.lastCommitInfo().map((i) => i.name)).not.toContain(V2_ADDED_STORE);
    expect(v2.m.app.appVersion()).toBe(0n);
    block(v2);
    expect(v2.m.app.lastBlockHeight).toBe(6);
    const ctx = v2.m.app.queryContext();
    expect(store.lastCommitInfo().map((i) => i.name)).toContain(V2_ADDED_STORE);
    expect(new TextDecoder().decode(ctx.store(V2_ADDED_STORE).get(V2_UPGRADED_AT_KEY))).toBe('6');
    expect(v2.m.app.appVersion()).toBe(1n);
    expect(v2.m.keepers.staking.getParams(ctx).maxValidators).toBe(V2_MAX_VALIDATORS);
    expect(v2.m.keepers.mint.getParams(ctx).blocksPerYear).toBe(V2_BLOCKS_PER_YEAR);
    expect(moduleVersions(v2).mint).toBe(2);
    expect(appliedHeight(v2, V2_UPGRADE_NAME)).toBe(6n);
    expect(currentPlan(v2)).toBeUndefined();
    expect(v2.m.keepers.upgrade.getAppVersion(ctx)).toBe(1n);
    block(v2);

    // Restart on v2: the plan is done, the handler does not run again (a changed param would stay changed).
    let runs = 0;
    const counting: AppVersion = { ...MESHWORK_V2, upgradeHandlers: { [V2_UPGRADE_NAME]: (env, cx, p, from) => (runs++, MESHWORK_V2.upgradeHandlers![V2_UPGRADE_NAME]!(env, cx, p, from)) } };
    const r2 = open(store, counting);
    blocksUntil(r2, 10);
    expect(runs).toBe(0);
    expect(r2.m.keepers.upgrade.getAppVersion(r2.m.app.queryContext())).toBe(1n);
  });
});

describe('software upgrade (B3 17): early binary and downgrade refuse to run', () => {
  test('a binary with the handler before the plan height halts (binary updated before trigger)', () => {
    const { store, n } = fresh();
    block(n, [schedule(n, plan(V2_UPGRADE_NAME, 8))]);
    const early = open(store, MESHWORK_V2);
    const e = expectHalt(early, 'binary_updated_before_trigger');
    expect(e.message).toContain('BINARY UPDATED BEFORE TRIGGER');
    expect(early.m.app.lastBlockHeight).toBe(1);
    // The right binary carries on.
    blocksUntil(open(store, MESHWORK_V1), 7);
  });

  test('a binary lacking the handler of the last applied upgrade halts (downgrade detected)', () => {
    const { store, n } = fresh();
    block(n, [schedule(n, plan(V2_UPGRADE_NAME, 3))]);
    block(n);
    expectHalt(n, 'upgrade_needed');
    blocksUntil(open(store, MESHWORK_V2), 4);
    const old = open(store, MESHWORK_V1);
    const e = expectHalt(old, 'downgrade');
    expect(e.message).toContain(`upgrade handler is missing for ${V2_UPGRADE_NAME} upgrade plan`);
    expect(old.m.app.lastBlockHeight).toBe(4);
  });
});

describe('software upgrade (B3 18): cancel, replace, validation, skip heights', () => {
  test('MsgCancelUpgrade before H removes the plan: the old binary runs through H', () => {
    const { n } = fresh();
    block(n, [schedule(n, plan('later', 5))]);
    block(n, [cancel(n)]);
    expect(currentPlan(n)).toBeUndefined();
    blocksUntil(n, 8);
    expect(n.infos).toEqual([]);
  });

  test('a new MsgSoftwareUpgrade replaces the pending one', () => {
    const { n } = fresh();
    block(n, [schedule(n, plan('first', 10))]);
    block(n, [schedule(n, plan('second', 5))]);
    expect(currentPlan(n)).toMatchObject({ name: 'second', height: 5n });
    blocksUntil(n, 4);
    expect(expectHalt(n, 'upgrade_needed').planName).toBe('second');
  });

  test('past heights, done names, bad plans and other signers are refused, leaving the plan as it was', () => {
    const { store, n } = fresh();
    block(n, [schedule(n, plan(V2_UPGRADE_NAME, 3))]);
    block(n);
    expectHalt(n, 'upgrade_needed');
    const v2 = open(store, MESHWORK_V2);
    blocksUntil(v2, 4);
    block(v2, [schedule(v2, plan('pending', 50))]);
    const refused = (msg: { typeUrl: string; value: Uint8Array }) => expect(() => block(v2, [msg]));
    refused(schedule(v2, plan('past', 5))).toThrow(/upgrade cannot be scheduled in the past: plan height 5, current height 6/);
    refused(schedule(v2, plan(V2_UPGRADE_NAME, 100))).toThrow(`upgrade with name ${V2_UPGRADE_NAME} has already been completed`);
    refused(schedule(v2, plan('', 100))).toThrow('name cannot be empty');
    refused(schedule(v2, Plan.fromPartial({ name: 'timed', height: 100n, time: { seconds: 5n, nanos: 0 } }))).toThrow(/time-based upgrades/);
    refused(schedule(v2, plan('thief', 100), v2.m.keepers.auth.moduleAddress('distribution'))).toThrow(/expected authority account/);
    expect(currentPlan(v2)).toMatchObject({ name: 'pending', height: 50n });
  });

  test('--unsafe-skip-upgrades at H clears the due plan and the old binary continues (not marked done)', () => {
    const { store, n } = fresh();
    block(n, [schedule(n, plan('skipped', 4))]);
    block(n);
    block(n);
    const skipping = open(store, MESHWORK_V1, { skip: [4] });
    block(skipping);
    expect(skipping.m.app.lastBlockHeight).toBe(4);
    expect(currentPlan(skipping)).toBeUndefined();
    expect(appliedHeight(skipping, 'skipped')).toBe(0n);
    expect(skipping.infos).toEqual([]);
    blocksUntil(skipping, 6);
  });

  test('queries: Authority and a single module version; an unknown module is NotFound', () => {
    const { n } = fresh();
    block(n);
    expect(query(n, '/cosmos.upgrade.v1beta1.Query/Authority', new Uint8Array(), (b) => UQ.QueryAuthorityResponse.decode(b).address)).toBe(n.m.authority);
    const one = query(n, '/cosmos.upgrade.v1beta1.Query/ModuleVersions', UQ.QueryModuleVersionsRequest.encode({ moduleName: 'bank' }).finish(), (b) => UQ.QueryModuleVersionsResponse.decode(b).moduleVersions);
    expect(one).toEqual([{ name: 'bank', version: 1n }]);
    const r = n.m.app.query({ path: '/cosmos.upgrade.v1beta1.Query/ModuleVersions', data: UQ.QueryModuleVersionsRequest.encode({ moduleName: 'nope' }).finish() });
    expect(r.code).not.toBe(0);
    expect(r.log).toContain('module nope not found');
    expect(Object.keys(moduleVersions(n))).toEqual([...Object.keys(moduleVersions(n))].sort());
  });
});
