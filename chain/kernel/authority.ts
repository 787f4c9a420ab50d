/**
 * The authority check of every module's governance-only messages (`MsgUpdateParams` and the like):
 * the signer must be the module's authority (the gov module account), as the SDK's msg servers check.
 */
import { ChainError, Codes } from './errors.js';

export function requireAuthority(authority: string, signer: string): void {
  if (signer !== authority) throw new ChainError(Codes.Unauthorized, `invalid authority; expected ${authority}, got ${signer}`);
}
