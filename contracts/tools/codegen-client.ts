/**
 * Typed TypeScript clients from a contract's declarations, in the shape @cosmwasm/ts-codegen
 * generates: the message and answer types, a `<Name>QueryClient` with one async method per query
 * variant and a `<Name>Client` adding one per execute variant (`transfer({recipient, amount},
 * fee_, memo_, funds_)`). They call `queryContractSmart` / `execute` on a `ContractQuerier` /
 * `ContractExecutor` (tools/client-backend.ts): CosmJS's clients or multitest's TestChain adapter.
 */
import type { ContractDecl, Ty, StructDecl, EnumDecl, Field, SharedTypes } from './declare.js';
import { camel, pascal } from './declare.js';
import { sharedClosure } from './codegen-as.js';

const STD_ALIASES: Record<string, string> = {
  Addr: 'string',
  Uint64: 'string',
  Uint128: 'string',
  Uint256: 'string',
  Decimal: 'string',
  Binary: 'string',
  Timestamp: 'Uint64',
};

class TsTypes {
  readonly decls: string[] = [];
  private readonly done = new Set<object | string>();
  /** Types a shared module's client declares, imported (and re-exported) from there, by import path. */
  readonly imported = new Map<string, string[]>();

  /** `external`: the named types shared modules define, with the import path of their client. */
  constructor(private readonly external: ReadonlyMap<object, string> = new Map()) {}

  ts(ty: Ty): string {
    switch (ty.k) {
      case 'prim':
        if (ty.name === 'string') return 'string';
        if (ty.name === 'bool') return 'boolean';
        if (ty.name in STD_ALIASES) {
          if (ty.name === 'Timestamp') this.alias('Uint64');
          this.alias(ty.name);
          return ty.name;
        }
        return 'number';
      case 'option':
        return `${this.ts(ty.inner)} | null`;
      case 'vec': {
        const inner = this.ts(ty.inner);
        return /[ |]/.test(inner) ? `(${inner})[]` : `${inner}[]`;
      }
      case 'tuple':
        return `[${ty.items.map((i) => this.ts(i)).join(', ')}]`;
      case 'struct':
        this.named(ty, () => `export interface ${ty.name} ${this.objectType(ty.fields, '')}`);
        return ty.name;
      case 'enum':
        this.named(ty, () => `export type ${ty.name} =\n${this.enumUnion(ty).map((u) => `  | ${u}`).join('\n')};`);
        return ty.name;
    }
  }

  private alias(name: string): void {
    if (this.done.has(name)) return;
    this.done.add(name);
    this.decls.push(`export type ${name} = ${STD_ALIASES[name]};`);
  }

  private named(ty: StructDecl | EnumDecl, make: () => string): void {
    if (this.done.has(ty)) return;
    this.done.add(ty);
    const from = this.external.get(ty);
    if (from !== undefined) {
      const list = this.imported.get(from) ?? [];
      list.push(ty.name);
      this.imported.set(from, list);
      return;
    }
    const doc = ty.opts.doc ? `/** ${ty.opts.doc.replace(/\n/g, ' ')} */\n` : '';
    this.decls.push(doc + make());
  }

