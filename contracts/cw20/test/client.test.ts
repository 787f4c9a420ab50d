/**
 * Typed clients for cw20:
 * 1. @cosmwasm/ts-codegen (the pinned devDependency, 1.14.1) reads our schema/cw20.json; the client
 *    it writes type-checks (TypeScript compiler API, strict) and runs against a TestChain through
 *    multitest's TestChainClient;
 * 2. our own generated client (contracts/cw20/client.ts, same shape) does the same, fully typed.
 */
import { describe, test, before, after } from 'node:test';
import { expect } from 'expect';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compileContract, repoRoot } from '../../tools/compile.js';
import { TestChain } from '../../../multitest/chain.js';
import { TestChainClient } from '../../../multitest/contract-client.js';
import { Cw20Client } from '../client.js';

const root = repoRoot();
const work = join(root, 'build', 'ts-codegen', 'cw20');
let wasm: Uint8Array;

/** The part of ts-codegen's Cw20Client this test calls (the module is loaded at run time). */
interface CodegenCw20Client {
  transfer(args: { amount: string; recipient: string }): Promise<unknown>;
  increaseAllowance(args: { amount: string; spender: string; expires?: unknown }): Promise<unknown>;
  transferFrom(args: { amount: string; owner: string; recipient: string }): Promise<unknown>;
  balance(args: { address: string }): Promise<{ balance: string }>;
  tokenInfo(): Promise<{ name: string; symbol: string; decimals: number; total_supply: string }>;
  allAccounts(args: { limit?: number; startAfter?: string }): Promise<{ accounts: string[] }>;
  minter(): Promise<{ minter: string; cap?: string | null } | null>;
}
type CodegenModule = { Cw20Client: new (client: TestChainClient, sender: string, contract: string) => CodegenCw20Client };

before(async () => {
  wasm = (await compileContract('contracts/cw20/assembly/contract.ts')).wasm;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'schema'), { recursive: true });
  copyFileSync(join(root, 'schema', 'cw20.json'), join(work, 'schema', 'cw20.json'));
  // the package is CommonJS with `exports.default`
  const require = createRequire(import.meta.url);
  const codegen = (require('@cosmwasm/ts-codegen') as { default: (input: object) => Promise<void> }).default;
  await codegen({
    contracts: [{ name: 'Cw20', dir: join(work, 'schema') }],
    outPath: join(work, 'out'),
    options: {
      bundle: { enabled: false },
      types: { enabled: true },
      client: { enabled: true },
      reactQuery: { enabled: false },
      recoil: { enabled: false },
      messageComposer: { enabled: false },
      messageBuilder: { enabled: false },
    },
  });
});

after(() => rmSync(work, { recursive: true, force: true }));

function setupChain(): { chain: TestChainClient; owner: string; alice: string; bob: string; carol: string; codeId: bigint } {
  const chain = TestChain.create();
  const owner = chain.addr('owner');
  return { chain: new TestChainClient(chain), owner, alice: chain.addr('alice'), bob: chain.addr('bob'), carol: chain.addr('carol'), codeId: chain.storeCode(owner, wasm) };
}

function instantiateMsg(alice: string, minter: string): { name: string; symbol: string; decimals: number; initial_balances: { address: string; amount: string }[]; mint: { minter: string; cap: null } } {
  return { name: 'Cash Token', symbol: 'CASH', decimals: 6, initial_balances: [{ address: alice, amount: '1000' }], mint: { minter, cap: null } };
}

describe('cw20 typed clients', () => {
  test('ts-codegen accepts schema/cw20.json and its client type-checks (strict)', () => {
    const files = ['Cw20.types.ts', 'Cw20.client.ts'].map((f) => join(work, 'out', f));
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const diags = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n') + (d.file ? ` (${d.file.fileName})` : ''));
    expect(diags).toEqual([]);
    const client = readFileSync(files[1]!, 'utf8');
    // one method per message variant of the schema
    for (const m of ['transfer', 'burn', 'send', 'increaseAllowance', 'decreaseAllowance', 'transferFrom', 'sendFrom', 'burnFrom', 'mint', 'updateMinter', 'updateMarketing', 'uploadLogo']) {
      expect(client).toContain(`  ${m} = async (`);
    }
    for (const q of ['balance', 'tokenInfo', 'minter', 'allowance', 'allAllowances', 'allSpenderAllowances', 'allAccounts', 'marketingInfo', 'downloadLogo']) {
      expect(client).toContain(`  ${q} = async (`);
    }
  });

  test("ts-codegen's client calls our cw20 on a TestChain", async () => {
    // run the generated client: its imports are types only, so a plain transpile has none left
    const src = readFileSync(join(work, 'out', 'Cw20.client.ts'), 'utf8');
    const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    expect(js).not.toMatch(/^import /m);
    const jsPath = join(work, 'out', 'Cw20.client.mjs');
    writeFileSync(jsPath, js);
    const mod = (await import(pathToFileURL(jsPath).href)) as CodegenModule;

    const { chain, owner, alice, bob, carol, codeId } = setupChain();
    const { contractAddress } = await chain.instantiate(owner, codeId, instantiateMsg(alice, owner), 'cash');
    const asAlice = new mod.Cw20Client(chain, alice, contractAddress);
    await asAlice.transfer({ recipient: bob, amount: '100' });
    expect(await asAlice.balance({ address: bob })).toEqual({ balance: '100' });
    await asAlice.increaseAllowance({ spender: bob, amount: '50' });
    await new mod.Cw20Client(chain, bob, contractAddress).transferFrom({ owner: alice, recipient: carol, amount: '20' });
    expect(await asAlice.balance({ address: carol })).toEqual({ balance: '20' });
    expect(await asAlice.tokenInfo()).toEqual({ name: 'Cash Token', symbol: 'CASH', decimals: 6, total_supply: '1000' });
    expect((await asAlice.allAccounts({ limit: 2 })).accounts).toHaveLength(2);
    expect(await asAlice.minter()).toEqual({ minter: owner, cap: null });
    await expect(asAlice.transfer({ recipient: bob, amount: '100000' })).rejects.toThrow('Overflow: Cannot Sub with 880 and 100000');
  });

  test('our generated client (contracts/cw20/client.ts) over TestChain', async () => {
    const { chain, owner, alice, bob, codeId } = setupChain();
    const { contractAddress } = await chain.instantiate(owner, codeId, instantiateMsg(alice, owner), 'cash');
    const token = new Cw20Client(chain, alice, contractAddress);
    const res = await token.transfer({ recipient: bob, amount: '250' });
    const wasmEvent = res.events.find((e) => e.type === 'wasm');
    expect(wasmEvent?.attributes.find((a) => a.key === 'action')?.value).toBe('transfer');
    expect(await token.balance({ address: bob })).toEqual({ balance: '250' });
    await token.increaseAllowance({ spender: bob, amount: '10', expires: { at_height: 1_000_000 } });
    expect(await token.allowance({ owner: alice, spender: bob })).toEqual({ allowance: '10', expires: { at_height: 1_000_000 } });
    await new Cw20Client(chain, owner, contractAddress).mint({ recipient: bob, amount: '5' });
    expect(await token.tokenInfo()).toMatchObject({ total_supply: '1005' });
    await expect(token.mint({ recipient: bob, amount: '5' })).rejects.toThrow('Unauthorized');
  });
});
