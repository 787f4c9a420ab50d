/**
 * The Mesh contracts' shared types (declare-types.ts, declare-ibc.ts) as one generated module,
 * `assembly/types.ts`: each contract lists it in `uses`, and its generated msg.ts imports (and
 * re-exports) these codecs instead of carrying its own copy. It builds on the repository-wide
 * `contracts/common` (cosmwasm-std's types), whose codecs it imports and re-exports.
 */
import { sharedTypes } from '../../tools/declare.js';
import { common } from '../../common/declare.js';
import * as types from './declare-types.js';
import * as ibc from './declare-ibc.js';

export const meshCommon = sharedTypes({ dir: 'contracts/mesh/common', file: 'types', declFile: 'contracts/mesh/common/declare.ts', uses: [common] }, [
  ...Object.values(types),
  ...Object.values(ibc),
]);
