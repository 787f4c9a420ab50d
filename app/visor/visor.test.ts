/**
 * The visor against stand-in binaries (shell scripts playing the node): cosmovisor's sequence
 * (upgrade-info detection, backup, pre-upgrade exit codes 0/1/30/31 with retries, switch, restart
 * with the same arguments), Wemixvisor's rollback when the new version fails to start, checksum
 * checks of plan.info, and the environment.
 */
import { describe, test, beforeEach, afterEach } from 'node:test';
import { expect } from 'expect';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '../node/log.js';
import { parseDurationMs, visorConfigFromEnv, VisorConfigError, type VisorConfig } from './config.js';
import { initLayout, readState } from './layout.js';
import { goPlatform, parsePlanInfo, PlanInfoError, verifyLocalBinary } from './plan-info.js';
import { runPreUpgrade } from './preupgrade.js';
import { Visor } from './supervisor.js';

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'visor-'));
  mkdirSync(join(home, 'data'));
  writeFileSync(join(home, 'data', 'state.db'), 'height 5');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function script(path: string, body: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

function cfg(env: Record<string, string> = {}): VisorConfig {
  return visorConfigFromEnv({ DAEMON_HOME: home, DAEMON_NAME: 'meshwork', DAEMON_POLL_INTERVAL: '50ms', MESHWORK_VISOR_STARTUP_WINDOW_MS: '5000', ...env });
}


/** genesis: at first run halts for "v2" (exit 3); with --unsafe-skip-upgrades logs block 6 and exits 0. */
function genesisBinary(c: VisorConfig, info = ''): string {
  writeFileSync(join(home, 'info.json'), JSON.stringify({ name: 'v2', time: '0001-01-01T00:00:00Z', height: 6, info }));
  const src = script(
    join(home, 'src', 'meshwork-v1'),
    `echo "v1 $*" >> ${home}/runs.log
case "$*" in *--unsafe-skip-upgrades*) echo '{"msg":"committed block","height":6}'; exit 0;; esac
cp ${home}/info.json ${home}/data/upgrade-info.json
echo '{"msg":"UPGRADE \\"v2\\" NEEDED at height 6"}'
exit 3`,
  );
  return initLayout(c, src);
}

/** v2: a healthy version commits block 6 then exits 0; a broken one exits 1 at once. */
function v2Binary(c: VisorConfig, healthy: boolean): string {
  return script(join(c.root, 'upgrades', 'v2', 'bin', 'meshwork'), healthy ? `echo "v2 $*" >> ${home}/runs.log\necho '{"msg":"committed block","height":6}'\nsleep 0.2\nexit 0` : `echo "v2 $*" >> ${home}/runs.log\nexit 1`);
}

function capture(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: new Logger('info', (l) => lines.push(l)) };
}

const runs = () => readFileSync(join(home, 'runs.log'), 'utf8').trim().split('\n');
const current = (c: VisorConfig) => readlinkSync(join(c.root, 'current'));

