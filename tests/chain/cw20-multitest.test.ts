/** cw20_base (Rust) and our AssemblyScript cw20 behave the same through the harness on the real app. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { existsSync, readFileSync } from 'node:fs';
import { TestChain } from '../../multitest/chain.js';
import { loadTestdata } from '../../runtime/test/testkit/shared-testdata.js';

const cases: [string, () => Uint8Array][] = [
  ['cw20_base.wasm', () => loadTestdata('cw-plus/cw20_base.wasm')],
  ['build/cw20.wasm', () => new Uint8Array(readFileSync('build/cw20.wasm'))],
];

describe('cw20 through the harness', () => {
  for (const [name, load] of cases) {
    test(name, { skip: name.startsWith('build/') && !existsSync('build/cw20.wasm') ? 'run npm run build first' : false }, () => {
      const chain = TestChain.create();
      const [owner, alice, bob] = [chain.addr('owner'), chain.addr('alice'), chain.addr('bob')];
      const code = chain.storeCode(owner, load());
      const { address: token } = chain.instantiate(code, owner, { name: 'Mesh Token', symbol: 'MESH', decimals: 6, initial_balances: [{ address: alice, amount: '1000' }], mint: { minter: owner } }, { label: 'mesh' });
      const snap = chain.snapshot();
      const t = chain.execute(alice, token, { transfer: { recipient: bob, amount: '250' } });
      const wasm = t.events.find((e) => e.type === 'wasm')!;
      expect(wasm.attributes.map((a) => [a.key, a.value])).toEqual([
        ['_contract_address', token],
        ['action', 'transfer'],
        ['from', alice],
        ['to', bob],
        ['amount', '250'],
      ]);
      expect(chain.query(token, { balance: { address: bob } })).toEqual({ balance: '250' });
      expect(() => chain.execute(bob, token, { transfer: { recipient: alice, amount: '251' } })).toThrow(/Cannot Sub with 250 and 251|Overflow/);
      chain.execute(owner, token, { mint: { recipient: bob, amount: '5' } });
      expect(chain.query(token, { token_info: {} })).toEqual({ name: 'Mesh Token', symbol: 'MESH', decimals: 6, total_supply: '1005' });
      chain.nextBlock();
      chain.restore(snap);
      expect(chain.query(token, { balance: { address: bob } })).toEqual({ balance: '0' });
    });
  }
});
