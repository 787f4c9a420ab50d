/** Coin: a native token amount, `{"denom": "uatom", "amount": "1000"}`. */
import { JsonReader } from "../json/reader";
import { JsonWriter } from "../json/writer";
import { Uint128 } from "../math/uint128";

const COIN_FIELDS = ["denom", "amount"];

export class Coin {
  constructor(
    public denom: string,
    public amount: Uint128,
  ) {}

  static readJson(r: JsonReader): Coin {
    let denom = "";
    let amount = Uint128.zero();
    const s = r.struct(COIN_FIELDS, false);
    let f: i32;
    while ((f = s.next()) >= 0) {
      if (f == 0) denom = r.readString();
      else amount = Uint128.readJson(r);
    }
    s.end(0b11);
    return new Coin(denom, amount);
  }

  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("denom").string(this.denom);
    w.key("amount");
    this.amount.writeJson(w);
    w.endObject();
  }

  toString(): string {
    return this.amount.toString() + this.denom;
  }
}

export function coin(amount: u64, denom: string): Coin {
  return new Coin(denom, Uint128.fromU64(amount));
}

export function readCoins(r: JsonReader): Coin[] {
  const out = new Array<Coin>();
  if (!r.beginArray()) return out;
  let first = true;
  while (r.nextElement(first)) {
    first = false;
    out.push(Coin.readJson(r));
  }
  r.endArray();
  return out;
}

export function writeCoins(w: JsonWriter, coins: Coin[]): void {
  w.beginArray();
  for (let i = 0; i < coins.length; i++) coins[i].writeJson(w);
  w.endArray();
}

/** The amount of `denom` in a list of coins (zero if absent). */
export function amountOf(coins: Coin[], denom: string): Uint128 {
  for (let i = 0; i < coins.length; i++) if (coins[i].denom == denom) return coins[i].amount;
  return Uint128.zero();
}
