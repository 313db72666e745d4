import type { Box } from '@/lib/charts/shared/box';

/**
 * The lowest y at or below `top` where a box spanning [x0, x1] and `height` tall clears every
 * placed box by `gap` (a skyline packing: labels stack into as few rows as they need).
 */
export function findFreeY(placed: readonly Box[], x0: number, x1: number, height: number, top: number, gap: number): number {
  const overlapping = placed.filter((b) => x0 < b.x + b.width + gap && b.x < x1 + gap);
  const candidates = [top, ...overlapping.map((b) => b.y + b.height + gap)].sort((a, b) => a - b);
  for (const y of candidates) {
    if (y < top) continue;
    if (overlapping.every((b) => y + height + gap <= b.y || b.y + b.height + gap <= y)) return y;
  }
  return candidates[candidates.length - 1]!;
}

/**
 * Moves boxes along one axis so they keep their order, do not overlap, and stay as close to
 * their wanted positions as they can (clusters settle on the mean of what their members want).
 */
export function spreadInOrder(wanted: readonly number[], sizes: readonly number[], min: number, gap: number): number[] {
  type Cluster = { start: number; size: number; members: number[]; sumOffsetWanted: number };
  const clusters: Cluster[] = [];
  wanted.forEach((position, i) => {
    let cluster: Cluster = { start: position, size: sizes[i]!, members: [i], sumOffsetWanted: position };
    for (;;) {
      const previous = clusters[clusters.length - 1];
      cluster.start = Math.max(min, cluster.sumOffsetWanted / cluster.members.length);
      if (!previous || previous.start + previous.size + gap <= cluster.start) break;
      clusters.pop();
      const offset = previous.size + gap;
      cluster = {
        start: previous.start,
        size: offset + cluster.size,
        members: [...previous.members, ...cluster.members],
        sumOffsetWanted: previous.sumOffsetWanted + cluster.sumOffsetWanted - offset * cluster.members.length,
      };
    }
    clusters.push(cluster);
  });
  const positions: number[] = [];
  for (const cluster of clusters) {
    let at = cluster.start;
    for (const i of cluster.members) {
      positions[i] = at;
      at += sizes[i]! + gap;
    }
  }
  return positions;
}
