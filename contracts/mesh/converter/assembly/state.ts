/** converter state, with upstream's keys. */
import { Item, JsonReader, JsonWriter } from "../../../std/assembly";
import { Config, ChannelInfo } from "./msg";

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

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_converter::state::Config");
export const VIRT_STAKE = new Item<AddrValue>("bob", AddrValue.readJson, "cosmwasm_std::addresses::Addr");
export const IBC_CHANNEL = new Item<ChannelInfo>("ibc_channel", ChannelInfo.readJson, "cosmwasm_std::ibc::IbcChannel");
