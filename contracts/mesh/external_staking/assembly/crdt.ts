/**
 * The consumer's validator set as a CRDT (upstream `crdt.rs`, spec §6.5): per validator a list of
 * `{pub_key, start_height, start_time, state}` newest first, so updates that arrive out of order
 * (unordered channel) land where their height says. Tombstoning is final.
 */
import { Storage } from "../../../std/assembly";
import { ValidatorEntries, ValidatorEntry } from "./msg";
import { VALIDATORS } from "./state";

export const ACTIVE = "active";
export const UNBONDED = "unbonded";
export const JAILED = "jailed";
export const TOMBSTONED = "tombstoned";
export const UNKNOWN = "unknown";

function load(storage: Storage, v: string): ValidatorEntry[] {
  const e = VALIDATORS.mayLoad(storage, v);
  return e === null ? new Array<ValidatorEntry>() : e.entries;
}

function save(storage: Storage, v: string, entries: ValidatorEntry[]): void {
  VALIDATORS.save(storage, v, new ValidatorEntries(entries));
}

/** Inserts before every entry of the same or a lower height (a later op at one height wins). */
function insert(entries: ValidatorEntry[], e: ValidatorEntry): void {
  let i = 0;
  while (i < entries.length && entries[i].startHeight > e.startHeight) i++;
  entries.push(e);
  for (let j = entries.length - 1; j > i; j--) entries[j] = entries[j - 1];
  entries[i] = e;
}

/** The newest entry in force at `height`, or null. */
function entryAt(entries: ValidatorEntry[], height: u64): ValidatorEntry | null {
  for (let i = 0; i < entries.length; i++) if (entries[i].startHeight <= height) return entries[i];
  return null;
}

function latestState(entries: ValidatorEntry[]): string {
  return entries.length == 0 ? UNKNOWN : entries[0].state;
}

export function validatorState(storage: Storage, v: string): string {
  return latestState(load(storage, v));
}

export function isActive(storage: Storage, v: string): bool {
  return validatorState(storage, v) == ACTIVE;
}

export function activeAtHeight(storage: Storage, v: string, height: u64): bool {
  const e = entryAt(load(storage, v), height);
  return e !== null && e.state == ACTIVE;
}

export function addValidator(storage: Storage, v: string, pubKey: string, height: u64, time: u64): void {
  const entries = load(storage, v);
  if (latestState(entries) == TOMBSTONED) return;
  insert(entries, new ValidatorEntry(pubKey, height, time, ACTIVE));
  save(storage, v, entries);
}

/** update / remove / jail: only for a validator that exists at `height` and is not tombstoned. */
function transition(storage: Storage, v: string, height: u64, time: u64, state: string | null, pubKey: string | null): void {
  const entries = load(storage, v);
  if (latestState(entries) == TOMBSTONED) return;
  const at = entryAt(entries, height);
  if (at === null) return;
  insert(entries, new ValidatorEntry(pubKey === null ? at.pubKey : pubKey, height, time, state === null ? at.state : state));
  save(storage, v, entries);
}

export function updateValidator(storage: Storage, v: string, pubKey: string, height: u64, time: u64): void {
  transition(storage, v, height, time, null, pubKey);
}
export function removeValidator(storage: Storage, v: string, height: u64, time: u64): void {
  transition(storage, v, height, time, UNBONDED, null);
}
export function jailValidator(storage: Storage, v: string, height: u64, time: u64): void {
  transition(storage, v, height, time, JAILED, null);
}

/** Final: drops every entry at or after `height` and ends the list with Tombstoned. */
export function tombstoneValidator(storage: Storage, v: string, height: u64, time: u64): void {
  const entries = load(storage, v);
  if (entries.length == 0 || latestState(entries) == TOMBSTONED) return;
  const kept = new Array<ValidatorEntry>();
  for (let i = 0; i < entries.length; i++) if (entries[i].startHeight < height) kept.push(entries[i]);
  const pubKey = entries[0].pubKey;
  kept.unshift(new ValidatorEntry(pubKey, height, time, TOMBSTONED));
  save(storage, v, kept);
}

/**
 * Drops the entries no slash can reach any more (started before `cutoff`), keeping the newest of
 * them (it is the state in force at the cutoff) and so always at least one.
 */
export function prune(storage: Storage, v: string, cutoff: u64): void {
  const entries = load(storage, v);
  let i = 0;
  while (i < entries.length && entries[i].startTime >= cutoff) i++;
  if (i + 1 >= entries.length) return;
  save(storage, v, entries.slice(0, i + 1));
}
