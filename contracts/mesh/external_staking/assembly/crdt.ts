/**
 * The consumer's validator set as a CRDT (upstream `crdt.rs`, spec §6.5): per validator a list of
 * `{pub_key, start_height, start_time, state}` newest first, so updates that arrive out of order
 * (unordered channel) land where their height says. Tombstoning is final.
 */
import { Bound, Order, Storage, keyToString, utf8 } from "../../../std/assembly";
import { ValidatorEntries, ValidatorEntry, ValidatorStateResponse } from "./msg";
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

function same(a: ValidatorEntry, b: ValidatorEntry): bool {
  return a.startHeight == b.startHeight && a.startTime == b.startTime && a.state == b.state && a.pubKey == b.pubKey;
}

/**
 * Inserts before every entry of the same or a lower height: of two operations at one height the
 * later one wins (upstream's stable sort keeps the earlier one first, so a validator added and
 * jailed in one packet stays active there; ours ends jailed). An identical entry is not repeated
 * (upstream's dedup). Returns false when nothing changed.
 */
function insert(entries: ValidatorEntry[], e: ValidatorEntry): bool {
  let i = 0;
  while (i < entries.length && entries[i].startHeight > e.startHeight) i++;
  for (let j = i; j < entries.length && entries[j].startHeight == e.startHeight; j++) if (same(entries[j], e)) return false;
  entries.push(e);
  for (let j = entries.length - 1; j > i; j--) entries[j] = entries[j - 1];
  entries[i] = e;
  return true;
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

/** The entry in force at `height` (null before the first one): upstream's `validator_at_height`. */
export function validatorAtHeight(storage: Storage, v: string, height: u64): ValidatorEntry | null {
  return entryAt(load(storage, v), height);
}

export function activeAtHeight(storage: Storage, v: string, height: u64): bool {
  const e = validatorAtHeight(storage, v, height);
  return e !== null && e.state == ACTIVE;
}

/** Every entry kept for `v`, newest first. */
export function history(storage: Storage, v: string): ValidatorEntry[] {
  return load(storage, v);
}

function startAfter(sa: string | null): Bound | null {
  return sa === null ? null : Bound.exclusiveRaw(utf8(sa));
}

/** Validators whose latest state is Active, ascending, after `start` (exclusive), at most `limit`. */
export function listActive(storage: Storage, start: string | null, limit: i32): string[] {
  const it = VALIDATORS.range(storage, startAfter(start), null, Order.Ascending);
  const out = new Array<string>();
  let e = it.next();
  while (e !== null && out.length < limit) {
    if (latestState(e.value.entries) == ACTIVE) out.push(keyToString(e.key));
    e = it.next();
  }
  return out;
}

/** Every known validator with its latest state, ascending, after `start` (exclusive), at most `limit`. */
export function listValidators(storage: Storage, start: string | null, limit: i32): ValidatorStateResponse[] {
  const entries = VALIDATORS.range(storage, startAfter(start), null, Order.Ascending, limit).collect();
  const out = new Array<ValidatorStateResponse>();
  for (let i = 0; i < entries.length; i++) out.push(new ValidatorStateResponse(keyToString(entries[i].key), latestState(entries[i].value.entries)));
  return out;
}

export function addValidator(storage: Storage, v: string, pubKey: string, height: u64, time: u64): void {
  const entries = load(storage, v);
  if (latestState(entries) == TOMBSTONED) return;
  if (insert(entries, new ValidatorEntry(pubKey, height, time, ACTIVE))) save(storage, v, entries);
}

/** update / remove / jail: only for a validator that exists at `height` and is not tombstoned. */
function transition(storage: Storage, v: string, height: u64, time: u64, state: string | null, pubKey: string | null): void {
  const entries = load(storage, v);
  if (latestState(entries) == TOMBSTONED) return;
  const at = entryAt(entries, height);
  if (at === null) return;
  if (insert(entries, new ValidatorEntry(pubKey === null ? at.pubKey : pubKey, height, time, state === null ? at.state : state))) save(storage, v, entries);
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

/**
 * Final: drops every entry at or after `height` and ends the list with Tombstoned — also for a
 * validator not seen yet (the tombstone may arrive before its addition on an unordered channel,
 * and the later addition must not revive it). The tombstone keeps the public key in force just
 * before `height`, or "" when there is none (upstream always writes "", a FIXME there).
 */
export function tombstoneValidator(storage: Storage, v: string, height: u64, time: u64): void {
  const entries = load(storage, v);
  if (latestState(entries) == TOMBSTONED) return;
  const kept = new Array<ValidatorEntry>();
  for (let i = 0; i < entries.length; i++) if (entries[i].startHeight < height) kept.push(entries[i]);
  const pubKey = kept.length > 0 ? kept[0].pubKey : "";
  kept.unshift(new ValidatorEntry(pubKey, height, time, TOMBSTONED));
  save(storage, v, kept);
}

/**
 * Drops the entries no slash can reach any more (started before `cutoff`), keeping the newest of
 * them (it is the state in force at the cutoff) and so always at least one. Upstream drops that
 * one too, after which `validator_at_height` answers "unknown" for heights inside the unbonding
 * period that fall before the next entry.
 */
export function prune(storage: Storage, v: string, cutoff: u64): void {
  const entries = load(storage, v);
  let i = 0;
  while (i < entries.length && entries[i].startTime >= cutoff) i++;
  if (i + 1 >= entries.length) return;
  save(storage, v, entries.slice(0, i + 1));
}
