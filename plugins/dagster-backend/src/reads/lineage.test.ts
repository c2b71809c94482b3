import { DagsterLineageNode } from '@internal/backstage-plugin-dagster-node';
import { assetGraphOf, walkLineage } from './lineage';

const node = (
  id: string,
  edges: [string, string][],
  location = 'main',
): DagsterLineageNode => ({
  key: [id],
  location,
  repository: '__repository__',
  group: 'g',
  hasAssetChecks: false,
  upstream: edges.filter(([, to]) => to === id).map(([from]) => [from]),
  downstream: edges.filter(([from]) => from === id).map(([, to]) => [to]),
});

/** A chain a -> b -> c -> d, and e -> c; d lives in another location. */
function chain() {
  const edges: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['e', 'c'],
  ];
  return assetGraphOf(
    [...'abcde'].map(id => node(id, edges, id === 'd' ? 'other' : 'main')),
  );
}

const ids = (walk: { nodes: DagsterLineageNode[] }) =>
  walk.nodes.map(n => n.key[0]).sort();

describe('walkLineage', () => {
  it('stops at the depth', () => {
    const walk = walkLineage(chain(), [['b']], {
      depth: 1,
      direction: 'downstream',
    });
    expect(ids(walk)).toEqual(['b', 'c']);
    expect(walk.edges).toEqual([{ from: 'b', to: 'c' }]);
    expect(walk.truncated).toBe(false);
  });

  it('does not turn back: upstream of c at depth 2 leaves out siblings downstream', () => {
    const graph = chain();
    const up = walkLineage(graph, [['c']], {
      depth: 2,
      direction: 'upstream',
    });
    expect(ids(up)).toEqual(['a', 'b', 'c', 'e']);
    const both = walkLineage(graph, [['b']], { depth: 5, direction: 'both' });
    expect(ids(both)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('leaves out keys the graph lacks and says truncated when the node limit is hit', () => {
    const walk = walkLineage(chain(), [['a'], ['zz']], {
      depth: 5,
      direction: 'downstream',
      maxNodes: 2,
    });
    expect(ids(walk)).toEqual(['a', 'b']);
    expect(walk.truncated).toBe(true);
  });

  it('throws asset-not-found when no root is in the graph', () => {
    expect(() =>
      walkLineage(chain(), [['zz']], { depth: 1, direction: 'both' }),
    ).toThrow(expect.objectContaining({ name: 'DagsterAssetNotFoundError' }));
  });

  it('stops at 10,000 nodes, what the graph view renders, and says truncated', () => {
    const wide = walkLineage(fanOut(12_000), [['source']], {
      depth: 5,
      direction: 'downstream',
    });
    expect(wide.nodes).toHaveLength(10_000);
    expect(wide.truncated).toBe(true);
    // Below the cap nothing is cut.
    const whole = walkLineage(fanOut(4_000), [['source']], {
      depth: 5,
      direction: 'downstream',
    });
    expect(whole.nodes).toHaveLength(8_001);
    expect(whole.truncated).toBe(false);
  });
});

/** One source feeding `count` assets, each feeding one more. */
function fanOut(count: number) {
  const mids = Array.from({ length: count }, (_, i) => `mid${i}`);
  const at = (id: string, upstream: string[], downstream: string[]) => ({
    ...node(id, []),
    upstream: upstream.map(k => [k]),
    downstream: downstream.map(k => [k]),
  });
  return assetGraphOf([
    at('source', [], mids),
    ...mids.map((mid, i) => at(mid, ['source'], [`leaf${i}`])),
    ...mids.map((mid, i) => at(`leaf${i}`, [mid], [])),
  ]);
}
