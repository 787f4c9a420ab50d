/**
 * ICS-05 port routing: which application owns a port. Modules bind fixed ports (`transfer`); the
 * wasm application owns every `wasm.<contract>` port through a prefix binding.
 */
import { ChainError } from '../../chain/kernel/errors.js';
import { PortErrors } from './errors.js';
import type { IbcApp } from './types.js';

export class PortRouter {
  private readonly exact = new Map<string, IbcApp>();
  private readonly prefixes: [string, IbcApp][] = [];

  bind(portId: string, app: IbcApp): void {
    if (this.exact.has(portId)) throw new Error(`port ${portId} is already bound`);
    this.exact.set(portId, app);
  }

  /** Every port starting with `prefix` (e.g. `wasm.`) goes to `app`. */
  bindPrefix(prefix: string, app: IbcApp): void {
    this.prefixes.push([prefix, app]);
  }

  route(portId: string): IbcApp {
    const app = this.exact.get(portId) ?? this.prefixes.find(([p]) => portId.startsWith(p))?.[1];
    if (app === undefined) throw new ChainError(PortErrors.InvalidRoute, `no application is bound to port ${portId}`);
    return app;
  }
}
