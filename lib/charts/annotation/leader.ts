import type { Box } from '../shared/box';

export type Segment = { x1: number; y1: number; x2: number; y2: number };

/** Whether the segment passes through the inside of `box` (touching its edge is not crossing). */
export function segmentCrossesBox({ x1, y1, x2, y2 }: Segment, box: Box): boolean {
  // Liang–Barsky: clip the segment's parameter range to each of the box's four slabs.
  const dx = x2 - x1;
  const dy = y2 - y1;
  let from = 0;
  let to = 1;
  const slabs: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of slabs) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) from = Math.max(from, t);
    else to = Math.min(to, t);
    if (from >= to) return false;
  }
  return true;
}

/** Points along a box's four edges, at most `spacing` apart and `most` in all, corners left out (a line there grazes the box). */
function edgePoints(box: Box, spacing: number, most: number): { x: number; y: number }[] {
  const step = Math.max(spacing, (2 * (box.width + box.height)) / most);
  const along = (length: number) =>
    Array.from({ length: Math.max(1, Math.floor(length / step)) }, (_, i) => ((i + 0.5) * length) / Math.max(1, Math.floor(length / step)));
  return [
    ...along(box.width).flatMap((dx) => [
      { x: box.x + dx, y: box.y },
      { x: box.x + dx, y: box.y + box.height },
    ]),
    ...along(box.height).flatMap((dy) => [
      { x: box.x, y: box.y + dy },
      { x: box.x + box.width, y: box.y + dy },
    ]),
  ];
}

function shrink(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by) };
}

function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

/**
 * The leader line from a note to its target that crosses no label (kept `clearance` away) nor the
 * note or the target themselves: the straight one between their nearest edges when that is clear,
 * else the shortest between points along their edges. Null when every line crosses a label.
 */
export function findClearLeader(
  note: Box,
  target: Box,
  labels: readonly Box[],
  { preferred, clearance }: { preferred: Segment; clearance: number },
): Segment | null {
  const obstacles = labels.map((label) => inflate(label, clearance));
  const own = [shrink(note, 0.5), shrink(target, 0.5)];
  const isClear = (segment: Segment) =>
    !obstacles.some((box) => segmentCrossesBox(segment, box)) && !own.some((box) => segmentCrossesBox(segment, box));
  if (isClear(preferred)) return preferred;
  const froms = edgePoints(note, 4, 160);
  const tos = edgePoints(target, 4, 64);
  const segments = froms.flatMap((from) => tos.map((to) => ({ x1: from.x, y1: from.y, x2: to.x, y2: to.y })));
  const length = (s: Segment) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1);
  segments.sort((a, b) => length(a) - length(b));
  return segments.find(isClear) ?? null;
}