  objectType(fields: Field[], indent: string): string {
    if (fields.length === 0) return '{}';
    const lines = fields.map((f) => `${indent}  ${f.name}${f.ty.k === 'option' ? '?' : ''}: ${this.ts(f.ty)};`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  enumUnion(e: EnumDecl): string[] {
    return e.variants.map((v) => {
      if (v.kind === 'unit') return JSON.stringify(v.name);
      if (v.kind === 'newtype') return `{ ${v.name}: ${this.ts(v.ty)} }`;
      return `{ ${v.name}: ${v.payload ? this.objectType(v.payload.fields, '    ').replace(/\n    }$/, '\n    }') : '{}'} }`;
    });
  }
}

interface Method {
  name: string;
  /** The parameter list (before fee/memo/funds); empty for no payload. */
  params: string;
  /** The message expression. */
  msg: string;
  /** The parameter's type, for the interface. */
  paramType: string;
}

function methodOf(t: TsTypes, v: EnumDecl['variants'][number]): Method {
  const name = camel(v.name);
  if (v.kind === 'unit') return { name, params: '', paramType: '', msg: JSON.stringify(v.name) };
  if (v.kind === 'newtype') {
    const ty = t.ts(v.ty);
    return { name, params: `value: ${ty}`, paramType: `value: ${ty}`, msg: `{ ${v.name}: value }` };
  }
  if (!v.payload) return { name, params: '', paramType: '', msg: `{ ${v.name}: {} }` };
  const fields = v.payload.fields;
  const destructure = `{ ${fields.map((f) => camel(f.name)).join(', ')} }`;
  const type = `{ ${fields.map((f) => `${camel(f.name)}${f.ty.k === 'option' ? '?' : ''}: ${t.ts(f.ty)}`).join('; ')} }`;
  const body = fields.map((f) => (camel(f.name) === f.name ? f.name : `${f.name}: ${camel(f.name)}`)).join(', ');
  return { name, params: `${destructure}: ${type}`, paramType: `args: ${type}`, msg: `{ ${v.name}: { ${body} } }` };
}

/** Where each shared module's client is imported from, by the file being generated. */
export type SharedClientPaths = ReadonlyMap<SharedTypes, string>;

function externalTypes(paths: SharedClientPaths): Map<object, string> {
  const m = new Map<object, string>();
  for (const [mod, from] of paths) for (const ty of sharedClosure(mod)) m.set(ty, from);
  return m;
}

/** The imports of the shared types a file uses, re-exported so its users find every type in it. */
function sharedImports(t: TsTypes): string[] {
  const out: string[] = [];
  for (const [from, names] of t.imported) {
    const list = [...names].sort().join(', ');
    out.push(`import type { ${list} } from '${from}';`, `export type { ${list} } from '${from}';`);
  }
  return out;
}

/**
 * A shared module's types for the TypeScript clients (`<dir>/client.ts`): each declared once, the
 * ones of the modules it builds on imported from their clients (`paths`).
 */
export function generateSharedClient(mod: SharedTypes, paths: SharedClientPaths = new Map()): string {
  const t = new TsTypes(externalTypes(paths));
  for (const ty of mod.types) t.ts(ty);
  const out = [`// Generated from ${mod.declFile} by \`npm run build:contracts\` (contracts/tools/generate.ts). Do not edit.`];
  out.push('// The types of these shared declarations, in the shape @cosmwasm/ts-codegen writes; contract clients import them from here.');
  out.push(...sharedImports(t));
  out.push('');
  out.push(t.decls.join('\n\n'));
  return out.join('\n') + '\n';
}

/**
 * The generated `contracts/<name>/client.ts`. `shared` maps the shared modules the contract uses
 * to their clients' import paths: their types are imported (and re-exported), not declared again.
 */
export function generateClient(contractName: string, decl: ContractDecl, declFile: string, shared: SharedClientPaths = new Map()): string {
  const t = new TsTypes(externalTypes(shared));
  const Name = pascal(contractName);
  for (const r of [decl.instantiate, decl.execute, decl.query, decl.migrate, decl.sudo]) if (r) t.ts(r);
  const answers: Record<string, string> = {};
  for (const [k, ty] of Object.entries(decl.responses ?? {})) answers[k] = t.ts(ty);
  for (const r of decl.records ?? []) t.ts(r);

  const out: string[] = [];
  out.push(`// Generated from ${declFile} by \`npm run build:contracts\` (contracts/tools/generate.ts). Do not edit.`);
  out.push('// Types and clients in the shape @cosmwasm/ts-codegen generates from schema/' + contractName + '.json.');
  out.push(`import type { ContractQuerier, ContractExecutor, ExecuteResult, StdFee, Coin } from '../tools/client-backend.js';`);
  out.push(...sharedImports(t));
  out.push('');
  out.push(t.decls.join('\n\n'));
  out.push('');

  const q = decl.query;
  const queries = q ? q.variants.map((v) => ({ m: methodOf(t, v), ret: answers[v.name] ?? 'unknown' })) : [];
  out.push(`export interface ${Name}ReadOnlyInterface {\n  contractAddress: string;\n${queries.map(({ m, ret }) => `  ${m.name}: (${m.paramType}) => Promise<${ret}>;`).join('\n')}\n}`);
  out.push('');
  out.push(`export class ${Name}QueryClient implements ${Name}ReadOnlyInterface {`);
  out.push('  client: ContractQuerier;');
  out.push('  contractAddress: string;');
  out.push('  constructor(client: ContractQuerier, contractAddress: string) {');
  out.push('    this.client = client;');
  out.push('    this.contractAddress = contractAddress;');
  out.push('  }');
  for (const { m, ret } of queries) {
    out.push(`  ${m.name} = async (${m.params}): Promise<${ret}> => {`);
    out.push(`    return (await this.client.queryContractSmart(this.contractAddress, ${m.msg})) as ${ret};`);
    out.push('  };');
  }
  out.push('}');
  out.push('');

  const e = decl.execute;
  const execs = e && e.k === 'enum' ? e.variants.map((v) => methodOf(t, v)) : [];
  const tail = 'fee_?: number | StdFee | "auto", memo_?: string, funds_?: Coin[]';
  out.push(`export interface ${Name}Interface extends ${Name}ReadOnlyInterface {\n  contractAddress: string;\n  sender: string;\n${execs.map((m) => `  ${m.name}: (${m.paramType ? m.paramType + ', ' : ''}${tail}) => Promise<ExecuteResult>;`).join('\n')}\n}`);
  out.push('');
  out.push(`export class ${Name}Client extends ${Name}QueryClient implements ${Name}Interface {`);
  out.push('  override client: ContractExecutor;');
  out.push('  sender: string;');
  out.push('  constructor(client: ContractExecutor, sender: string, contractAddress: string) {');
  out.push('    super(client, contractAddress);');
  out.push('    this.client = client;');
  out.push('    this.sender = sender;');
  out.push('  }');
  for (const m of execs) {
    out.push(`  ${m.name} = async (${m.params ? m.params + ', ' : ''}fee_: number | StdFee | "auto" = "auto", memo_?: string, funds_?: Coin[]): Promise<ExecuteResult> => {`);
    out.push(`    return await this.client.execute(this.sender, this.contractAddress, ${m.msg}, fee_, memo_, funds_);`);
    out.push('  };');
  }
  out.push('}');
  if (decl.errors) {
    out.push('');
    out.push(`/** The display texts of ${decl.errors.name}'s variants without fields (what a failed call's error contains). */`);
    out.push(`export const ${decl.errors.name}Texts = {\n${decl.errors.variants.filter((v) => v.fields.length === 0).map((v) => `  ${v.name}: ${JSON.stringify(v.display)},`).join('\n')}\n} as const;`);
  }
  return out.join('\n') + '\n';
}
