/**
 * A gas report as `forge test --gas-report` prints one: per contract (label and code id) and
 * message (the message's top-level JSON key; `instantiate`, `query <key>`, `sudo <key>`, `reply`,
 * `migrate <key>`), the number of calls and the min / median / max / mean gas of every traced call
 * in the process (nested calls included, each with its own frame's gas).
 *
 * `MESHWORK_GAS_REPORT=1` makes every `TestChain` record into the process-wide report and prints
 * it to stderr when the process exits; `MESHWORK_GAS_REPORT=<file>` writes it there instead (the
 * file gets a JSON twin `<file>.json`). Tests use `GasReport` directly.
 */
import { writeFileSync } from 'node:fs';
import { messageName, type CallFrame } from '../chain/modules/wasm/trace.js';

export interface GasRow {
  contract: string;
  message: string;
  calls: number;
  min: number;
  median: number;
  max: number;
  mean: number;
}

/** The key a call is reported under within its contract. */
export function reportedMessage(f: CallFrame): string {
  const name = messageName(f.msg);
  switch (f.kind) {
    case 'execute':
      return name;
    case 'instantiate':
    case 'reply':
      return f.kind;
    default:
      return `${f.kind} ${name}`;
  }
}

export class GasReport {
  private readonly samples = new Map<string, Map<string, number[]>>();

  record(contract: string, message: string, gas: number): void {
    let byMsg = this.samples.get(contract);
    if (byMsg === undefined) {
      byMsg = new Map();
      this.samples.set(contract, byMsg);
    }
    let list = byMsg.get(message);
    if (list === undefined) {
      list = [];
      byMsg.set(message, list);
    }
    list.push(gas);
  }

  /** The recorded gas of one contract's message, in call order. */
  samplesOf(contract: string, message: string): number[] {
    return [...(this.samples.get(contract)?.get(message) ?? [])];
  }

  get size(): number {
    return this.samples.size;
  }

  /** Rows sorted by contract, then message. Median of an even count: the lower middle (forge's choice). */
  rows(): GasRow[] {
    const out: GasRow[] = [];
    for (const contract of [...this.samples.keys()].sort()) {
      const byMsg = this.samples.get(contract)!;
      for (const message of [...byMsg.keys()].sort()) {
        const s = [...byMsg.get(message)!].sort((a, b) => a - b);
        const sum = s.reduce((a, b) => a + b, 0);
        out.push({ contract, message, calls: s.length, min: s[0]!, median: s[Math.floor((s.length - 1) / 2)]!, max: s[s.length - 1]!, mean: Math.floor(sum / s.length) });
      }
    }
    return out;
  }

  /** One table per contract, as forge prints them. */
  format(): string {
    const rows = this.rows();
    if (rows.length === 0) return 'gas report: no contract calls recorded';
    const head = ['message', 'calls', 'min', 'median', 'max', 'mean'];
    const blocks: string[] = [];
    for (const contract of [...new Set(rows.map((r) => r.contract))]) {
      const mine = rows.filter((r) => r.contract === contract);
      const cells = mine.map((r) => [r.message, String(r.calls), String(r.min), String(r.median), String(r.max), String(r.mean)]);
      const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
      const line = (c: string[]): string => `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
      const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
      const title = `| ${contract} `;
      blocks.push([`${title}${' '.repeat(Math.max(0, rule.length - title.length - 1))}|`, rule, line(head), rule, ...cells.map(line), rule].join('\n'));
    }
    return blocks.join('\n\n');
  }
}

let processReport: GasReport | undefined;

/** The process-wide report when `MESHWORK_GAS_REPORT` is set (printed at exit), else undefined. */
export function processGasReport(): GasReport | undefined {
  const setting = process.env['MESHWORK_GAS_REPORT'];
  if (setting === undefined || setting === '' || setting === '0') return undefined;
  if (processReport === undefined) {
    const report = new GasReport();
    processReport = report;
    process.on('exit', () => emitGasReport(report, setting, (s) => process.stderr.write(s)));
  }
  return processReport;
}

/** What the exit hook does: `setting` "1"/"true" → the table on `write` (stderr), else files `<setting>` and `<setting>.json`. */
export function emitGasReport(report: GasReport, setting: string, write: (text: string) => void): void {
  if (report.size === 0) return;
  if (setting === '1' || setting === 'true') {
    write(`\nGas report (SDK gas per call, ${process.argv[1] ?? 'process'}):\n${report.format()}\n`);
  } else {
    writeFileSync(setting, `${report.format()}\n`);
    writeFileSync(`${setting}.json`, `${JSON.stringify(report.rows(), null, 2)}\n`);
  }
}
