/** How `tx` commands print a tx's result: hash, height, gas, what its responses created, and events. */
import { toHex } from '@cosmjs/encoding';
import { MsgSubmitProposalResponse } from 'cosmjs-types/cosmos/gov/v1/tx';
import { MsgInstantiateContract2Response, MsgInstantiateContractResponse, MsgStoreCodeResponse } from 'cosmjs-types/cosmwasm/wasm/v1/tx';
import { printJson, type CliIO, type TxResult } from './client.js';

/** What the message responses tell beyond the events: new code ids, contract addresses, proposal ids. */
function outcome(r: TxResult): Record<string, string> {
  const o: Record<string, string> = {};
  for (const m of r.msgResponses) {
    if (m.typeUrl === '/cosmwasm.wasm.v1.MsgStoreCodeResponse') {
      const d = MsgStoreCodeResponse.decode(m.value);
      o.code_id = d.codeId.toString();
      o.checksum = toHex(d.checksum);
    } else if (m.typeUrl === '/cosmwasm.wasm.v1.MsgInstantiateContractResponse') o.contract_address = MsgInstantiateContractResponse.decode(m.value).address;
    else if (m.typeUrl === '/cosmwasm.wasm.v1.MsgInstantiateContract2Response') o.contract_address = MsgInstantiateContract2Response.decode(m.value).address;
    else if (m.typeUrl === '/cosmos.gov.v1.MsgSubmitProposalResponse') o.proposal_id = MsgSubmitProposalResponse.decode(m.value).proposalId.toString();
  }
  return o;
}

export function printTx(io: CliIO, json: boolean, r: TxResult): void {
  const extra = outcome(r);
  if (json) {
    printJson(io, { txhash: r.txhash, height: String(r.height), code: r.code, gas_wanted: r.gasWanted.toString(), gas_used: r.gasUsed.toString(), ...extra, events: r.events });
    return;
  }
  if (r.height === 0) {
    // Not waited for (--broadcast-mode sync|async): what wasmd prints then, the hash and the CheckTx code.
    io.stdout.write(`txhash: ${r.txhash}\ncode: ${r.code}\nheight: 0\n(not yet in a block: check with \`meshwork query tx ${r.txhash}\`)\n`);
    return;
  }
  const lines = [`txhash: ${r.txhash}`, `height: ${r.height}`, `gas_wanted: ${r.gasWanted}`, `gas_used: ${r.gasUsed}`];
  for (const [k, v] of Object.entries(extra)) lines.push(`${k}: ${v}`);
  lines.push('events:');
  for (const e of r.events) {
    lines.push(`  ${e.type}`);
    for (const at of e.attributes) lines.push(`    ${at.key}: ${at.value}`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}

