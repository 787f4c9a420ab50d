/** simple-price-feed state: one `config` item holding the price and its owner. */
import { Item } from "../../../std/assembly";
import { Config } from "./msg";

export const CONFIG = new Item<Config>("config", Config.readJson, "mesh_simple_price_feed::state::Config");
