/**
 * cw20: a fungible token that behaves exactly like cw20-base 1.0.1 (same messages, JSON,
 * attributes, error texts and storage layout). Entry points: instantiate, execute, query, migrate.
 */
import {
  Deps,
  Env,
  MessageInfo,
  Response,
  Result,
  ok,
  err,
  $try,
  $check,
  Binary,
  Uint128,
  WasmMsg,
  toJsonBinary,
  doInstantiate,
  doExecute,
  doQuery,
  doMigrate,
  notFound,
  genericErr,
  Order,
  utf8,
  pair,
  Pair,
} from "../../std/assembly";
import {
  InstantiateMsg,
  ExecuteMsg,
  ExecuteMsgKind,
  QueryMsg,
  QueryMsgKind,
  MigrateMsg,
  Cw20Coin,
  Logo,
  LogoKind,
  EmbeddedLogo,
  EmbeddedLogoKind,
  LogoInfo,
  MarketingInfoResponse,
  BalanceResponse,
  TokenInfoResponse,
  MinterResponse,
  DownloadLogoResponse,
  TokenInfo,
  MinterData,
  ContractVersion,
  UpdateMarketingExecuteMsg,
} from "./msg";
import { CONTRACT_INFO, TOKEN_INFO, MARKETING_INFO, LOGO, BALANCES, ALLOWANCES, ALLOWANCES_SPENDER, moveBalance, burnBalance, addBalance, getCap } from "./state";
import { ContractError } from "./error";
import { receiveMsg } from "./receive";
import {
  executeIncreaseAllowance,
  executeDecreaseAllowance,
  executeTransferFrom,
  executeSendFrom,
  executeBurnFrom,
  queryAllowance,
} from "./allowances";
import { queryOwnerAllowances, querySpenderAllowances, queryAllAccounts } from "./enumerable";

export { allocate, deallocate, interface_version_8, requires_iterator } from "../../std/assembly";

// version info for migration (cw2); the same as cw20-base so either can migrate to the other
const CONTRACT_NAME = "crates.io:cw20-base";
const CONTRACT_VERSION = "1.0.1";

const LOGO_SIZE_CAP: i32 = 5 * 1024;

// ---------------------------------------------------------------- entry points

export function instantiate(env: u32, info: u32, msg: u32): u32 {
  return doInstantiate(env, info, msg, handleInstantiate);
}

export function execute(env: u32, info: u32, msg: u32): u32 {
  return doExecute(env, info, msg, handleExecute);
}

export function query(env: u32, msg: u32): u32 {
  return doQuery(env, msg, handleQuery);
}

export function migrate(env: u32, msg: u32): u32 {
  return doMigrate(env, msg, handleMigrate);
}

// ---------------------------------------------------------------- helpers

function setContractVersion(deps: Deps, name: string, version: string): void {
  CONTRACT_INFO.save(deps.storage, new ContractVersion(name, version));
}

function hasValidName(name: string): bool {
  const n = String.UTF8.byteLength(name);
  return n >= 3 && n <= 50;
}

function hasValidSymbol(symbol: string): bool {
  const bytes = utf8(symbol);
  if (bytes.length < 3 || bytes.length > 12) return false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b != 45 && (b < 65 || b > 90) && (b < 97 || b > 122)) return false;
  }
  return true;
}

/** The first piece up to and including `>` must start with `<?xml ` and end with `?>`. */
function verifyXmlPreamble(data: Uint8Array): string | null {
  if (data.length == 0) return ContractError.InvalidXmlPreamble;
  let end = 0;
  while (end < data.length && data[end] != 0x3e) end++;
  const pieceLen = end < data.length ? end + 1 : data.length;
  const prefix = "<?xml ";
  if (pieceLen < prefix.length) return ContractError.InvalidXmlPreamble;
  for (let i = 0; i < prefix.length; i++) if (<i32>data[i] != prefix.charCodeAt(i)) return ContractError.InvalidXmlPreamble;
  if (pieceLen < 2 || data[pieceLen - 2] != 0x3f || data[pieceLen - 1] != 0x3e) return ContractError.InvalidXmlPreamble;
  return null;
}

