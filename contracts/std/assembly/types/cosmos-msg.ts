/**
 * CosmosMsg: the messages a contract asks the chain to run after it returns. Every variant of
 * cosmwasm-std's `CosmosMsg` has a builder in the namespaces below (BankMsg, WasmMsg, StakingMsg,
 * DistributionMsg, IbcMsg, GovMsg, plus custom/any/stargate). A CosmosMsg holds its JSON, ready
 * to be embedded in a Response.
 */
import { JsonWriter } from "../json/writer";
import { Binary } from "./binary";
import { Coin, writeCoins } from "./coin";
import { Timestamp } from "./env";
import { Decimal } from "../math/decimal";

export class CosmosMsg {
  /** The complete JSON of the message, e.g. `{"bank":{"send":{...}}}`. */
  constructor(public json: Uint8Array) {}

  writeJson(w: JsonWriter): void {
    w.rawValue(this.json);
  }

  /** The JSON as a string (for tests and debugging). */
  toString(): string {
    return String.UTF8.decodeUnsafe(this.json.dataStart, <usize>this.json.length);
  }

  /** `{"custom": <json>}` with the chain-defined JSON given as bytes. */
  static custom(json: Uint8Array): CosmosMsg {
    const w = new JsonWriter();
    w.beginObject().key("custom").rawValue(json).endObject();
    return new CosmosMsg(w.toBytes());
  }

  /** `{"any": {type_url, value}}`: a protobuf message (CosmWasm 2.0+, capability cosmwasm_2_0). */
  static any(typeUrl: string, value: Binary): CosmosMsg {
    return typed("any", typeUrl, value);
  }

  /** `{"stargate": {type_url, value}}`: the 1.x name of `any`, accepted by all chains. */
  static stargate(typeUrl: string, value: Binary): CosmosMsg {
    return typed("stargate", typeUrl, value);
  }
}

function typed(kind: string, typeUrl: string, value: Binary): CosmosMsg {
  const w = new JsonWriter();
  w.beginObject().key(kind).beginObject();
  w.key("type_url").string(typeUrl);
  w.key("value");
  value.writeJson(w);
  w.endObject().endObject();
  return new CosmosMsg(w.toBytes());
}

/** Starts `{"<module>":{"<variant>":{` and returns the writer. */
function open(module: string, variant: string): JsonWriter {
  const w = new JsonWriter();
  w.beginObject().key(module).beginObject().key(variant).beginObject();
  return w;
}

function close(w: JsonWriter): CosmosMsg {
  w.endObject().endObject().endObject();
  return new CosmosMsg(w.toBytes());
}

function writeOptString(w: JsonWriter, v: string | null): void {
  if (v === null) w.nullValue();
  else w.string(v);
}

export namespace BankMsg {
  export function send(toAddress: string, amount: Coin[]): CosmosMsg {
    const w = open("bank", "send");
    w.key("to_address").string(toAddress);
    w.key("amount");
    writeCoins(w, amount);
    return close(w);
  }
  export function burn(amount: Coin[]): CosmosMsg {
    const w = open("bank", "burn");
    w.key("amount");
    writeCoins(w, amount);
    return close(w);
  }
}

export namespace WasmMsg {
  export function execute(contractAddr: string, msg: Binary, funds: Coin[] = []): CosmosMsg {
    const w = open("wasm", "execute");
    w.key("contract_addr").string(contractAddr);
    w.key("msg");
    msg.writeJson(w);
    w.key("funds");
    writeCoins(w, funds);
    return close(w);
  }
  export function instantiate(admin: string | null, codeId: u64, msg: Binary, funds: Coin[], label: string): CosmosMsg {
    const w = open("wasm", "instantiate");
    w.key("admin");
    writeOptString(w, admin);
    w.key("code_id").u64(codeId);
    w.key("msg");
    msg.writeJson(w);
    w.key("funds");
    writeCoins(w, funds);
    w.key("label").string(label);
    return close(w);
  }
  /** Predictable-address instantiation (CosmWasm 1.2+, capability cosmwasm_1_2). */
  export function instantiate2(admin: string | null, codeId: u64, label: string, msg: Binary, funds: Coin[], salt: Binary): CosmosMsg {
    const w = open("wasm", "instantiate2");
    w.key("admin");
    writeOptString(w, admin);
    w.key("code_id").u64(codeId);
    w.key("label").string(label);
    w.key("msg");
    msg.writeJson(w);
    w.key("funds");
    writeCoins(w, funds);
    w.key("salt");
    salt.writeJson(w);
    return close(w);
  }
  export function migrate(contractAddr: string, newCodeId: u64, msg: Binary): CosmosMsg {
    const w = open("wasm", "migrate");
    w.key("contract_addr").string(contractAddr);
    w.key("new_code_id").u64(newCodeId);
    w.key("msg");
    msg.writeJson(w);
    return close(w);
  }
  export function updateAdmin(contractAddr: string, admin: string): CosmosMsg {
    const w = open("wasm", "update_admin");
    w.key("contract_addr").string(contractAddr);
    w.key("admin").string(admin);
    return close(w);
  }
  export function clearAdmin(contractAddr: string): CosmosMsg {
    const w = open("wasm", "clear_admin");
    w.key("contract_addr").string(contractAddr);
    return close(w);
  }
}

