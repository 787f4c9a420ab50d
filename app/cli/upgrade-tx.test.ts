/** `tx gov submit-proposal software-upgrade|cancel-software-upgrade`: the proposal the CLI builds. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { MsgSubmitProposal } from 'cosmjs-types/cosmos/gov/v1/tx';
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from 'cosmjs-types/cosmos/upgrade/v1beta1/tx';
import { createMeshworkApp } from '../chain/meshwork-app.js';
import { splitArgs } from './client.js';
import { govAuthority, isUpgradeProposal, upgradeProposal, UPGRADE_PROPOSAL_FLAGS } from './upgrade-tx.js';

const PROPOSER = 'mesh1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu';
const args = (argv: string[]) => splitArgs(argv, ['metadata', ...UPGRADE_PROPOSAL_FLAGS], []);

describe('upgrade proposals from the CLI', () => {
  test('the gov authority is the app\'s gov module account', () => {
    expect(govAuthority('mesh')).toBe(createMeshworkApp({ chainId: 'c' }).authority);
  });

  test('software-upgrade: one MsgSoftwareUpgrade signed by gov with the plan', () => {
    const a = args(['software-upgrade', 'v2', '--upgrade-height', '120', '--upgrade-info', '{"binaries":{}}', '--title', 't', '--summary', 's', '--deposit', '1000stake']);
    expect(isUpgradeProposal(a.positional)).toBe(true);
    const p = upgradeProposal(a, a.positional, PROPOSER).value as MsgSubmitProposal;
    expect(p).toMatchObject({ proposer: PROPOSER, title: 't', summary: 's', initialDeposit: [{ denom: 'stake', amount: '1000' }] });
    expect(p.messages.map((m) => m.typeUrl)).toEqual([MsgSoftwareUpgrade.typeUrl]);
    const m = MsgSoftwareUpgrade.decode(p.messages[0]!.value);
    expect(m.authority).toBe(govAuthority('mesh'));
    expect(m.plan).toMatchObject({ name: 'v2', height: 120n, info: '{"binaries":{}}' });
  });

  test('cancel-software-upgrade: one MsgCancelUpgrade', () => {
    const a = args(['cancel-software-upgrade', '--title', 't', '--summary', 's', '--deposit', '1000stake']);
    const p = upgradeProposal(a, a.positional, PROPOSER).value as MsgSubmitProposal;
    expect(p.messages.map((m) => m.typeUrl)).toEqual([MsgCancelUpgrade.typeUrl]);
    expect(MsgCancelUpgrade.decode(p.messages[0]!.value).authority).toBe(govAuthority('mesh'));
  });

  test('bad usage is refused with what to do', () => {
    const bad = (argv: string[]) => () => upgradeProposal(args(argv), args(argv).positional, PROPOSER);
    expect(bad(['software-upgrade', 'v2', '--title', 't', '--summary', 's'])).toThrow(/--upgrade-height must be a positive block height/);
    expect(bad(['software-upgrade', '--upgrade-height', '5', '--title', 't', '--summary', 's'])).toThrow(/expected software-upgrade <name>/);
    expect(bad(['software-upgrade', 'v2', '--upgrade-height', '5'])).toThrow(/need --title and --summary/);
    expect(bad(['cancel-software-upgrade', '--upgrade-height', '5', '--title', 't', '--summary', 's'])).toThrow(/takes no --upgrade-height/);
    expect(bad(['software-upgrade', 'v2', '--upgrade-height', '5', '--title', 't', '--summary', 's', '--deposit', 'lots'])).toThrow(/--deposit must be amounts/);
    expect(isUpgradeProposal(['proposal.json'])).toBe(false);
  });
});
