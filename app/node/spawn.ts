/**
 * `meshwork start` as a child process on a free loopback port, for benchmarks and tests that need
 * the node in its own process (crash tests kill it; benchmarks keep client and node CPU apart).
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface NodeProcess {
  child: ChildProcess;
  /** The RPC URL, once the node logs that it serves; rejects if it exits first. */
  url: Promise<string>;
  /** The exit signal (e.g. "SIGKILL") or code. */
  exited: Promise<NodeJS.Signals | number | null>;
}

export interface SpawnNodeOptions {
  /** Default info. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** Every log line the node writes, parsed. */
  onLog?: (line: Record<string, unknown>) => void;
}

/** `bin`: the path of bin/meshwork.js (the built CLI). */
export function spawnNodeProcess(bin: string, home: string, opts: SpawnNodeOptions = {}): NodeProcess {
  const child = spawn(process.execPath, [bin, 'start', '--home', home, '--rpc-laddr', '127.0.0.1:0', '--log-level', opts.logLevel ?? 'info'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const url = new Promise<string>((resolve, reject) => {
    let rest = '';
    // Keep reading stdout after the start line too: a full pipe would block the node's logging.
    child.stdout!.on('data', (d: Buffer) => {
      rest += d.toString();
      let i: number;
      while ((i = rest.indexOf('\n')) >= 0) {
        const line = JSON.parse(rest.slice(0, i)) as { msg: string; rpc?: string };
        rest = rest.slice(i + 1);
        opts.onLog?.(line);
        if (line.msg === 'node started') resolve(String(line.rpc).replace(/^tcp:/, 'http:'));
      }
    });
    void exited.then((code) => reject(new Error(`meshwork start exited (${code}) before serving RPC; stderr: ${stderr}`)));
  });
  return { child, url, exited };
}
