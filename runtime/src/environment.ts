/**
 * The state of one contract call as the host functions see it: the instance's memory and gas
 * globals, the backend, and the Region protocol (ABI §3) with cosmwasm-vm's charges.
 */
import type { Backend } from './backend.js';
import { CommunicationError, OutOfGasError } from './errors.js';
import { HOST_GAS, linearCost, readRegionCost } from './gas.js';

export interface InstanceExports {
  memory: WebAssembly.Memory;
  gas: WebAssembly.Global;
  trap: WebAssembly.Global;
  stack: WebAssembly.Global;
  growFailed: WebAssembly.Global;
  vpages: WebAssembly.Global;
  dirtyLo: WebAssembly.Global;
  dirtyHi: WebAssembly.Global;
  realGrown: WebAssembly.Global;
  allocate: (size: number) => number;
  deallocate: (ptr: number) => void;
}

export class CallEnvironment {
  /** Externally used gas reported by the backend so far. */
  externallyUsed = 0;
  /** Host calls made; used to tell whether a start function touched the host. */
  hostCalls = 0;
  /** Lowest and highest+1 address the host wrote into contract memory during this call. */
  hostDirtyLo = Infinity;
  hostDirtyHi = 0;
  private view: Uint8Array;
  private dv: DataView;

  constructor(
    readonly exports: InstanceExports,
    readonly backend: Backend,
    readonly readOnly: boolean,
    readonly debugHandler: ((message: string) => void) | undefined,
  ) {
    this.view = new Uint8Array(exports.memory.buffer);
    this.dv = new DataView(exports.memory.buffer);
  }

  /** Remaining gas, read from the instance's metering global. */
  gasLeft(): number {
    return Number(this.exports.gas.value as bigint);
  }

  /**
   * cosmwasm-vm `process_gas_info`: deducts `cost + externallyUsed` from the remaining gas,
   * clamping at zero, and fails when that is more than what was left.
   */
  charge(cost: number, externallyUsed = 0): void {
    const left = this.gasLeft();
    this.externallyUsed += externallyUsed;
    const total = cost + externallyUsed;
    if (total > left) {
      this.exports.gas.value = 0n;
      throw new OutOfGasError(0);
    }
    this.exports.gas.value = BigInt(left - total);
  }

  /** Charges what a backend call reported. */
  chargeBackend(r: { gas: number; cost?: number }): void {
    if (r.gas !== 0 || (r.cost !== undefined && r.cost !== 0)) this.charge(r.cost ?? 0, r.gas);
  }

  chargeHostCall(): void {
    this.hostCalls++;
    this.charge(HOST_GAS.hostCall);
  }

  private memory(): Uint8Array {
    // A grown memory detaches the old buffer (byteLength 0): refresh the views then.
    if (this.view.byteLength === 0 || this.view.buffer !== this.exports.memory.buffer) {
      this.view = new Uint8Array(this.exports.memory.buffer);
      this.dv = new DataView(this.exports.memory.buffer);
    }
    return this.view;
  }

  private region(ptr: number): { offset: number; capacity: number; length: number } {
    const mem = this.memory();
    if (ptr + 12 > mem.length || ptr < 0) {
      throw new CommunicationError(
        `Error in guest/host communication: The Wasm memory address ${ptr} provided by the contract could not be dereferenced: Could not dereference this pointer to a Region`,
      );
    }
    const offset = this.dv.getUint32(ptr, true);
    const capacity = this.dv.getUint32(ptr + 4, true);
    const length = this.dv.getUint32(ptr + 8, true);
    if (offset === 0) throw new CommunicationError('Error in guest/host communication: Got an invalid region: Got a zero Wasm address in the offset');
    if (length > capacity) {
      throw new CommunicationError(
        `Error in guest/host communication: Got an invalid region: Region length exceeds capacity. Length ${length}, capacity ${capacity}`,
      );
    }
    if (capacity > 0xffffffff - offset) {
      throw new CommunicationError(
        `Error in guest/host communication: Got an invalid region: Region exceeds address space. Offset ${offset}, capacity ${capacity}`,
      );
    }
    return { offset, capacity, length };
  }

  private accessError(r: { offset: number; capacity: number; length: number }): CommunicationError {
    return new CommunicationError(
      `Error in guest/host communication: Tried to access memory of region Region { offset: ${r.offset}, capacity: ${r.capacity}, length: ${r.length} } in Wasm memory of size ${this.memory().length} bytes. This typically happens when the given Region pointer does not point to a proper Region struct.`,
    );
  }

  /** Reads a Region's bytes (a copy), charging the read first as cosmwasm-vm does. */
  readRegion(ptr: number, maxLength: number): Uint8Array {
    const r = this.region(ptr);
    this.charge(readRegionCost(r.length));
    if (r.length > maxLength) {
      throw new CommunicationError(`Error in guest/host communication: Region length too big. Got ${r.length}, limit ${maxLength}`, {
        cause: { length: r.length, maxLength },
      });
    }
    const mem = this.memory();
    if (r.offset + r.length > mem.length) throw this.accessError(r);
    return mem.slice(r.offset, r.offset + r.length);
  }

  /** Length field of a Region, for errors that quote it. */
  regionLength(ptr: number): number {
    return this.region(ptr).length;
  }

  /** Writes `data` into the Region at `ptr` and sets its length, charging the write first. */
  writeRegion(ptr: number, data: Uint8Array): void {
    const r = this.region(ptr);
    this.charge(linearCost(HOST_GAS.writeRegion, data.length));
    if (data.length > r.capacity) {
      throw new CommunicationError(`Error in guest/host communication: Region too small. Got ${r.capacity}, required ${data.length}`);
    }
    const mem = this.memory();
    if (r.offset + data.length > mem.length) throw this.accessError(r);
    mem.set(data, r.offset);
    this.dv.setUint32(ptr + 8, data.length, true);
    this.markDirty(r.offset, r.offset + data.length);
    this.markDirty(ptr + 8, ptr + 12);
  }

  private markDirty(from: number, to: number): void {
    if (from < this.hostDirtyLo) this.hostDirtyLo = from;
    if (to > this.hostDirtyHi) this.hostDirtyHi = to;
  }

  /** Allocates a Region in the contract (a metered call into it) and fills it. */
  writeToContract(data: Uint8Array): number {
    const ptr = this.exports.allocate(data.length) >>> 0;
    if (ptr === 0) throw new CommunicationError('Error in guest/host communication: Got a zero Wasm address');
    this.writeRegion(ptr, data);
    return ptr;
  }
}
