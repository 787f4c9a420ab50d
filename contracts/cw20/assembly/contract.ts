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
  Binary,
  Uint128,
  WasmMsg,
  parseMsg,
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
  ExecuteKind,
  QueryMsg,
  QueryKind,
  MigrateMsg,
  Cw20Coin,
  Logo,
  LogoKind,
  LogoInfo,
  MarketingInfoResponse,
  BalanceResponse,
  TokenInfoResponse,
  MinterResponse,
  MinterAnswer,
  DownloadLogoResponse,
  receiveMsgJson,
  INSTANTIATE_MSG_TYPE,
  EXECUTE_MSG_TYPE,
  QUERY_MSG_TYPE,
  MIGRATE_MSG_TYPE,
} from "./msg";
import {
  TokenInfo,
  MinterData,
  ContractVersion,
  CONTRACT_INFO,
  TOKEN_INFO,
  MARKETING_INFO,
  LOGO,
  BALANCES,
  ALLOWANCES,
  ALLOWANCES_SPENDER,
  moveBalance,
  burnBalance,
  addBalance,
} from "./state";
import * as E from "./error";
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
  if (data.length == 0) return E.INVALID_XML_PREAMBLE;
  let end = 0;
  while (end < data.length && data[end] != 0x3e) end++;
  const pieceLen = end < data.length ? end + 1 : data.length;
  const prefix = "<?xml ";
  if (pieceLen < prefix.length) return E.INVALID_XML_PREAMBLE;
  for (let i = 0; i < prefix.length; i++) if (<i32>data[i] != prefix.charCodeAt(i)) return E.INVALID_XML_PREAMBLE;
  if (pieceLen < 2 || data[pieceLen - 2] != 0x3f || data[pieceLen - 1] != 0x3e) return E.INVALID_XML_PREAMBLE;
  return null;
}

