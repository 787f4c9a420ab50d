/** Deps: what a handler gets to reach the chain (storage, address API, querier). */
import { Storage } from "./storage/storage";
import { Api } from "./api";
import { Querier } from "./querier";

export class Deps {
  readonly storage: Storage = new Storage();
  readonly api: Api = new Api();
  readonly querier: Querier = new Querier();
}
