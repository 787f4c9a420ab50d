/** native-staking state, with upstream's keys: `config`, `proxies`, `owners`, `delegators`. */
import { Item, Map, JsonReader, JsonWriter, Pair } from "../../../std/assembly";
import { Config } from "./msg";

/** A stored `bool` (`delegators` marks (validator, owner) pairs with `true`). */
export class Flag {
  constructor(public value: bool) {}
  static readJson(r: JsonReader): Flag {
    return new Flag(r.readBool());
  }
  writeJson(w: JsonWriter): void {
    w.bool(this.value);
  }
}

/** A stored address (`Addr` values are JSON strings). */
export class AddrValue {
  constructor(public addr: string) {}
  static readJson(r: JsonReader): AddrValue {
    return new AddrValue(r.readString());
  }
  writeJson(w: JsonWriter): void {
    w.string(this.addr);
  }
}

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_native_staking::state::Config");
export const PROXY_BY_OWNER = new Map<string, AddrValue>("proxies", AddrValue.readJson, "cosmwasm_std::addresses::Addr");
export const OWNER_BY_PROXY = new Map<string, AddrValue>("owners", AddrValue.readJson, "cosmwasm_std::addresses::Addr");
/** (validator, owner) -> true: the owners that ever delegated to a validator through their proxy. */
export const DELEGATORS = new Map<Pair<string, string>, Flag>("delegators", Flag.readJson, "bool");
