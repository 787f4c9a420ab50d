/** chain_probe's API: only instantiate is parsed; sudo messages are recorded raw, queries forwarded raw. */
import { contract, struct, enumOf, unit, t } from '../tools/declare.js';

export const Mode = enumOf('Mode', { ok: unit, fail: unit, loop: unit }, { doc: 'What sudo answers: Ok, an error, or storage writes until out of gas.' });
export const InstantiateMsg = struct('InstantiateMsg', { mode: t.option(Mode) }, { rust: 'chain_probe::msg::InstantiateMsg' });

export default contract({ name: 'chain-probe', version: '0.1.0', instantiate: InstantiateMsg });
