/**
 * Structured logs: one JSON object per line (`{"level","time","msg",...fields}`), so operators can
 * pipe a node's output into jq or a log shipper. Wall-clock times here are for humans only; nothing
 * in a state transition reads them.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogValue = string | number | boolean | bigint | null | undefined;
export type LogFields = Record<string, LogValue>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function isLogLevel(s: string): s is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(s);
}

export class Logger {
  constructor(
    readonly level: LogLevel = 'info',
    private readonly sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
    private readonly fields: LogFields = {},
  ) {}

  /** A logger that adds `fields` (e.g. `{module: 'rpc'}`) to every line. */
  child(fields: LogFields): Logger {
    return new Logger(this.level, this.sink, { ...this.fields, ...fields });
  }

  enabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.level];
  }

  debug(msg: string, fields?: LogFields): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: LogFields): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: LogFields): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: LogFields): void {
    this.write('error', msg, fields);
  }

  private write(level: LogLevel, msg: string, fields: LogFields | undefined): void {
    if (!this.enabled(level)) return;
    const out: Record<string, string | number | boolean | null> = { level, time: new Date().toISOString(), msg };
    for (const src of [this.fields, fields ?? {}]) {
      for (const [k, v] of Object.entries(src)) {
        if (v === undefined) continue;
        out[k] = typeof v === 'bigint' ? v.toString() : v;
      }
    }
    this.sink(JSON.stringify(out));
  }
}

/** A logger that drops everything (tests that do not inspect logs). */
export function silentLogger(): Logger {
  return new Logger('error', () => {});
}
