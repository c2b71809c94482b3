import type { LayoutNode } from '../../lineage/layout/layoutGraph';

/** The nearest node from `from` in an arrow key's direction, if any. */
export function nearestInDirection(
  nodes: LayoutNode[],
  from: LayoutNode,
  direction: 'left' | 'right' | 'up' | 'down',
): LayoutNode | undefined {
  let best: LayoutNode | undefined;
  let bestScore = Infinity;
  for (const node of nodes) {
    if (node.id === from.id) continue;
    const dx = node.x - from.x;
    const dy = node.y - from.y;
    const along = { left: -dx, right: dx, up: -dy, down: dy }[direction];
    const across = direction === 'left' || direction === 'right' ? dy : dx;
    if (along <= 0) continue;
    // Straight ahead beats diagonal: sideways distance counts double.
    const score = along + 2 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = node;
    }
  }
  return best;
}
