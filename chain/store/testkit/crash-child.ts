/**
 * Child process of persistence.crash.test.ts: `crash-child.ts <db> <stopHeight> <keepRecent>` opens
 * (or resumes) the chain on <db>, prints "ready <height>", then commits blocks until <stopHeight>,
 * printing "block <h>" once each is durable (the parent usually SIGKILLs it long before), and
 * prints "done <height>".
 */
import { openChain, produceNext } from './crash-chain.js';

const [dbPath, stopArg, keepArg] = process.argv.slice(2);
if (dbPath === undefined || stopArg === undefined) throw new Error('usage: crash-child.ts <db> <stopHeight> [keepRecent]');
const chain = openChain(dbPath, Number(keepArg ?? '0'));
process.stdout.write(`ready ${chain.driver.height}\n`);
while (chain.driver.height < Number(stopArg)) process.stdout.write(`block ${produceNext(chain).height}\n`);
chain.close();
process.stdout.write(`done ${chain.driver.height}\n`);
