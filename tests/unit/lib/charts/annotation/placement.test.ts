import { describe, expect, test } from 'vitest';
import { placeNote } from '@/lib/charts/annotation/placement';
import { boxesIntersect, type Box } from '@/lib/charts/shared/box';

const BOUNDS: Box = { x: 0, y: 0, width: 800, height: 400 };
const SIZE = { width: 200, height: 60 };
const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

describe('placeNote', () => {
  test('puts the note right of its target when that side is free, with a leader to the target', () => {
    const target = { x: 100, y: 170, width: 100, height: 60 };
    const { box, clear, leader } = placeNote({ target, size: SIZE, bounds: BOUNDS, labels: [], marks: [], gap: 10 });
    expect(box).toEqual({ x: 210, y: 170, width: 200, height: 60 });
    expect(clear).toBe(true);
    expect(leader).toEqual({ x1: 210, y1: 200, x2: 200, y2: 200 });
  });

  test('goes to another side when labels fill the first, and never covers a label it can avoid', () => {
    const target = { x: 300, y: 170, width: 100, height: 60 };
    const labels = [
      { x: 405, y: 100, width: 395, height: 200 },
      { x: 0, y: 100, width: 295, height: 200 },
    ];
    const { box, clear } = placeNote({ target, size: SIZE, bounds: BOUNDS, labels, marks: [], gap: 10 });
    expect(clear).toBe(true);
    expect(labels.some((label) => boxesIntersect(box, label))).toBe(false);
    expect(boxesIntersect(box, target)).toBe(false);
    expect(inside(box, BOUNDS)).toBe(true);
  });

  test('stays inside the chart for a target at its edge', () => {
    const target = { x: 700, y: 0, width: 100, height: 40 };
    const { box } = placeNote({ target, size: SIZE, bounds: BOUNDS, labels: [], marks: [], gap: 10 });
    expect(inside(box, BOUNDS)).toBe(true);
    expect(boxesIntersect(box, target)).toBe(false);
  });

  test('finds the one free place in a chart full of labels, far from the target if it must', () => {
    const target = { x: 0, y: 0, width: 100, height: 40 };
    // Labels everywhere but a 220 × 80 hole in the bottom-right corner.
    const labels = [
      { x: 0, y: 0, width: 800, height: 320 },
      { x: 0, y: 320, width: 580, height: 80 },
    ];
    const { box, clear } = placeNote({ target, size: SIZE, bounds: BOUNDS, labels, marks: [], gap: 10 });
    expect(clear).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(580);
    expect(box.y).toBeGreaterThanOrEqual(320);
  });

  test('says when no place avoids every label, and then covers as little as it can', () => {
    const labels = [{ x: 0, y: 0, width: 800, height: 390 }];
    const { box, clear } = placeNote({ target: null, size: SIZE, bounds: BOUNDS, labels, marks: [], gap: 0 });
    expect(clear).toBe(false);
    expect(box.y).toBe(340);
  });

  test('prefers not to cover marks when labels allow it', () => {
    const target = { x: 300, y: 170, width: 100, height: 60 };
    const marks = [{ x: 405, y: 0, width: 395, height: 400 }];
    const { box } = placeNote({ target, size: SIZE, bounds: BOUNDS, labels: [], marks, gap: 10 });
    expect(boxesIntersect(box, marks[0]!)).toBe(false);
  });
});