export namespace StakingMsg {
  export function delegate(validator: string, amount: Coin): CosmosMsg {
    const w = open("staking", "delegate");
    w.key("validator").string(validator);
    w.key("amount");
    amount.writeJson(w);
    return close(w);
  }
  export function undelegate(validator: string, amount: Coin): CosmosMsg {
    const w = open("staking", "undelegate");
    w.key("validator").string(validator);
    w.key("amount");
    amount.writeJson(w);
    return close(w);
  }
  export function redelegate(srcValidator: string, dstValidator: string, amount: Coin): CosmosMsg {
    const w = open("staking", "redelegate");
    w.key("src_validator").string(srcValidator);
    w.key("dst_validator").string(dstValidator);
    w.key("amount");
    amount.writeJson(w);
    return close(w);
  }
}

export namespace DistributionMsg {
  export function setWithdrawAddress(address: string): CosmosMsg {
    const w = open("distribution", "set_withdraw_address");
    w.key("address").string(address);
    return close(w);
  }
  export function withdrawDelegatorReward(validator: string): CosmosMsg {
    const w = open("distribution", "withdraw_delegator_reward");
    w.key("validator").string(validator);
    return close(w);
  }
  /** CosmWasm 1.3+ (capability cosmwasm_1_3). */
  export function fundCommunityPool(amount: Coin[]): CosmosMsg {
    const w = open("distribution", "fund_community_pool");
    w.key("amount");
    writeCoins(w, amount);
    return close(w);
  }
}

/** IBC timeout: a block (revision, height), a timestamp, or both. */
export class IbcTimeout {
  constructor(
    public hasBlock: bool = false,
    public revision: u64 = 0,
    public height: u64 = 0,
    public timestamp: Timestamp | null = null,
  ) {}
  static atTimestamp(t: Timestamp): IbcTimeout {
    return new IbcTimeout(false, 0, 0, t);
  }
  static atBlock(revision: u64, height: u64): IbcTimeout {
    return new IbcTimeout(true, revision, height, null);
  }
  writeJson(w: JsonWriter): void {
    w.beginObject();
    w.key("block");
    if (this.hasBlock) w.beginObject().key("revision").u64(this.revision).key("height").u64(this.height).endObject();
    else w.nullValue();
    w.key("timestamp");
    const t = this.timestamp;
    if (t === null) w.nullValue();
    else t.writeJson(w);
    w.endObject();
  }
}

export namespace IbcMsg {
  /** ICS-20 transfer of native tokens. `memo` (CosmWasm 2.0+) is written only when given. */
  export function transfer(channelId: string, toAddress: string, amount: Coin, timeout: IbcTimeout, memo: string | null = null): CosmosMsg {
    const w = open("ibc", "transfer");
    w.key("channel_id").string(channelId);
    w.key("to_address").string(toAddress);
    w.key("amount");
    amount.writeJson(w);
    w.key("timeout");
    timeout.writeJson(w);
    if (memo !== null) w.key("memo").string(memo);
    return close(w);
  }
  export function sendPacket(channelId: string, data: Binary, timeout: IbcTimeout): CosmosMsg {
    const w = open("ibc", "send_packet");
    w.key("channel_id").string(channelId);
    w.key("data");
    data.writeJson(w);
    w.key("timeout");
    timeout.writeJson(w);
    return close(w);
  }
  /** Asynchronous acknowledgement (CosmWasm 2.1+). */
  export function writeAcknowledgement(channelId: string, packetSequence: u64, ack: Binary): CosmosMsg {
    const w = open("ibc", "write_acknowledgement");
    w.key("channel_id").string(channelId);
    w.key("packet_sequence").u64(packetSequence);
    w.key("ack").beginObject().key("data");
    ack.writeJson(w);
    w.endObject();
    return close(w);
  }
  export function closeChannel(channelId: string): CosmosMsg {
    const w = open("ibc", "close_channel");
    w.key("channel_id").string(channelId);
    return close(w);
  }
}

/** Vote options as serialized by cosmwasm-std. */
export namespace VoteOption {
  export const Yes = "yes";
  export const No = "no";
  export const Abstain = "abstain";
  export const NoWithVeto = "no_with_veto";
}

export class WeightedVoteOption {
  constructor(
    public option: string,
    public weight: Decimal,
  ) {}
}

export namespace GovMsg {
  /** `{"gov":{"vote":{"proposal_id", "option"}}}` (the 2.0+ field name; wasmd accepts it for all). */
  export function vote(proposalId: u64, option: string): CosmosMsg {
    const w = open("gov", "vote");
    w.key("proposal_id").u64(proposalId);
    w.key("option").string(option);
    return close(w);
  }
  /** CosmWasm 1.2+ (capability cosmwasm_1_2). */
  export function voteWeighted(proposalId: u64, options: WeightedVoteOption[]): CosmosMsg {
    const w = open("gov", "vote_weighted");
    w.key("proposal_id").u64(proposalId);
    w.key("options").beginArray();
    for (let i = 0; i < options.length; i++) {
      w.beginObject().key("option").string(options[i].option).key("weight");
      options[i].weight.writeJson(w);
      w.endObject();
    }
    w.endArray();
    return close(w);
  }
}
