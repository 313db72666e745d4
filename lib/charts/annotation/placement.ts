import type { Box } from '../shared/box';
import { round1 } from '../shared/numbers';
import { findClearLeader, type Segment } from './leader';

export type NotePlacementInput = {
  /** The first highlighted mark, which the note points to; null for a note without a highlight. */
  target: Box | null;
  /** The note's box size. */
  size: { width: number; height: number };
  /** Where the note may go: the chart's drawing area. */
  bounds: Box;
  /** Text the note must not cover: every label of the chart. */
  labels: readonly Box[];
  /** Marks it had better not cover (bars, dots), the highlighted ones above all. */
  marks: readonly Box[];
  /** Space kept between the note and what it points to or avoids. */
  gap: number;
};

export type NotePlacement = {
  box: Box;
  /** Whether the note covers no label (false only when no place in the bounds avoids them all). */
  clear: boolean;
  /** The leader line, from the note's edge to the target's, or null when they touch or there is no target. */
  leader: Segment | null;
};

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function inflate(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function clampInto(box: Box, bounds: Box): Box {
  const x = Math.min(Math.max(box.x, bounds.x), bounds.x + bounds.width - box.width);
  const y = Math.min(Math.max(box.y, bounds.y), bounds.y + bounds.height - box.height);
  return { ...box, x: Math.max(bounds.x, x), y: Math.max(bounds.y, y) };
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The point of `box`'s edge nearest to `point`. */
function nearestOnEdge(box: Box, point: { x: number; y: number }): { x: number; y: number } {
  return {
    x: Math.min(Math.max(point.x, box.x), box.x + box.width),
    y: Math.min(Math.max(point.y, box.y), box.y + box.height),
  };
}

/**
 * Where a note goes: first the places around its target (right, left, above, below, then shifted
 * along each side), then anywhere in the bounds on a grid, the nearest place that covers no label
 * and as little of the marks as can be; with no such place, the one covering the least text.
 * Pure and deterministic, so every theme and image size places a note the same way for the same geometry.
 */
export function placeNote({ target, size, bounds, labels, marks, gap }: NotePlacementInput): NotePlacement {
  const { width, height } = size;
  const focus = target ?? { x: bounds.x + bounds.width, y: bounds.y, width: 0, height: 0 };
  const candidates: Box[] = [];
  const at = (x: number, y: number) => candidates.push(clampInto({ x, y, width, height }, bounds));
  const middleY = focus.y + focus.height / 2 - height / 2;
  const middleX = focus.x + focus.width / 2 - width / 2;
  at(focus.x + focus.width + gap, middleY);
  at(focus.x - gap - width, middleY);
  at(middleX, focus.y - gap - height);
  at(middleX, focus.y + focus.height + gap);
  for (const shift of [-1, 1, -2, 2, -3, 3]) {
    at(focus.x + focus.width + gap, middleY + (shift * height) / 2);
    at(focus.x - gap - width, middleY + (shift * height) / 2);
    at(middleX + (shift * width) / 3, focus.y - gap - height);
    at(middleX + (shift * width) / 3, focus.y + focus.height + gap);
  }
  const step = Math.max(8, Math.round(Math.min(width, height) / 3));
  // The grid, and its far edges: the band an image keeps under its chart for a note is at the bottom.
  const along = (from: number, to: number) => {
    const values: number[] = [];
    for (let value = from; value < to; value += step) values.push(value);
    return [...values, Math.max(from, to)];
  };
  for (const y of along(bounds.y, bounds.y + bounds.height - height)) {
    for (const x of along(bounds.x, bounds.x + bounds.width - width)) at(x, y);
  }
  const aim = centre(focus);
  const score = (box: Box) => {
    const padded = inflate(box, gap / 2);
    const text = labels.reduce((sum, label) => sum + overlapArea(padded, label), 0);
    const covered = marks.reduce((sum, mark) => sum + overlapArea(padded, mark), 0) + (target ? overlapArea(padded, target) * 10 : 0);
    const c = centre(box);
    return { text, covered, rest: covered + Math.hypot(c.x - aim.x, c.y - aim.y) * 0.5 };
  };
  // Right, left, above, below, in that order, when one of them covers nothing at all.
  const free = candidates.slice(0, 4).find((candidate) => {
    const { text, covered } = score(candidate);
    return text === 0 && covered === 0;
  });
  let best = free ?? candidates[0]!;
  let bestScore = score(best);
  for (const candidate of free ? [] : candidates.slice(1)) {
    const s = score(candidate);
    if (s.text < bestScore.text || (s.text === bestScore.text && s.rest < bestScore.rest)) {
      best = candidate;
      bestScore = s;
    }
  }
  if (!target) return { box: roundBox(best), clear: bestScore.text === 0, leader: null };
  // The leader crosses no label: where the best place has no clear line to the target, the next
  // clear places in order, and failing all, the best with its straight line.
  const sameAsTarget = (box: Box) => box.x === target.x && box.y === target.y && box.width === target.width && box.height === target.height;
  const others = labels.filter((label) => !sameAsTarget(label));
  const leaderOf = (box: Box) => {
    const from = nearestOnEdge(box, centre(target));
    const to = nearestOnEdge(target, from);
    if (Math.hypot(from.x - to.x, from.y - to.y) <= 2) return { leader: null, clear: true };
    const preferred = { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
    const leader = findClearLeader(box, target, others, { preferred, clearance: 1 });
    return { leader: leader ?? preferred, clear: leader !== null };
  };
  const first = leaderOf(roundBox(best));
  if (first.clear) return { box: roundBox(best), clear: bestScore.text === 0, leader: roundSegment(first.leader) };
  const alternatives = candidates
    .map((candidate) => ({ candidate, s: score(candidate) }))
    .filter(({ s }) => s.text === bestScore.text)
    .sort((a, b) => a.s.rest - b.s.rest)
    .slice(0, 24);
  for (const { candidate } of alternatives) {
    const found = leaderOf(roundBox(candidate));
    if (found.clear) return { box: roundBox(candidate), clear: bestScore.text === 0, leader: roundSegment(found.leader) };
  }
  return { box: roundBox(best), clear: bestScore.text === 0, leader: roundSegment(first.leader) };
}

function roundBox(box: Box): Box {
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}

function roundSegment(segment: Segment | null): Segment | null {
  if (!segment) return null;
  const { x1, y1, x2, y2 } = segment;
  return { x1: round1(x1), y1: round1(y1), x2: round1(x2), y2: round1(y2) };
}