const PNG_HEADER: u8[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function verifyLogo(logo: Logo): string | null {
  if (logo.kind != LogoKind.Embedded) return null;
  const embedded = logo.embedded!;
  if (embedded.kind == EmbeddedLogoKind.Svg) {
    const svg = embedded.svg!;
    $check(verifyXmlPreamble(svg.data));
    if (svg.length > LOGO_SIZE_CAP) return ContractError.LogoTooBig;
    return null;
  }
  const png = embedded.png!;
  if (png.length > LOGO_SIZE_CAP) return ContractError.LogoTooBig;
  if (png.length < 8) return ContractError.InvalidPngHeader;
  for (let i = 0; i < 8; i++) if (png.data[i] != PNG_HEADER[i]) return ContractError.InvalidPngHeader;
  return null;
}

function logoInfoOf(logo: Logo): LogoInfo {
  return logo.kind == LogoKind.Url ? LogoInfo.Url(logo.url!) : LogoInfo.Embedded();
}

// ---------------------------------------------------------------- instantiate

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(InstantiateMsg.parse(raw));

  setContractVersion(deps, CONTRACT_NAME, CONTRACT_VERSION);
  // check valid token info
  if (!hasValidName(msg.name)) return err<Response>(ContractError.InvalidName);
  if (!hasValidSymbol(msg.symbol)) return err<Response>(ContractError.InvalidSymbol);
  if (msg.decimals > 18) return err<Response>(ContractError.InvalidDecimals);

  // create initial accounts
  const totalSupply = $try(createAccounts(deps, msg.initialBalances));

  const m = msg.mint;
  let mint: MinterData | null = null;
  if (m !== null) {
    const cap = m.cap;
    if (cap !== null && totalSupply.gt(cap)) return err<Response>(ContractError.InitialSupplyOverCap);
    const minter = $try(deps.api.addrValidate(m.minter));
    mint = new MinterData(minter, cap);
  }
  TOKEN_INFO.save(deps.storage, new TokenInfo(msg.name, msg.symbol, msg.decimals, totalSupply, mint));

  const marketing = msg.marketing;
  if (marketing !== null) {
    let logoInfo: LogoInfo | null = null;
    const logo = marketing.logo;
    if (logo !== null) {
      $check(verifyLogo(logo));
      LOGO.save(deps.storage, logo);
      logoInfo = logoInfoOf(logo);
    }
    const info = new MarketingInfoResponse(marketing.project, marketing.description, logoInfo, null);
    const mk = marketing.marketing;
    if (mk !== null) info.marketing = $try(deps.api.addrValidate(mk));
    MARKETING_INFO.save(deps.storage, info);
  }

  return ok(Response.new());
}

function createAccounts(deps: Deps, accounts: Cw20Coin[]): Result<Uint128> {
  // validate_accounts: no address twice
  for (let i = 0; i < accounts.length; i++) {
    for (let j = i + 1; j < accounts.length; j++) {
      if (accounts[i].address == accounts[j].address) return err<Uint128>(ContractError.DuplicateInitialBalanceAddresses);
    }
  }
  let total = Uint128.zero();
  for (let i = 0; i < accounts.length; i++) {
    const row = accounts[i];
    const addr = $try(deps.api.addrValidate(row.address));
    BALANCES.save(deps.storage, addr, row.amount);
    total = total + row.amount;
  }
  return ok(total);
}

