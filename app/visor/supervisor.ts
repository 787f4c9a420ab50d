/**
 * The node supervisor (`meshwork visor run <node args>`): cosmovisor's loop — run `current/bin/<daemon>`
 * with the given arguments, notice `data/upgrade-info.json` naming an upgrade `current` has not
 * applied, and when the node has stopped: back up data, run the pre-upgrade hook, switch `current`,
 * restart with the same arguments — plus Wemixvisor's start-up watch: the new version must commit
 * the upgrade block within the start-up window, or the visor stops it, restores the backup, switches
 * back and restarts the previous version (with `--unsafe-skip-upgrades <height>`, so the chain runs
 * on without the failed upgrade; only sound when every validator does the same, which on a
 * single-validator chain is this node). All of it is logged as JSON lines and counted in metrics.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { UpgradeInfo } from '../../chain/modules/upgrade/keeper.js';
import { Logger } from '../node/log.js';
import { MetricsRegistry } from '../node/metrics.js';
import { readUpgradeInfo, upgradeInfoPath, UPGRADE_INFO_FILE } from '../node/upgrade-info.js';
import { parseListenAddress } from '../node/config.js';
import { backupData, restoreData } from './backup.js';
import type { VisorConfig } from './config.js';
import { binaryIn, currentDir, currentVersionName, readState, requireExecutable, switchCurrent, upgradeDir, writeState, type UpgradeRecord } from './layout.js';
import { verifyLocalBinary } from './plan-info.js';
import { runPreUpgrade } from './preupgrade.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** An upgrade whose new version has not yet proven it runs. */
interface Probation {
  record: UpgradeRecord;
  previousDir: string;
  backup: string | undefined;
}

type ChildEnd = { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null } | { kind: 'healthy' } | { kind: 'window_elapsed' } | { kind: 'signal'; signal: NodeJS.Signals };

export class Visor {
  readonly metrics = new MetricsRegistry('meshwork_visor');
  private child: ChildProcess | undefined;
  private stopping: NodeJS.Signals | undefined;
  private metricsServer: Server | undefined;

  constructor(
    readonly cfg: VisorConfig,
    private readonly args: readonly string[],
    readonly log: Logger = new Logger('info').child({ module: 'visor' }),
  ) {
    const m = this.metrics;
    m.declare('child_up', 'gauge', 'Whether the supervised node process is running');
    m.declare('child_starts_total', 'counter', 'Node processes started');
    m.declare('upgrades_total', 'counter', 'Upgrades finished, by result');
    m.declare('rollbacks_total', 'counter', 'Upgrades rolled back because the new version failed to start');
    m.declare('backup_seconds', 'gauge', 'Wall time of the last data backup');
  }

  /** Runs until the node exits without an upgrade to apply, or a signal stops it; returns the exit code. */
  async run(): Promise<number> {
    const onSignal = (s: NodeJS.Signals) => {
      this.stopping = s;
      this.child?.kill(s);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      await this.startMetrics();
      return await this.loop();
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await new Promise<void>((r) => (this.metricsServer === undefined ? r() : this.metricsServer.close(() => r())));
    }
  }

  private async startMetrics(): Promise<void> {
    if (this.cfg.metricsAddr === undefined) return;
    const { host, port } = parseListenAddress(this.cfg.metricsAddr);
    this.metricsServer = createServer((req, res) => {
      if (req.url === '/metrics') {
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(this.metrics.render());
      } else res.writeHead(404).end('not found: try /metrics\n');
    });
    await new Promise<void>((resolve, reject) => {
      this.metricsServer!.once('error', reject);
      this.metricsServer!.listen(port, host, () => resolve());
    });
    this.log.info('visor metrics served', { addr: `http://${host}:${(this.metricsServer.address() as { port: number }).port}/metrics` });
  }

