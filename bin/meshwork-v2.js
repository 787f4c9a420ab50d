#!/usr/bin/env node
// TEST-ONLY: the `meshwork` command built with the second app version (app/chain/v2), which carries
// the "v2" upgrade handler. Used by the upgrade tests as the binary the visor switches to.
import { main } from '../dist/app/cli/main.js';
import { MESHWORK_V2 } from '../dist/app/chain/v2/app-v2.js';

process.exitCode = await main(process.argv.slice(2), { version: MESHWORK_V2 });