// ---------------------------------------------------------------- execute

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const msg = $try(ExecuteMsg.parse(raw));
  switch (msg.kind) {
    case ExecuteMsgKind.Transfer: {
      const m = msg.transfer!;
      return executeTransfer(deps, env, info, m.recipient, m.amount);
    }
    case ExecuteMsgKind.Burn:
      return executeBurn(deps, env, info, msg.burn!.amount);
    case ExecuteMsgKind.Send: {
      const m = msg.send!;
      return executeSend(deps, env, info, m.contract, m.amount, m.msg);
    }
    case ExecuteMsgKind.Mint: {
      const m = msg.mint!;
      return executeMint(deps, env, info, m.recipient, m.amount);
    }
    case ExecuteMsgKind.IncreaseAllowance:
      return executeIncreaseAllowance(deps, env, info, msg.increaseAllowance!);
    case ExecuteMsgKind.DecreaseAllowance:
      return executeDecreaseAllowance(deps, env, info, msg.decreaseAllowance!);
    case ExecuteMsgKind.TransferFrom:
      return executeTransferFrom(deps, env, info, msg.transferFrom!);
    case ExecuteMsgKind.BurnFrom:
      return executeBurnFrom(deps, env, info, msg.burnFrom!);
    case ExecuteMsgKind.SendFrom:
      return executeSendFrom(deps, env, info, msg.sendFrom!);
    case ExecuteMsgKind.UpdateMarketing:
      return executeUpdateMarketing(deps, env, info, msg.updateMarketing!);
    case ExecuteMsgKind.UploadLogo:
      return executeUploadLogo(deps, env, info, msg.uploadLogo!);
    default:
      return executeUpdateMinter(deps, env, info, msg.updateMinter!.newMinter);
  }
}

function executeTransfer(deps: Deps, env: Env, info: MessageInfo, recipient: string, amount: Uint128): Result<Response> {
  const rcpt = $try(deps.api.addrValidate(recipient));
  $try(moveBalance(deps, info.sender, rcpt, amount));
  return ok(
    Response.new()
      .addAttribute("action", "transfer")
      .addAttribute("from", info.sender)
      .addAttribute("to", recipient)
      .addAttribute("amount", amount.toString()),
  );
}

function executeBurn(deps: Deps, env: Env, info: MessageInfo, amount: Uint128): Result<Response> {
  $try(burnBalance(deps, info.sender, amount));
  return ok(
    Response.new().addAttribute("action", "burn").addAttribute("from", info.sender).addAttribute("amount", amount.toString()),
  );
}

function executeMint(deps: Deps, env: Env, info: MessageInfo, recipient: string, amount: Uint128): Result<Response> {
  const config = TOKEN_INFO.mayLoad(deps.storage);
  if (config === null) return err<Response>(ContractError.Unauthorized);
  const mint = config.mint;
  if (mint === null || mint.minter != info.sender) return err<Response>(ContractError.Unauthorized);

  // update supply and enforce cap
  config.totalSupply = config.totalSupply + amount;
  const cap = getCap(config);
  if (cap !== null && config.totalSupply.gt(cap)) return err<Response>(ContractError.CannotExceedCap);
  TOKEN_INFO.save(deps.storage, config);

  // add amount to recipient balance
  const rcpt = $try(deps.api.addrValidate(recipient));
  addBalance(deps, rcpt, amount);

  return ok(Response.new().addAttribute("action", "mint").addAttribute("to", recipient).addAttribute("amount", amount.toString()));
}

function executeSend(deps: Deps, env: Env, info: MessageInfo, contract: string, amount: Uint128, msg: Binary): Result<Response> {
  const rcpt = $try(deps.api.addrValidate(contract));
  // move the tokens to the contract
  $try(moveBalance(deps, info.sender, rcpt, amount));
  return ok(
    Response.new()
      .addAttribute("action", "send")
      .addAttribute("from", info.sender)
      .addAttribute("to", contract)
      .addAttribute("amount", amount.toString())
      .addMessage(WasmMsg.execute(contract, receiveMsg(info.sender, amount, msg), [])),
  );
}