describe('visor: upgrade at a halt', () => {
  test('backs up data, runs the pre-upgrade hook with the upgrade env, switches current, restarts with the same args', async () => {
    const c = cfg({ COSMOVISOR_CUSTOM_PREUPGRADE: 'hook.sh' });
    genesisBinary(c);
    v2Binary(c, true);
    script(join(c.root, 'hook.sh'), `echo "$DAEMON_NAME $UPGRADE_NAME $UPGRADE_HEIGHT" > ${home}/hook.out\necho "data: $(cat $DAEMON_HOME/data/state.db)"\nexit 0`);
    const { log, lines } = capture();
    const code = await new Visor(c, ['start', '--home', home], log).run();
    expect(code).toBe(0);
    expect(runs()).toEqual([`v1 start --home ${home}`, `v2 start --home ${home}`]);
    expect(current(c)).toBe('upgrades/v2');
    expect(readFileSync(join(home, 'hook.out'), 'utf8').trim()).toBe('meshwork v2 6');
    expect(readFileSync(join(home, 'backups', 'pre-upgrade-v2-6', 'state.db'), 'utf8')).toBe('height 5');
    expect(existsSync(join(c.root, 'upgrades', 'v2', 'upgrade-info.json'))).toBe(true);
    const [rec] = readState(c).upgrades;
    expect(rec).toMatchObject({ name: 'v2', height: 6, status: 'completed', steps: ['backup', 'pre_upgrade:ok', 'switch'], backup: join(home, 'backups', 'pre-upgrade-v2-6') });
    expect(lines.join('\n')).toContain('upgrade \\"v2\\" completed');
  });

  test('the new version fails to start: the visor restores the backup, switches back, restarts the old one skipping the height, and says so', async () => {
    const c = cfg();
    genesisBinary(c);
    v2Binary(c, false);
    const { log, lines } = capture();
    // The new version corrupts nothing here, but a restore must bring data back exactly.
    const code = await new Visor(c, ['start', '--home', home], log).run();
    expect(code).toBe(0);
    expect(runs()).toEqual([`v1 start --home ${home}`, `v2 pre-upgrade --home ${home}`, `v2 start --home ${home}`, `v1 start --home ${home} --unsafe-skip-upgrades 6`]);
    expect(current(c)).toBe('genesis');
    expect(existsSync(join(home, 'data', 'upgrade-info.json'))).toBe(false);
    expect(readFileSync(join(home, 'data', 'state.db'), 'utf8')).toBe('height 5');
    const [rec] = readState(c).upgrades;
    expect(rec).toMatchObject({ status: 'rolled_back', steps: ['backup', 'pre_upgrade:not_implemented', 'switch', 'rollback'] });
    expect(rec!.error).toMatch(/exited \(1\) before committing block 6/);
    expect(lines.join('\n')).toMatch(/upgrade \\"v2\\" rolled back: .*switched back to genesis and restarting it with --unsafe-skip-upgrades 6/);
  });

  test('a new version that never commits the upgrade block within the window is stopped and rolled back', async () => {
    const c = cfg({ MESHWORK_VISOR_STARTUP_WINDOW_MS: '1500', MESHWORK_VISOR_METRICS_ADDR: '127.0.0.1:30150' });
    genesisBinary(c);
    script(join(c.root, 'upgrades', 'v2', 'bin', 'meshwork'), `[ "$1" = pre-upgrade ] && exit 1\necho "v2 $*" >> ${home}/runs.log\nexec sleep 30`);
    const visor = new Visor(c, ['start'], capture().log);
    const running = visor.run();
    // While the new version is on probation, the visor's own metrics are served over HTTP.
    let scraped = '';
    for (let i = 0; i < 40 && !scraped.includes('name="v2"'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      scraped = await fetch('http://127.0.0.1:30150/metrics').then((r) => r.text(), () => '');
    }
    expect(scraped).toMatch(/meshwork_visor_child_up 1/);
    expect(scraped).toMatch(/meshwork_visor_current_version\{name="v2"\} 1/);
    expect(await running).toBe(0);
    expect(readState(c).upgrades[0]!.error).toMatch(/did not commit block 6 within 1500 ms/);
    expect(visor.metrics.render()).toMatch(/meshwork_visor_rollbacks_total 1/);
  });

  test('an upgrade-info.json the current version has not applied is acted on before the first start', async () => {
    const c = cfg();
    genesisBinary(c);
    v2Binary(c, true);
    writeFileSync(join(home, 'data', 'upgrade-info.json'), readFileSync(join(home, 'info.json')));
    expect(await new Visor(c, ['start'], capture().log).run()).toBe(0);
    expect(runs()).toEqual(['v2 pre-upgrade --home ' + home, 'v2 start']);
    expect(current(c)).toBe('upgrades/v2');
  });

  test('missing upgrade binary: aborted (auto-download is off), current unchanged', async () => {
    const c = cfg();
    genesisBinary(c);
    const { log, lines } = capture();
    expect(await new Visor(c, ['start'], log).run()).toBe(1);
    expect(current(c)).toBe('genesis');
    expect(lines.join('\n')).toMatch(/does not exist \(auto-download is off/);
    expect(readState(c).upgrades[0]!.status).toBe('failed');
  });

  test('plan.info checksum: a local binary that does not match aborts the upgrade; a matching one passes', async () => {
    const c = cfg();
    const bad = `{"binaries":{"any":"https://example.invalid/meshwork?checksum=sha256:${'0'.repeat(64)}"}}`;
    genesisBinary(c, bad);
    v2Binary(c, true);
    const { log, lines } = capture();
    expect(await new Visor(c, ['start'], log).run()).toBe(1);
    expect(lines.join('\n')).toContain('checksum mismatch');
    expect(current(c)).toBe('genesis');
    expect(existsSync(join(home, 'backups'))).toBe(false);

    rmSync(join(home, 'runs.log'));
    const sum = createHash('sha256').update(readFileSync(join(c.root, 'upgrades', 'v2', 'bin', 'meshwork'))).digest('hex');
    genesisBinary(c, `{"binaries":{"${goPlatform()}":"https://example.invalid/m?checksum=sha256:${sum}"}}`);
    rmSync(join(c.root, 'visor-state.json'));
    // The halted node's info file names the bad plan; the fresh chain below halts again with the good one.
    rmSync(join(home, 'data', 'upgrade-info.json'));
    expect(await new Visor(c, ['start'], capture().log).run()).toBe(0);
    expect(readState(c).upgrades[0]!.steps[0]).toBe('checksum:sha256');
  });

  test('UNSAFE_SKIP_BACKUP skips the backup; DAEMON_RESTART_AFTER_UPGRADE=false stops after the switch', async () => {
    const c = cfg({ UNSAFE_SKIP_BACKUP: 'true', DAEMON_RESTART_AFTER_UPGRADE: 'false' });
    genesisBinary(c);
    v2Binary(c, true);
    expect(await new Visor(c, ['start'], capture().log).run()).toBe(0);
    expect(runs()).toEqual(['v1 start', `v2 pre-upgrade --home ${home}`]);
    expect(current(c)).toBe('upgrades/v2');
    expect(existsSync(join(home, 'backups'))).toBe(false);
  });
});

describe('visor: pre-upgrade exit codes', () => {
  const info = { name: 'v2', height: 6, info: '' };
  const hook = (c: VisorConfig, body: string) => script(join(c.root, 'hook.sh'), body);

  test('0 ok, 1 not implemented (continue), 30 aborts, 31 retries up to DAEMON_PREUPGRADE_MAX_RETRIES', async () => {
    const c = cfg({ COSMOVISOR_CUSTOM_PREUPGRADE: 'hook.sh', DAEMON_PREUPGRADE_MAX_RETRIES: '2' });
    hook(c, 'exit 0');
    expect(await runPreUpgrade(c, '', info, () => {})).toEqual({ attempts: [0], result: 'ok' });
    hook(c, 'exit 1');
    expect(await runPreUpgrade(c, '', info, () => {})).toEqual({ attempts: [1], result: 'not_implemented' });
    hook(c, 'exit 30');
    await expect(runPreUpgrade(c, '', info, () => {})).rejects.toThrow('pre-upgrade hook failed with exit code 30; the upgrade is aborted');
    hook(c, 'exit 31');
    await expect(runPreUpgrade(c, '', info, () => {})).rejects.toThrow('exit code 31 3 times (DAEMON_PREUPGRADE_MAX_RETRIES=2)');
    // Fails twice with 31, then succeeds.
    hook(c, `n=$(cat ${home}/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${home}/n; [ $n -ge 3 ] && exit 0; exit 31`);
    expect(await runPreUpgrade(c, '', info, () => {})).toEqual({ attempts: [31, 31, 0], result: 'ok' });
  });

  test('a hook failure during an upgrade restores the data and leaves current on the old version', async () => {
    const c = cfg({ COSMOVISOR_CUSTOM_PREUPGRADE: 'hook.sh' });
    genesisBinary(c);
    v2Binary(c, true);
    hook(c, `echo broken > ${home}/data/state.db; exit 30`);
    expect(await new Visor(c, ['start'], capture().log).run()).toBe(1);
    expect(current(c)).toBe('genesis');
    expect(readFileSync(join(home, 'data', 'state.db'), 'utf8')).toBe('height 5');
    expect(readState(c).upgrades[0]).toMatchObject({ status: 'failed', steps: ['backup', 'restore'] });
  });
});

describe('visor: configuration and plan info', () => {
  test('cosmovisor defaults; download refused; durations in Go form', () => {
    const c = visorConfigFromEnv({ DAEMON_HOME: '/h', DAEMON_NAME: 'meshwork' });
    expect(c).toMatchObject({ root: '/h/cosmovisor', restartAfterUpgrade: true, pollIntervalMs: 300, backupDir: '/h', skipBackup: false, preUpgradeMaxRetries: 0, rollback: true });
    expect(() => visorConfigFromEnv({ DAEMON_NAME: 'x' })).toThrow(VisorConfigError);
    expect(() => visorConfigFromEnv({ DAEMON_HOME: '/h', DAEMON_NAME: 'x', DAEMON_ALLOW_DOWNLOAD_BINARIES: 'true' })).toThrow(/never downloads/);
    expect(() => visorConfigFromEnv({ DAEMON_HOME: '/h', DAEMON_NAME: 'x', UNSAFE_SKIP_BACKUP: 'maybe' })).toThrow(/true or false/);
    expect(parseDurationMs('X', '1m30s')).toBe(90_000);
    expect(parseDurationMs('X', '250')).toBe(250);
    expect(() => parseDurationMs('X', '5 seconds')).toThrow(/duration/);
  });

  test('plan.info binaries need URLs with checksums; free text has none', () => {
    expect(parsePlanInfo('see https://example.com/notes')).toEqual({ binaries: [] });
    expect(parsePlanInfo(`{"binaries":{"linux/amd64":"https://x/y?checksum=sha256:${'a'.repeat(64)}"}}`).binaries).toEqual([{ platform: 'linux/amd64', url: `https://x/y?checksum=sha256:${'a'.repeat(64)}`, algo: 'sha256', checksum: 'a'.repeat(64) }]);
    expect(() => parsePlanInfo('{"binaries":{"linux/amd64":"https://x/y"}}')).toThrow(/has no checksum/);
    expect(() => parsePlanInfo('{"binaries":{"linux/amd64":"https://x/y?checksum=sha256:abc"}}')).toThrow(/64 hex digits/);
    expect(() => parsePlanInfo('{"binaries":{"linux":"https://x/y?checksum=sha256:abc"}}')).toThrow(PlanInfoError);
    expect(() => parsePlanInfo('{"binaries":')).toThrow(/does not parse/);
    expect(verifyLocalBinary('{"binaries":{}}', '/nonexistent')).toBeUndefined();
  });
});
