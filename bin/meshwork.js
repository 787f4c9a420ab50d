#!/usr/bin/env node
// The `meshwork` command. The CLI is written in TypeScript under app/cli; `npm run build` compiles it.
//
// `start`, `relay` and `devnet` (the processes a devnet runs, several at once) load only their own
// command's modules, not every command's: each process starts about a quarter second of CPU sooner.
// Their help, and every other command, go through the command table of main.js.
const FAST = {
  start: ['../dist/app/cli/start.js', 'runStart'],
  relay: ['../dist/app/cli/relay.js', 'runRelay'],
  devnet: ['../dist/app/cli/devnet.js', 'runDevnet'],
};
const [cmd, ...rest] = process.argv.slice(2);
const fast = Object.hasOwn(FAST, cmd ?? '') && !rest.some((a) => a === '--help' || a === '-h' || a === 'help') ? FAST[cmd] : undefined;
if (fast !== undefined) {
  const mod = await import(fast[0]);
  process.exitCode = await mod[fast[1]](rest);
} else {
  const { main } = await import('../dist/app/cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
}