const PNG_HEADER: u8[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function verifyLogo(logo: Logo): string | null {
  if (logo.kind == LogoKind.Svg) {
    const e = verifyXmlPreamble(logo.data.data);
    if (e !== null) return e;
    if (logo.data.length > LOGO_SIZE_CAP) return E.LOGO_TOO_BIG;
    return null;
  }
  if (logo.kind == LogoKind.Png) {
    if (logo.data.length > LOGO_SIZE_CAP) return E.LOGO_TOO_BIG;
    if (logo.data.length < 8) return E.INVALID_PNG_HEADER;
    for (let i = 0; i < 8; i++) if (logo.data.data[i] != PNG_HEADER[i]) return E.INVALID_PNG_HEADER;
    return null;
  }
  return null;
}

function logoInfoOf(logo: Logo): LogoInfo {
  return logo.kind == LogoKind.Url ? new LogoInfo(true, logo.url) : LogoInfo.embedded();
}

// ---------------------------------------------------------------- instantiate

function handleInstantiate(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const parsed = parseMsg<InstantiateMsg>(raw, INSTANTIATE_MSG_TYPE, InstantiateMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();
  const msg = parsed.value;

  setContractVersion(deps, CONTRACT_NAME, CONTRACT_VERSION);
  // check valid token info
  if (!hasValidName(msg.name)) return err<Response>(E.INVALID_NAME);
  if (!hasValidSymbol(msg.symbol)) return err<Response>(E.INVALID_SYMBOL);
  if (msg.decimals > 18) return err<Response>(E.INVALID_DECIMALS);

  // create initial accounts
  const supply = createAccounts(deps, msg.initialBalances);
  if (supply.isErr) return supply.castErr<Response>();
  const totalSupply = supply.value;

  const cap = msg.getCap();
  if (cap !== null && totalSupply.gt(cap)) return err<Response>(E.INITIAL_SUPPLY_OVER_CAP);

  let mint: MinterData | null = null;
  const m = msg.mint;
  if (m !== null) {
    const minter = deps.api.addrValidate(m.minter);
    if (minter.isErr) return minter.castErr<Response>();
    mint = new MinterData(minter.value, m.cap);
  }

  const data = new TokenInfo();
  data.name = msg.name;
  data.symbol = msg.symbol;
  data.decimals = msg.decimals;
  data.totalSupply = totalSupply;
  data.mint = mint;
  TOKEN_INFO.save(deps.storage, data);

  const marketing = msg.marketing;
  if (marketing !== null) {
    let logoInfo: LogoInfo | null = null;
    const logo = marketing.logo;
    if (logo !== null) {
      const e = verifyLogo(logo);
      if (e !== null) return err<Response>(e);
      LOGO.save(deps.storage, logo);
      logoInfo = logoInfoOf(logo);
    }
    const info = new MarketingInfoResponse();
    info.project = marketing.project;
    info.description = marketing.description;
    const mk = marketing.marketing;
    if (mk !== null) {
      const addr = deps.api.addrValidate(mk);
      if (addr.isErr) return addr.castErr<Response>();
      info.marketing = addr.value;
    }
    info.logo = logoInfo;
    MARKETING_INFO.save(deps.storage, info);
  }

  return ok(Response.new());
}

function createAccounts(deps: Deps, accounts: Cw20Coin[]): Result<Uint128> {
  // validate_accounts: no address twice
  for (let i = 0; i < accounts.length; i++) {
    for (let j = i + 1; j < accounts.length; j++) {
      if (accounts[i].address == accounts[j].address) return err<Uint128>(E.DUPLICATE_INITIAL_BALANCE_ADDRESSES);
    }
  }
  let total = Uint128.zero();
  for (let i = 0; i < accounts.length; i++) {
    const row = accounts[i];
    const addr = deps.api.addrValidate(row.address);
    if (addr.isErr) return addr.castErr<Uint128>();
    BALANCES.save(deps.storage, addr.value, row.amount);
    total = total + row.amount;
  }
  return ok(total);
}

// ---------------------------------------------------------------- execute

function handleExecute(deps: Deps, env: Env, info: MessageInfo, raw: Uint8Array): Result<Response> {
  const parsed = parseMsg<ExecuteMsg>(raw, EXECUTE_MSG_TYPE, ExecuteMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();
  const msg = parsed.value;
  switch (msg.kind) {
    case ExecuteKind.Transfer:
      return executeTransfer(deps, env, info, msg.recipient, msg.amount);
    case ExecuteKind.Burn:
      return executeBurn(deps, env, info, msg.amount);
    case ExecuteKind.Send:
      return executeSend(deps, env, info, msg.contract, msg.amount, msg.msg);
    case ExecuteKind.Mint:
      return executeMint(deps, env, info, msg.recipient, msg.amount);
    case ExecuteKind.IncreaseAllowance:
      return executeIncreaseAllowance(deps, env, info, msg.spender, msg.amount, msg.expires);
    case ExecuteKind.DecreaseAllowance:
      return executeDecreaseAllowance(deps, env, info, msg.spender, msg.amount, msg.expires);
    case ExecuteKind.TransferFrom:
      return executeTransferFrom(deps, env, info, msg.owner, msg.recipient, msg.amount);
    case ExecuteKind.BurnFrom:
      return executeBurnFrom(deps, env, info, msg.owner, msg.amount);
    case ExecuteKind.SendFrom:
      return executeSendFrom(deps, env, info, msg.owner, msg.contract, msg.amount, msg.msg);
    case ExecuteKind.UpdateMarketing:
      return executeUpdateMarketing(deps, env, info, msg.project, msg.description, msg.marketing);
    case ExecuteKind.UploadLogo:
      return executeUploadLogo(deps, env, info, msg.logo!);
    default:
      return executeUpdateMinter(deps, env, info, msg.newMinter);
  }
}

function executeTransfer(deps: Deps, env: Env, info: MessageInfo, recipient: string, amount: Uint128): Result<Response> {
  const rcpt = deps.api.addrValidate(recipient);
  if (rcpt.isErr) return rcpt.castErr<Response>();
  const e = moveBalance(deps, info.sender, rcpt.value, amount);
  if (e !== null) return err<Response>(e);
  return ok(
    Response.new()
      .addAttribute("action", "transfer")
      .addAttribute("from", info.sender)
      .addAttribute("to", recipient)
      .addAttribute("amount", amount.toString()),
  );
}

function executeBurn(deps: Deps, env: Env, info: MessageInfo, amount: Uint128): Result<Response> {
  const e = burnBalance(deps, info.sender, amount);
  if (e !== null) return err<Response>(e);
  return ok(
    Response.new().addAttribute("action", "burn").addAttribute("from", info.sender).addAttribute("amount", amount.toString()),
  );
}

function executeMint(deps: Deps, env: Env, info: MessageInfo, recipient: string, amount: Uint128): Result<Response> {
  const config = TOKEN_INFO.mayLoad(deps.storage);
  if (config === null) return err<Response>(E.UNAUTHORIZED);
  const mint = config.mint;
  if (mint === null || mint.minter != info.sender) return err<Response>(E.UNAUTHORIZED);

  // update supply and enforce cap
  config.totalSupply = config.totalSupply + amount;
  const cap = config.getCap();
  if (cap !== null && config.totalSupply.gt(cap)) return err<Response>(E.CANNOT_EXCEED_CAP);
  TOKEN_INFO.save(deps.storage, config);

  // add amount to recipient balance
  const rcpt = deps.api.addrValidate(recipient);
  if (rcpt.isErr) return rcpt.castErr<Response>();
  addBalance(deps, rcpt.value, amount);

  return ok(Response.new().addAttribute("action", "mint").addAttribute("to", recipient).addAttribute("amount", amount.toString()));
}

function executeSend(deps: Deps, env: Env, info: MessageInfo, contract: string, amount: Uint128, msg: Binary): Result<Response> {
  const rcpt = deps.api.addrValidate(contract);
  if (rcpt.isErr) return rcpt.castErr<Response>();
  // move the tokens to the contract
  const e = moveBalance(deps, info.sender, rcpt.value, amount);
  if (e !== null) return err<Response>(e);

  return ok(
    Response.new()
      .addAttribute("action", "send")
      .addAttribute("from", info.sender)
      .addAttribute("to", contract)
      .addAttribute("amount", amount.toString())
      .addMessage(WasmMsg.execute(contract, receiveMsgJson(info.sender, amount, msg), [])),
  );
}

function executeUpdateMinter(deps: Deps, env: Env, info: MessageInfo, newMinter: string | null): Result<Response> {
  const config = TOKEN_INFO.mayLoad(deps.storage);
  if (config === null) return err<Response>(E.UNAUTHORIZED);
  const mint = config.mint;
  if (mint === null || mint.minter != info.sender) return err<Response>(E.UNAUTHORIZED);

  let minterData: MinterData | null = null;
  if (newMinter !== null) {
    const addr = deps.api.addrValidate(newMinter);
    if (addr.isErr) return addr.castErr<Response>();
    minterData = new MinterData(addr.value, mint.cap);
  }
  config.mint = minterData;
  TOKEN_INFO.save(deps.storage, config);

  return ok(
    Response.new()
      .addAttribute("action", "update_minter")
      .addAttribute("new_minter", minterData !== null ? minterData.minter : "None"),
  );
}

function executeUpdateMarketing(
  deps: Deps,
  env: Env,
  info: MessageInfo,
  project: string | null,
  description: string | null,
  marketing: string | null,
): Result<Response> {
  const marketingInfo = MARKETING_INFO.mayLoad(deps.storage);
  if (marketingInfo === null) return err<Response>(E.UNAUTHORIZED);
  const current = marketingInfo.marketing;
  if (current === null || current != info.sender) return err<Response>(E.UNAUTHORIZED);

  if (project !== null) marketingInfo.project = project.trim().length == 0 ? null : project;
  if (description !== null) marketingInfo.description = description.trim().length == 0 ? null : description;
  if (marketing !== null) {
    if (marketing.trim().length == 0) {
      marketingInfo.marketing = null;
    } else {
      const addr = deps.api.addrValidate(marketing);
      if (addr.isErr) return addr.castErr<Response>();
      marketingInfo.marketing = addr.value;
    }
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
  if (marketingInfo === null) return err<Response>(E.UNAUTHORIZED);
  const e = verifyLogo(logo);
  if (e !== null) return err<Response>(e);
  const current = marketingInfo.marketing;
  if (current === null || current != info.sender) return err<Response>(E.UNAUTHORIZED);

  LOGO.save(deps.storage, logo);
  marketingInfo.logo = logoInfoOf(logo);
  MARKETING_INFO.save(deps.storage, marketingInfo);
  return ok(Response.new().addAttribute("action", "upload_logo"));
}

// ---------------------------------------------------------------- query

function handleQuery(deps: Deps, env: Env, raw: Uint8Array): Result<Binary> {
  const parsed = parseMsg<QueryMsg>(raw, QUERY_MSG_TYPE, QueryMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Binary>();
  const msg = parsed.value;
  switch (msg.kind) {
    case QueryKind.Balance:
      return queryBalance(deps, msg.address);
    case QueryKind.TokenInfo:
      return queryTokenInfo(deps);
    case QueryKind.Minter:
      return queryMinter(deps);
    case QueryKind.Allowance:
      return queryAllowance(deps, msg.owner, msg.spender);
    case QueryKind.AllAllowances:
      return queryOwnerAllowances(deps, msg.owner, msg.startAfter, msg.hasLimit, msg.limit);
    case QueryKind.AllSpenderAllowances:
      return querySpenderAllowances(deps, msg.spender, msg.startAfter, msg.hasLimit, msg.limit);
    case QueryKind.AllAccounts:
      return queryAllAccounts(deps, msg.startAfter, msg.hasLimit, msg.limit);
    case QueryKind.MarketingInfo:
      return queryMarketingInfo(deps);
    default:
      return queryDownloadLogo(deps);
  }
}

function queryBalance(deps: Deps, address: string): Result<Binary> {
  const addr = deps.api.addrValidate(address);
  if (addr.isErr) return addr.castErr<Binary>();
  const b = BALANCES.mayLoad(deps.storage, addr.value);
  return ok(toJsonBinary(new BalanceResponse(b === null ? Uint128.zero() : b)));
}

function queryTokenInfo(deps: Deps): Result<Binary> {
  const t = TOKEN_INFO.load(deps.storage);
  if (t.isErr) return t.castErr<Binary>();
  const info = t.value;
  return ok(toJsonBinary(new TokenInfoResponse(info.name, info.symbol, info.decimals, info.totalSupply)));
}

function queryMinter(deps: Deps): Result<Binary> {
  const t = TOKEN_INFO.load(deps.storage);
  if (t.isErr) return t.castErr<Binary>();
  const mint = t.value.mint;
  let answer: MinterResponse | null = null;
  if (mint !== null) {
    answer = new MinterResponse();
    answer.minter = mint.minter;
    answer.cap = mint.cap;
  }
  return ok(toJsonBinary(new MinterAnswer(answer)));
}

function queryMarketingInfo(deps: Deps): Result<Binary> {
  const m = MARKETING_INFO.mayLoad(deps.storage);
  return ok(toJsonBinary<MarketingInfoResponse>(m === null ? new MarketingInfoResponse() : m!));
}

function queryDownloadLogo(deps: Deps): Result<Binary> {
  const l = LOGO.load(deps.storage);
  if (l.isErr) return l.castErr<Binary>();
  const logo = l.value;
  if (logo.kind == LogoKind.Svg) return ok(toJsonBinary(new DownloadLogoResponse("image/svg+xml", logo.data)));
  if (logo.kind == LogoKind.Png) return ok(toJsonBinary(new DownloadLogoResponse("image/png", logo.data)));
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
  const parsed = parseMsg<MigrateMsg>(raw, MIGRATE_MSG_TYPE, MigrateMsg.readJson);
  if (parsed.isErr) return parsed.castErr<Response>();

  // cw-utils ensure_from_older_version
  const version = parseVersion(CONTRACT_VERSION)!;
  const stored = CONTRACT_INFO.load(deps.storage);
  if (stored.isErr) return stored.castErr<Response>();
  const storageVersion = parseVersion(stored.value.version);
  if (storageVersion === null) return err<Response>(genericErr("Semver: unexpected version " + stored.value.version));
  if (stored.value.contract != CONTRACT_NAME) {
    return err<Response>(genericErr("Cannot migrate from " + stored.value.contract + " to " + CONTRACT_NAME));
  }
  const c = cmpVersion(storageVersion, version);
  if (c > 0) {
    return err<Response>(genericErr("Cannot migrate from newer version (" + stored.value.version + ") to older (" + CONTRACT_VERSION + ")"));
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