function executeUpdateMinter(deps: Deps, env: Env, info: MessageInfo, newMinter: string | null): Result<Response> {
  const config = TOKEN_INFO.mayLoad(deps.storage);
  if (config === null) return err<Response>(ContractError.Unauthorized);
  const mint = config.mint;
  if (mint === null || mint.minter != info.sender) return err<Response>(ContractError.Unauthorized);

  let minterData: MinterData | null = null;
  if (newMinter !== null) {
    const addr = $try(deps.api.addrValidate(newMinter));
    minterData = new MinterData(addr, mint.cap);
  }
  config.mint = minterData;
  TOKEN_INFO.save(deps.storage, config);

  return ok(
    Response.new()
      .addAttribute("action", "update_minter")
      .addAttribute("new_minter", minterData !== null ? minterData.minter : "None"),
  );
}

function executeUpdateMarketing(deps: Deps, env: Env, info: MessageInfo, msg: UpdateMarketingExecuteMsg): Result<Response> {
  const marketingInfo = MARKETING_INFO.mayLoad(deps.storage);
  if (marketingInfo === null) return err<Response>(ContractError.Unauthorized);
  const current = marketingInfo.marketing;
  if (current === null || current != info.sender) return err<Response>(ContractError.Unauthorized);

  const project = msg.project;
  const description = msg.description;
  const marketing = msg.marketing;
  if (project !== null) marketingInfo.project = project.trim().length == 0 ? null : project;
  if (description !== null) marketingInfo.description = description.trim().length == 0 ? null : description;
  if (marketing !== null) {
    if (marketing.trim().length == 0) marketingInfo.marketing = null;
    else marketingInfo.marketing = $try(deps.api.addrValidate(marketing));
  }

  if (marketingInfo.project === null && marketingInfo.description === null && marketingInfo.marketing === null && marketingInfo.logo === null) {
    MARKETING_INFO.remove(deps.storage);
  } else {
    MARKETING_INFO.save(deps.storage, marketingInfo);
  }
  return ok(Response.new().addAttribute("action", "update_marketing"));
}

function executeUploadLogo(deps: Deps, env: Env, info: MessageInfo, logo: Logo): Result<Response> {
  const marketingInfo = MARKETING_INFO.mayLoad(deps.storage);
  if (marketingInfo === null) return err<Response>(ContractError.Unauthorized);
  $check(verifyLogo(logo));
  const current = marketingInfo.marketing;
  if (current === null || current != info.sender) return err<Response>(ContractError.Unauthorized);

  LOGO.save(deps.storage, logo);
  marketingInfo.logo = logoInfoOf(logo);
  MARKETING_INFO.save(deps.storage, marketingInfo);
  return ok(Response.new().addAttribute("action", "upload_logo"));
}

// ---------------------------------------------------------------- query

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const msg = $try(QueryMsg.parse(raw));
  switch (msg.kind) {
    case QueryMsgKind.Balance:
      return queryBalance(deps, msg.balance!.address);
    case QueryMsgKind.TokenInfo:
      return queryTokenInfo(deps);
    case QueryMsgKind.Minter:
      return queryMinter(deps);
    case QueryMsgKind.Allowance:
      return queryAllowance(deps, msg.allowance!);
    case QueryMsgKind.AllAllowances:
      return queryOwnerAllowances(deps, msg.allAllowances!);
    case QueryMsgKind.AllSpenderAllowances:
      return querySpenderAllowances(deps, msg.allSpenderAllowances!);
    case QueryMsgKind.AllAccounts:
      return queryAllAccounts(deps, msg.allAccounts!);
    case QueryMsgKind.MarketingInfo:
      return queryMarketingInfo(deps);
    default:
      return queryDownloadLogo(deps);
  }
}

function queryBalance(deps: Deps, address: string): Result<Binary> {
  const addr = $try(deps.api.addrValidate(address));
  const b = BALANCES.mayLoad(deps.storage, addr);
  return ok(toJsonBinary(new BalanceResponse(b === null ? Uint128.zero() : b)));
}

function queryTokenInfo(deps: Deps): Result<Binary> {
  const info = $try(TOKEN_INFO.load(deps.storage));
  return ok(toJsonBinary(new TokenInfoResponse(info.name, info.symbol, info.decimals, info.totalSupply)));
}

