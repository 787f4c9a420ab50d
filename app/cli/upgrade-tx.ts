/**
 * `meshwork tx gov submit-proposal software-upgrade <name> --upgrade-height H [--upgrade-info I]` and
 * `... cancel-software-upgrade`: a gov v1 proposal carrying `MsgSoftwareUpgrade` / `MsgCancelUpgrade`
 * signed by the gov module account (the SDK v0.50 `tx upgrade software-upgrade` builds the same
 * proposal). The proposal-file form (`submit-proposal proposal.json` with those `@type`s) works too.
 */
import type { EncodeObject } from '@cosmjs/proto-signing';
import { parseCoins } from '@cosmjs/proto-signing';
import { MsgSubmitProposal } from 'cosmjs-types/cosmos/gov/v1/tx';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { Plan } from 'cosmjs-types/cosmos/upgrade/v1beta1/upgrade';
import { Any } from 'cosmjs-types/google/protobuf/any';
import { AddressCodec, moduleAddress, prefixesFor } from '../../chain/types/address.js';
import { UsageError } from './args.js';
import type { Args } from './client.js';

export const UPGRADE_PROPOSAL_KINDS = ['software-upgrade', 'cancel-software-upgrade'] as const;
/** Flags these proposals take on top of the tx flags. */
export const UPGRADE_PROPOSAL_FLAGS = ['upgrade-height', 'upgrade-info', 'title', 'summary', 'deposit', 'authority'] as const;

export const UPGRADE_TX_USAGE = `  meshwork tx gov submit-proposal software-upgrade <name> --upgrade-height H [--upgrade-info I] --title T --summary S --deposit <coins> --from <key>
  meshwork tx gov submit-proposal cancel-software-upgrade --title T --summary S --deposit <coins> --from <key>`;

export function isUpgradeProposal(positional: readonly string[]): boolean {
  return positional.length > 0 && (UPGRADE_PROPOSAL_KINDS as readonly string[]).includes(positional[0]!);
}

/** The gov module account of a chain with bech32 `prefix`: the authority of gov-only messages. */
export function govAuthority(prefix: string): string {
  return new AddressCodec(prefixesFor(prefix)).encode(moduleAddress('gov'));
}

export function upgradeProposal(a: Args, p: readonly string[], proposer: string): EncodeObject {
  const [kind, ...rest] = p;
  // The gov account in the proposer's bech32 prefix (the chain's).
  const prefix = proposer.slice(0, proposer.lastIndexOf('1'));
  const title = a.flags.get('title');
  const summary = a.flags.get('summary');
  if (title === undefined || summary === undefined) throw new UsageError(`${kind} proposals need --title and --summary`);
  const authority = a.flags.get('authority') ?? govAuthority(prefix);
  let msg: Any;
  if (kind === 'software-upgrade') {
    if (rest.length !== 1) throw new UsageError('expected software-upgrade <name>');
    const h = a.flags.get('upgrade-height');
    if (h === undefined || !/^[1-9]\d{0,18}$/.test(h)) throw new UsageError(`--upgrade-height must be a positive block height, got ${JSON.stringify(h)}`);
    const plan = Plan.fromPartial({ name: rest[0]!, height: BigInt(h), info: a.flags.get('upgrade-info') ?? '' });
    msg = Any.fromPartial({ typeUrl: MsgSoftwareUpgrade.typeUrl, value: MsgSoftwareUpgrade.encode({ authority, plan }).finish() });
  } else {
    if (rest.length !== 0) throw new UsageError('cancel-software-upgrade takes no arguments');
    if (a.flags.has('upgrade-height') || a.flags.has('upgrade-info')) throw new UsageError('cancel-software-upgrade takes no --upgrade-height or --upgrade-info');
    msg = Any.fromPartial({ typeUrl: MsgCancelUpgrade.typeUrl, value: MsgCancelUpgrade.encode({ authority }).finish() });
  }
  let deposit;
  try {
    deposit = parseCoins((a.flags.get('deposit') ?? '').replace(/\s+/g, ''));
  } catch {
    throw new UsageError(`--deposit must be amounts with denoms like 10000000stake, got ${JSON.stringify(a.flags.get('deposit'))}`);
  }
  return {
    typeUrl: '/cosmos.gov.v1.MsgSubmitProposal',
    value: MsgSubmitProposal.fromPartial({ messages: [msg], initialDeposit: deposit, proposer, metadata: a.flags.get('metadata') ?? '', title, summary }),
  };
}
