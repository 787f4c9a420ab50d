/** wasmd errors the wasm IBC application raises that the wasm module itself does not (x/wasm/types/errors.go). */
import { registerError } from '../../chain/kernel/errors.js';

export const WasmIbcErrors = Object.freeze({
  MaxIBCChannels: registerError('wasm', 16, 'max transfer channels'),
});