/** `Option<MinterResponse>`: null or the minter. */
function queryMinter(deps: Deps): Result<Binary> {
  const token = $try(TOKEN_INFO.load(deps.storage));
  const mint = token.mint;
  return ok(mint === null ? Binary.fromString("null") : toJsonBinary(new MinterResponse(mint.minter, mint.cap)));
}

function queryMarketingInfo(deps: Deps): Result<Binary> {
  const m = MARKETING_INFO.mayLoad(deps.storage);
  return ok(toJsonBinary<MarketingInfoResponse>(m === null ? new MarketingInfoResponse() : m!));
}

function queryDownloadLogo(deps: Deps): Result<Binary> {
  const logo = $try(LOGO.load(deps.storage));
  if (logo.kind == LogoKind.Embedded) {
    const e = logo.embedded!;
    if (e.kind == EmbeddedLogoKind.Svg) return ok(toJsonBinary(new DownloadLogoResponse("image/svg+xml", e.svg!)));
    return ok(toJsonBinary(new DownloadLogoResponse("image/png", e.png!)));
  }
  return err<Binary>(notFound("logo"));
}

// ---------------------------------------------------------------- migrate

/** Semantic version as (major, minor, patch); pre-release/build suffixes are ignored. */
function parseVersion(v: string): u64[] | null {
  let core = v;
  const dash = core.indexOf("-");
  if (dash >= 0) core = core.substring(0, dash);
  const plus = core.indexOf("+");
  if (plus >= 0) core = core.substring(0, plus);
  const parts = core.split(".");
  if (parts.length != 3) return null;
  const out = new Array<u64>(3);
  for (let i = 0; i < 3; i++) {
    const p = parts[i];
    if (p.length == 0) return null;
    let n: u64 = 0;
    for (let k = 0; k < p.length; k++) {
      const c = p.charCodeAt(k);
      if (c < 48 || c > 57) return null;
      n = n * 10 + <u64>(c - 48);
    }
    out[i] = n;
  }
  return out;
}

function cmpVersion(a: u64[], b: u64[]): i32 {
  for (let i = 0; i < 3; i++) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function handleMigrate(deps: Deps, env: Env, raw: Uint8Array): Result<Response> {
  $try(MigrateMsg.parse(raw));

  // cw-utils ensure_from_older_version
  const version = parseVersion(CONTRACT_VERSION)!;
  const stored = $try(CONTRACT_INFO.load(deps.storage));
  const storageVersion = parseVersion(stored.version);
  if (storageVersion === null) return err<Response>(genericErr("Semver: unexpected version " + stored.version));
  if (stored.contract != CONTRACT_NAME) {
    return err<Response>(genericErr("Cannot migrate from " + stored.contract + " to " + CONTRACT_NAME));
  }
  const c = cmpVersion(storageVersion, version);
  if (c > 0) {
    return err<Response>(genericErr("Cannot migrate from newer version (" + stored.version + ") to older (" + CONTRACT_VERSION + ")"));
  }
  if (c < 0) setContractVersion(deps, CONTRACT_NAME, CONTRACT_VERSION);

  if (cmpVersion(storageVersion, [0, 14, 0]) < 0) {
    // build the reverse map of allowances per spender
    const entries = ALLOWANCES.range(deps.storage, null, null, Order.Ascending).collect();
    for (let i = 0; i < entries.length; i++) {
      const key = entries[i].key; // u16be(len(owner)) owner spender
      const ownerLen = (<i32>key[0] << 8) | <i32>key[1];
      const owner = String.UTF8.decodeUnsafe(key.dataStart + 2, <usize>ownerLen);
      const spender = String.UTF8.decodeUnsafe(key.dataStart + 2 + <usize>ownerLen, <usize>(key.length - 2 - ownerLen));
      ALLOWANCES_SPENDER.save(deps.storage, pairOf(spender, owner), entries[i].value);
    }
  }
  return ok(Response.new());
}

function pairOf(a: string, b: string): Pair<string, string> {
  return pair<string, string>(a, b);
}
