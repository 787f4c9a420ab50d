#!/usr/bin/env node
// The `meshwork` command. The CLI is written in TypeScript under app/cli; `npm run build` compiles it.
import { main } from '../dist/app/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
