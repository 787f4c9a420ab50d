/**
 * IBC core as a chain module: the `ibc` store (ICS-24 paths, the connection's MerklePrefix), the
 * client, connection and channel messages and queries, and the port router applications bind to.
 */
import type { Module } from '../../chain/kernel/module.js';
import type { MsgRouter, QueryRouter } from '../../chain/kernel/router.js';
import type { AddressCodec } from '../../chain/types/address.js';
import { ChannelKeeper } from './channel/keeper.js';
import { ClientKeeper } from './client/keeper.js';
import { registerClientMsgs } from './client/msgs.js';
import { registerClientQueries } from './client/queries.js';
import { ConnectionKeeper } from './connection/keeper.js';
import { IBC_STORE } from './host.js';
import { registerCoreMsgs } from './msgs.js';
import { PortRouter } from './port.js';
import { registerCoreQueries } from './queries.js';

export class IbcCoreModule implements Module {
  readonly name = 'ibc';
  readonly storeKeys = [IBC_STORE];
  readonly clients: ClientKeeper;
  readonly connections: ConnectionKeeper;
  readonly channels: ChannelKeeper;
  readonly ports = new PortRouter();

  constructor(private readonly codec: AddressCodec) {
    this.clients = new ClientKeeper();
    this.connections = new ConnectionKeeper(this.clients);
    this.channels = new ChannelKeeper(this.connections, this.ports);
  }

  registerMsgs(r: MsgRouter): void {
    registerClientMsgs(r, this.clients, { validateAddress: (a) => void this.codec.decode(a, 'signer address') });
    registerCoreMsgs(r, { connections: this.connections, channels: this.channels, codec: this.codec });
  }

  registerQueries(r: QueryRouter): void {
    registerClientQueries(r, this.clients);
    registerCoreQueries(r, { connections: this.connections, channels: this.channels });
  }
}
