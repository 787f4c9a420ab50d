/**
 * `$try` / `$check`: Rust's `?` for contracts, expanded by the build's asc transform
 * (contracts/tools/try-transform.ts) when they form a whole statement:
 *
 *   const addr = $try(deps.api.addrValidate(recipient));  // on error: return it from this function
 *   $try(BALANCES.update(...));                            // same, value unused
 *   $check(verifyLogo(logo));                              // an error text (string | null)
 *
 * The enclosing function must declare `Result<T>` (or `string | null`) as its return type. These
 * declarations exist for editors and for the compiler's error when a call is left unexpanded.
 */
import { Result } from "./result";

/** The value of `r`, or return its error from the enclosing function. */
// @ts-ignore: decorator
@inline export function $try<T>(r: Result<T>): T {
  ERROR("$try(...) must be a whole statement: `const x = $try(f());` or `$try(f());`");
  return r.value;
}

/** Return `error` from the enclosing function unless it is null. */
// @ts-ignore: decorator
@inline export function $check(error: string | null): void {
  ERROR("$check(...) must be a whole statement: `$check(validate(x));`");
}
