/**
 * The raw CosmWasm host imports (module `env`), interface_version_8. Every argument is a u32
 * pointer to a Region unless noted. This file is the only place that declares host functions;
 * the rest of the SDK wraps them in typed helpers. A contract imports only what it uses: the
 * optimiser drops every unused declaration.
 */

// storage
@external("env", "db_read") export declare function db_read(key: u32): u32;
@external("env", "db_write") export declare function db_write(key: u32, value: u32): void;
@external("env", "db_remove") export declare function db_remove(key: u32): void;
// iterators (capability `iterator`); order: 1 ascending, 2 descending
@external("env", "db_scan") export declare function db_scan(start: u32, end: u32, order: i32): u32;
@external("env", "db_next") export declare function db_next(iterator_id: u32): u32;
@external("env", "db_next_key") export declare function db_next_key(iterator_id: u32): u32;
@external("env", "db_next_value") export declare function db_next_value(iterator_id: u32): u32;

// addresses: 0 = ok, otherwise a Region with the error text
@external("env", "addr_validate") export declare function addr_validate(source: u32): u32;
@external("env", "addr_canonicalize") export declare function addr_canonicalize(source: u32, destination: u32): u32;
@external("env", "addr_humanize") export declare function addr_humanize(source: u32, destination: u32): u32;

// crypto: 0 = valid, 1 = invalid, >= 2 error code
@external("env", "secp256k1_verify") export declare function secp256k1_verify(hash: u32, signature: u32, public_key: u32): u32;
@external("env", "secp256k1_recover_pubkey") export declare function secp256k1_recover_pubkey(hash: u32, signature: u32, recovery_param: u32): u64;
@external("env", "secp256r1_verify") export declare function secp256r1_verify(hash: u32, signature: u32, public_key: u32): u32;
@external("env", "secp256r1_recover_pubkey") export declare function secp256r1_recover_pubkey(hash: u32, signature: u32, recovery_param: u32): u64;
@external("env", "ed25519_verify") export declare function ed25519_verify(message: u32, signature: u32, public_key: u32): u32;
@external("env", "ed25519_batch_verify") export declare function ed25519_batch_verify(messages: u32, signatures: u32, public_keys: u32): u32;
@external("env", "bls12_381_aggregate_g1") export declare function bls12_381_aggregate_g1(points: u32, out: u32): u32;
@external("env", "bls12_381_aggregate_g2") export declare function bls12_381_aggregate_g2(points: u32, out: u32): u32;
@external("env", "bls12_381_pairing_equality") export declare function bls12_381_pairing_equality(ps: u32, qs: u32, r: u32, s: u32): u32;
@external("env", "bls12_381_hash_to_g1") export declare function bls12_381_hash_to_g1(hash_function: u32, msg: u32, dst: u32, out: u32): u32;
@external("env", "bls12_381_hash_to_g2") export declare function bls12_381_hash_to_g2(hash_function: u32, msg: u32, dst: u32, out: u32): u32;

// diagnostics
@external("env", "debug") export declare function host_debug(message: u32): void;
@external("env", "abort") export declare function host_abort(message: u32): void;

// chain queries: returns a Region with a JSON SystemResult<ContractResult<Binary>>
@external("env", "query_chain") export declare function query_chain(request: u32): u32;