  private async loop(): Promise<number> {
    let probation: Probation | undefined;
    // As cosmovisor: an upgrade-info.json that `current` has not applied means the node already
    // halted for it (before the visor ran, or before a visor restart): upgrade before starting.
    const early = this.pendingUpgrade();
    if (early !== undefined && !this.rolledBack(early)) {
      this.log.info(`data/upgrade-info.json names upgrade "${early.name}", which current has not applied: upgrading before the first start`);
      try {
        probation = await this.upgrade(early);
      } catch (e) {
        this.log.error(`upgrade "${early.name}" aborted: ${(e as Error).message}`, { upgrade: early.name, height: early.height });
        return 1;
      }
      if (!this.cfg.restartAfterUpgrade) {
        this.finish(probation.record, 'completed');
        return 0;
      }
    }
    for (;;) {
      if (this.stopping !== undefined) return 0;
      const dir = currentDir(this.cfg);
      const bin = binaryIn(this.cfg, dir);
      requireExecutable(bin, `the ${currentVersionName(this.cfg)} binary`);
      const end = await this.runChild(bin, probation);
      if (end.kind === 'signal') return 0;
      // The new version committed the upgrade block while it ran: the upgrade is over.
      if (probation !== undefined && probation.record.status !== 'in_progress') probation = undefined;
      if (probation !== undefined) {
        // The new version stopped (or was stopped) before it committed the upgrade block.
        const why = end.kind === 'window_elapsed' ? `did not commit block ${probation.record.height} within ${this.cfg.startupWindowMs} ms` : `exited (${end.kind === 'exit' ? (end.signal ?? end.code) : '?'}) before committing block ${probation.record.height}`;
        if (!this.cfg.rollback || probation.backup === undefined) {
          this.finish(probation.record, 'failed', `the new version ${why}; ${probation.backup === undefined ? 'no backup was taken (UNSAFE_SKIP_BACKUP)' : 'rollback is off (MESHWORK_VISOR_ROLLBACK=false)'}, so the visor stops`);
          return 1;
        }
        this.rollBack(probation, why);
        probation = undefined;
        continue;
      }
      if (end.kind !== 'exit') continue;
      const info = this.pendingUpgrade();
      if (info === undefined) {
        this.log.info('node exited and no upgrade is pending; the visor stops', { code: end.code, signal: end.signal });
        return end.code ?? 1;
      }
      try {
        probation = await this.upgrade(info);
      } catch (e) {
        this.log.error(`upgrade "${info.name}" aborted: ${(e as Error).message}`, { upgrade: info.name, height: info.height });
        return 1;
      }
      if (!this.cfg.restartAfterUpgrade) {
        this.finish(probation.record, 'completed');
        this.log.info('upgrade done; DAEMON_RESTART_AFTER_UPGRADE=false, so the visor stops', { upgrade: info.name });
        return 0;
      }
    }
  }

  /** The upgrade `data/upgrade-info.json` names, if `current` has not applied it yet. */
  private pendingUpgrade(): UpgradeInfo | undefined {
    const info = readUpgradeInfo(upgradeInfoPath(join(this.cfg.home, 'data')));
    if (info === undefined) return undefined;
    const applied = readUpgradeInfo(join(currentDir(this.cfg), UPGRADE_INFO_FILE));
    if (applied !== undefined && applied.name === info.name) return undefined;
    return info;
  }

