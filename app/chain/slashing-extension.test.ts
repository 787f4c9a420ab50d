/** `authorized_slashers` in slashing's genesis (import and export) and over abci_query. */
import { describe, test } from 'node:test';
import { expect } from 'expect';
import { TestChain } from '../../multitest/chain.js';
import { AUTHORIZED_SLASHERS_QUERY_PATH, QueryAuthorizedSlashersResponse } from './slashing-extension.js';
import { MsgUpdateAuthorizedSlashers } from './slash-and-jail.js';

const query = (chain: TestChain): string[] => {
  const r = chain.m.app.query({ path: AUTHORIZED_SLASHERS_QUERY_PATH, data: new Uint8Array() });
  expect(r.code).toBe(0);
  return QueryAuthorizedSlashersResponse.decode(r.value).authorizedSlashers;
};
const exported = (chain: TestChain): Record<string, unknown> =>
  chain.withContext((ctx) => chain.m.app.modules.find((m) => m.name === 'slashing')!.exportGenesis!(ctx) as Record<string, unknown>);

describe('authorized_slashers', () => {
  test('genesis list is imported (sorted, without repeats), answered by the query and exported again', () => {
    let a = '';
    let b = '';
    const chain = TestChain.create({
      genesis: (g) => {
        a = g.addr('oracle-a');
        b = g.addr('oracle-b');
        g.set('slashing', { authorized_slashers: [b, a, b] });
      },
    });
    chain.nextBlock(); // InitChain's state is committed with the first block
    const want = [a, b].sort();
    expect(query(chain)).toEqual(want);
    expect(exported(chain)['authorized_slashers']).toEqual(want);
    // governance replaces the list; the query and the export follow
    chain.executeAs(chain.m.authority, [{ typeUrl: MsgUpdateAuthorizedSlashers.typeUrl, value: { authority: chain.m.authority, authorizedSlashers: [a] } }]);
    chain.nextBlock();
    expect(query(chain)).toEqual([a]);
    expect(exported(chain)['authorized_slashers']).toEqual([a]);
  });

  test('without the field: an empty list, and the export leaves it out', () => {
    const chain = TestChain.create();
    chain.nextBlock();
    expect(query(chain)).toEqual([]);
    expect('authorized_slashers' in exported(chain)).toBe(false);
  });

  test('a genesis entry that is not an address fails InitChain with a clear error', () => {
    expect(() => TestChain.create({ genesis: (g) => void g.set('slashing', { authorized_slashers: ['not-an-address'] }) })).toThrow(/authorized_slashers: not-an-address/);
    expect(() => TestChain.create({ genesis: (g) => void g.set('slashing', { authorized_slashers: 'mesh1xyz' }) })).toThrow(/must be a list of contract addresses/);
  });
});
