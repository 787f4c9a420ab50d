/**
 * Where commands write and read (`CliIO`: the process's stdio, or a test's capture so commands run
 * in-process), and progress lines on stderr for work that takes a while (uploads, waiting for a
 * block). On a TTY the current line is rewritten in place with `\r`; otherwise (logs, pipes, CI)
 * every step is a plain line and the in-place ticks are dropped, so the output stays readable.
 */
import { createInterface } from 'node:readline';

/** Where a command writes: `process.stdout` / `process.stderr` or a test's capture. */
export interface Writer {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  /** All of stdin (or, on a terminal, one line typed after `prompt`). */
  readStdin(prompt: string): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    readStdin: async (prompt) => {
      if (process.stdin.isTTY) {
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        try {
          return await new Promise<string>((resolve) => rl.question(prompt, resolve));
        } finally {
          rl.close();
        }
      }
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

const CLEAR_LINE = '\x1b[K';

export class Progress {
  private open = false;

  constructor(
    private readonly out: Writer,
    private readonly quiet: boolean,
  ) {}

  private get tty(): boolean {
    return this.out.isTTY === true;
  }

  /** A new step: always shown (unless quiet). */
  step(text: string): void {
    if (this.quiet) return;
    if (this.tty) {
      this.out.write(`\r${text}${CLEAR_LINE}`);
      this.open = true;
    } else this.out.write(`${text}\n`);
  }

  /** An update of the current step (a block number, a counter): only a TTY shows it. */
  tick(text: string): void {
    if (this.quiet || !this.tty) return;
    this.out.write(`\r${text}${CLEAR_LINE}`);
    this.open = true;
  }

  /** Ends the rewritten line, so what follows starts on a fresh one. */
  done(text?: string): void {
    if (this.quiet) return;
    if (text !== undefined) this.step(text);
    if (this.tty && this.open) this.out.write('\n');
    this.open = false;
  }
}

/** 180 KB, 1.2 MB: what a person reads, not an exact count. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
