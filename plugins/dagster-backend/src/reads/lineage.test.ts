import {
  DagsterAssetReadClient,
  DagsterLineageNode,
} from '@internal/backstage-plugin-dagster-node';
import { walkLineage } from './lineage';

/** A chain a -> b -> c -> d, and e -> c, answered from memory. */
function fakeClient() {
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['e', 'c'],
  ];
  const node = (id: string): DagsterLineageNode => ({
    key: [id],
    location: id === 'd' ? 'other' : 'main',
    repository: '__repository__',
    group: 'g',
    hasAssetChecks: false,
    upstream: edges.filter(([, to]) => to === id).map(([from]) => [from]),
    downstream: edges.filter(([from]) => from === id).map(([, to]) => [to]),
  });
  const requested: string[][] = [];
  const client = {
    getLineageNodes: async (keys: string[][]) => {
      requested.push(keys.map(k => k[0]));
      return keys.filter(k => 'abcde'.includes(k[0])).map(k => node(k[0]));
    },
  } as unknown as DagsterAssetReadClient;
  return { client, requested };
}

const ids = (walk: { nodes: DagsterLineageNode[] }) =>
  walk.nodes.map(n => n.key[0]).sort();

describe('walkLineage', () => {
  it('fetches level by level and stops at the depth', async () => {
    const { client, requested } = fakeClient();
    const walk = await walkLineage(client, [['b']], {
      depth: 1,
      direction: 'downstream',
      maxNodes: 100,
    });
    expect(ids(walk)).toEqual(['b', 'c']);
    expect(walk.edges).toEqual([{ from: 'b', to: 'c' }]);
    expect(requested).toEqual([['b'], ['c']]);
  });

  it('does not turn back: upstream of c at depth 2 leaves out siblings downstream', async () => {
    const { client } = fakeClient();
    const walk = await walkLineage(client, [['c']], {
      depth: 2,
      direction: 'upstream',
      maxNodes: 100,
    });
    expect(ids(walk)).toEqual(['a', 'b', 'c', 'e']);
    const both = await walkLineage(client, [['b']], {
      depth: 5,
      direction: 'both',
      maxNodes: 100,
    });
    expect(ids(both)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('says truncated when the node limit is hit', async () => {
    const { client } = fakeClient();
    const walk = await walkLineage(client, [['a']], {
      depth: 5,
      direction: 'downstream',
      maxNodes: 2,
    });
    expect(ids(walk)).toEqual(['a', 'b']);
    expect(walk.truncated).toBe(true);
  });

  it('throws asset-not-found when the root is unknown', async () => {
    const { client } = fakeClient();
    await expect(
      walkLineage(client, [['zz']], {
        depth: 1,
        direction: 'both',
        maxNodes: 10,
      }),
    ).rejects.toMatchObject({ name: 'DagsterAssetNotFoundError' });
  });
});
