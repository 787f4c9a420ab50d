/** x/gov errors, with upstream's codespace and code numbers (`x/gov/types/errors.go`). */
import { registerError } from '../../kernel/errors.js';

export const GovErrors = Object.freeze({
  UnknownProposal: registerError('gov', 3, 'unknown proposal'),
  InactiveProposal: registerError('gov', 4, 'inactive proposal'),
  InvalidProposalContent: registerError('gov', 6, 'invalid proposal content'),
  InvalidVote: registerError('gov', 8, 'invalid vote option'),
  InvalidGenesis: registerError('gov', 9, 'invalid genesis state'),
  UnroutableProposalMsg: registerError('gov', 11, 'proposal message not recognized by router'),
  NoProposalMsgs: registerError('gov', 12, 'no messages proposed'),
  InvalidProposalMsg: registerError('gov', 13, 'invalid proposal message'),
  InvalidSigner: registerError('gov', 14, 'expected gov account as only signer for proposal message'),
  MetadataTooLong: registerError('gov', 15, 'metadata too long'),
  MinDepositTooSmall: registerError('gov', 16, 'minimum deposit is too small'),
  InvalidProposer: registerError('gov', 17, 'invalid proposer'),
  VotingPeriodEnded: registerError('gov', 20, 'voting period already ended'),
  InvalidProposal: registerError('gov', 21, 'invalid proposal'),
  SummaryTooLong: registerError('gov', 22, 'summary too long'),
  InvalidDepositDenom: registerError('gov', 23, 'invalid deposit denom'),
});
