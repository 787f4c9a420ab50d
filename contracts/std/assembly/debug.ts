/**
 * Debug output: `debug("text")` calls the host's `debug` import. Hosts show it in test output
 * (Meshwork's `CallContext.debug`) and drop it on chain. Costs gas like any import call.
 */
import { host_debug } from "./imports";
import { regionFromString, deallocate } from "./memory";

export function debug(message: string): void {
  const region = regionFromString(message);
  host_debug(<u32>region);
  deallocate(region);
}

