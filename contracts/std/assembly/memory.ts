/**
 * CosmWasm Regions and the memory exports every contract must provide.
 *
 * A Region is a 12-byte struct `{offset: u32, capacity: u32, length: u32}` in linear memory.
 * Regions and their buffers live on the unmanaged heap (`heap.alloc`), never on the GC heap, so
 * the host may hold on to them between calls into the contract without any pinning.
 */
import { stringToUtf8 } from "./encoding/utf8";

/** The interface marker the host looks for. Must be exported by every contract. */
export function interface_version_8(): void {}

/** Reserves `size` bytes plus a Region describing them; returns the Region's address. */
export function allocate(size: usize): usize {
  // Never return a zero offset, even for size 0 (the host treats 0 as "no region").
  const data = heap.alloc(size > 0 ? size : 1);
  const region = heap.alloc(12);
  store<u32>(region, <u32>data, 0);
  store<u32>(region, <u32>size, 4);
  store<u32>(region, 0, 8);
  return region;
}

/** Frees a Region and its buffer. */
export function deallocate(region: usize): void {
  const data = <usize>load<u32>(region, 0);
  heap.free(data);
  heap.free(region);
}

@inline export function regionOffset(region: usize): usize {
  return <usize>load<u32>(region, 0);
}
@inline export function regionCapacity(region: usize): u32 {
  return load<u32>(region, 4);
}
@inline export function regionLength(region: usize): u32 {
  return load<u32>(region, 8);
}

/** Copies a Region's content into a new Uint8Array (the Region stays allocated). */
export function readRegion(region: usize): Uint8Array {
  const len = <i32>regionLength(region);
  const out = new Uint8Array(len);
  if (len > 0) copyBytes(out.dataStart, regionOffset(region), <usize>len);
  return out;
}

/** Reads a Region and frees it: for Regions the host allocated for us (arguments, import outputs). */
export function consumeRegion(region: usize): Uint8Array {
  const out = readRegion(region);
  deallocate(region);
  return out;
}

/** Copies bytes into a freshly allocated Region (length = capacity = bytes.length). */
export function regionFromBytes(bytes: Uint8Array): usize {
  const region = allocate(<usize>bytes.length);
  if (bytes.length > 0) copyBytes(regionOffset(region), bytes.dataStart, <usize>bytes.length);
  store<u32>(region, <u32>bytes.length, 8);
  return region;
}

/** A Region for a string, encoded as UTF-8. */
export function regionFromString(s: string): usize {
  return regionFromBytes(stringToUtf8(s));
}

/**
 * A Region that points at existing bytes without copying (for import inputs the host only reads).
 * The caller must keep `bytes` alive until the import returns.
 */
export function borrowRegion(bytes: Uint8Array): usize {
  const region = heap.alloc(12);
  // a zero offset is invalid for the host even if the length is 0
  const ptr = bytes.length > 0 ? bytes.dataStart : heap.alloc(1);
  store<u32>(region, <u32>ptr, 0);
  store<u32>(region, <u32>bytes.length, 4);
  store<u32>(region, <u32>bytes.length, 8);
  return region;
}

/** Frees only the 12-byte Region struct of a borrowed Region. */
export function releaseBorrowed(region: usize): void {
  heap.free(region);
}

/** memcpy without bulk-memory instructions (contracts are built with --disable bulk-memory). */
export function copyBytes(dst: usize, src: usize, n: usize): void {
  memory.copy(dst, src, n);
}
