/** native-staking-proxy state, with upstream's keys: `config` and `burned`. */
import { Item, JsonReader, JsonWriter } from "../../../std/assembly";
import { Config } from "./msg";

/**
 * `burned` (upstream `Item<u128>`, a JSON number): the total undelegated by slash burns, whose
 * tokens come back to the proxy but are never released. Held as u64 here: a JSON number above
 * 2^64 fails to parse rather than wrap.
 */
export class Burned {
  constructor(public total: u64) {}
  static readJson(r: JsonReader): Burned {
    return new Burned(r.readU64());
  }
  writeJson(w: JsonWriter): void {
    w.u64(this.total);
  }
}

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_native_staking_proxy::state::Config");
export const BURNED = new Item<Burned>("burned", Burned.readJson, "u128");