  private runChild(bin: string, probation: Probation | undefined): Promise<ChildEnd> {
    const args = [...this.args];
    // Heights whose upgrade failed to start and was rolled back: the previous version skips them.
    const skip = readState(this.cfg).upgrades.filter((u) => u.status === 'rolled_back').map((u) => u.height);
    if (skip.length > 0) args.push('--unsafe-skip-upgrades', [...new Set(skip)].sort((a, b) => a - b).join(','));
    this.log.info('starting node', { version: currentVersionName(this.cfg), bin, args: args.join(' ') });
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    this.child = child;
    this.metrics.inc('child_starts_total', 'Node processes started');
    this.metrics.set('child_up', 'Whether the supervised node process is running', 1);
    this.metrics.set('current_version', 'The version `current` points to (label)', 1, { name: currentVersionName(this.cfg) });
    return new Promise<ChildEnd>((resolve) => {
      let done = false;
      let timedOut = false;
      let window: NodeJS.Timeout | undefined;
      let poll: NodeJS.Timeout | undefined;
      const settle = (e: ChildEnd) => {
        if (e.kind === 'healthy') {
          // Not the end of the child: the upgrade is complete, keep supervising.
          if (probation !== undefined && probation.record.status === 'in_progress') {
            clearTimeout(window);
            this.finish(probation.record, 'completed');
            this.metrics.inc('upgrades_total', 'Upgrades finished, by result', 1, { result: 'completed' });
            this.log.info(`upgrade "${probation.record.name}" completed: the new version committed block ${probation.record.height}`, { upgrade: probation.record.name });
            probation = undefined;
          }
          return;
        }
        if (e.kind === 'window_elapsed' && !done) {
          // Reported by the exit handler once the process is really gone (its database must be closed before a restore).
          timedOut = true;
          this.log.error('the new version did not become healthy within the start-up window; stopping it', { window_ms: this.cfg.startupWindowMs });
          child.kill('SIGKILL');
        }
      };
      const finish = (e: ChildEnd) => {
        if (done) return;
        done = true;
        clearTimeout(window);
        clearInterval(poll);
        resolve(e);
      };
      if (probation !== undefined) window = setTimeout(() => settle({ kind: 'window_elapsed' }), this.cfg.startupWindowMs);
      // Node logs are JSON lines; relay them and watch for committed blocks (the health signal).
      let rest = '';
      child.stdout!.on('data', (d: Buffer) => {
        process.stdout.write(d);
        rest += d.toString();
        let i: number;
        while ((i = rest.indexOf('\n')) >= 0) {
          const line = rest.slice(0, i);
          rest = rest.slice(i + 1);
          if (probation === undefined) continue;
          try {
            const o = JSON.parse(line) as { msg?: string; height?: number };
            if (o.msg === 'committed block' && typeof o.height === 'number' && o.height >= probation.record.height) settle({ kind: 'healthy' });
          } catch {
            // not a log line of ours
          }
        }
      });
      // A binary that does not exit by itself at the upgrade height (as an SDK node panics) is stopped.
      poll = setInterval(() => {
        if (this.stopping !== undefined || child.exitCode !== null) return;
        let pending: UpgradeInfo | undefined;
        try {
          pending = this.pendingUpgrade();
        } catch {
          return;
        }
        if (pending !== undefined && !this.rolledBack(pending)) {
          const grace = Math.max(this.cfg.shutdownGraceMs, 2000);
          setTimeout(() => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          }, grace).unref();
        }
      }, this.cfg.pollIntervalMs);
      child.on('exit', (code, signal) => {
        this.child = undefined;
        this.metrics.set('child_up', 'Whether the supervised node process is running', 0);
        if (this.stopping !== undefined) finish({ kind: 'signal', signal: this.stopping });
        else if (timedOut) finish({ kind: 'window_elapsed' });
        else finish({ kind: 'exit', code, signal });
      });
    });
  }

  private rolledBack(info: UpgradeInfo): boolean {
    return readState(this.cfg).upgrades.some((u) => u.name === info.name && u.height === info.height && u.status === 'rolled_back');
  }

  private record(r: UpgradeRecord): void {
    const s = readState(this.cfg);
    const i = s.upgrades.findIndex((u) => u.name === r.name && u.height === r.height && u.startedAt === r.startedAt);
    if (i >= 0) s.upgrades[i] = r;
    else s.upgrades.push(r);
    writeState(this.cfg, s);
  }

  private finish(r: UpgradeRecord, status: UpgradeRecord['status'], error?: string): void {
    r.status = status;
    r.finishedAt = new Date().toISOString();
    if (error !== undefined) r.error = error;
    this.record(r);
  }

  /** Checksum, backup, pre-upgrade hook, switch (cosmovisor's order; the node has already stopped). */
  private async upgrade(info: UpgradeInfo): Promise<Probation> {
    const r: UpgradeRecord = { name: info.name, height: info.height, status: 'in_progress', startedAt: new Date().toISOString(), steps: [] };
    this.record(r);
    this.log.info(`upgrade "${info.name}" needed at height ${info.height}: preparing`, { upgrade: info.name, height: info.height });
    const newDir = upgradeDir(this.cfg, info.name);
    const newBin = binaryIn(this.cfg, newDir);
    let backup: string | undefined;
    try {
      requireExecutable(newBin, `the binary for upgrade "${info.name}"`);
      const checked = verifyLocalBinary(info.info, newBin);
      if (checked !== undefined) r.steps.push(`checksum:${checked.algo}`);
      if (this.cfg.restartDelayMs > 0) await sleep(this.cfg.restartDelayMs);
      if (this.cfg.skipBackup) {
        this.log.warn('UNSAFE_SKIP_BACKUP=true: no data backup before the upgrade');
      } else {
        const t0 = performance.now();
        backup = backupData(this.cfg, info.name, info.height);
        this.metrics.set('backup_seconds', 'Wall time of the last data backup', (performance.now() - t0) / 1000);
        r.backup = backup;
        r.steps.push('backup');
        this.log.info('data backed up', { backup });
      }
      this.record(r);
      const pre = await runPreUpgrade(this.cfg, newBin, info, (line) => this.log.info('pre-upgrade', { out: line }));
      r.steps.push(`pre_upgrade:${pre.result}`);
      this.log.info(pre.result === 'ok' ? 'pre-upgrade hook done' : 'pre-upgrade not implemented by the new binary (exit 1); continuing', { attempts: pre.attempts.join(',') });
    } catch (e) {
      if (backup !== undefined && r.steps.includes('backup')) {
        restoreData(this.cfg, backup);
        r.steps.push('restore');
      }
      this.finish(r, 'failed', (e as Error).message);
      this.metrics.inc('upgrades_total', 'Upgrades finished, by result', 1, { result: 'failed' });
      throw e;
    }
    const previousDir = currentDir(this.cfg);
    switchCurrent(this.cfg, newDir);
    copyFileSync(upgradeInfoPath(join(this.cfg.home, 'data')), join(newDir, UPGRADE_INFO_FILE));
    r.steps.push('switch');
    this.record(r);
    this.log.info(`switched to "${info.name}"; restarting the node with the same arguments`, { upgrade: info.name });
    return { record: r, previousDir, backup };
  }

  /** Wemixvisor's rollback: restore the backup, point `current` back, skip the height on restart. */
  private rollBack(p: Probation, why: string): void {
    const r = p.record;
    restoreData(this.cfg, p.backup!);
    // The restored data still names the upgrade; the previous version will skip it.
    rmSync(upgradeInfoPath(join(this.cfg.home, 'data')), { force: true });
    const newInfo = join(currentDir(this.cfg), UPGRADE_INFO_FILE);
    if (existsSync(newInfo)) rmSync(newInfo);
    switchCurrent(this.cfg, p.previousDir);
    r.steps.push('rollback');
    this.finish(r, 'rolled_back', `the new version ${why}`);
    this.metrics.inc('rollbacks_total', 'Upgrades rolled back because the new version failed to start');
    this.metrics.inc('upgrades_total', 'Upgrades finished, by result', 1, { result: 'rolled_back' });
    this.log.error(`upgrade "${r.name}" rolled back: the new version ${why}; restored ${p.backup}, switched back to ${currentVersionName(this.cfg)} and restarting it with --unsafe-skip-upgrades ${r.height}`, { upgrade: r.name, height: r.height });
  }
}
