import { describe, expect, test } from 'vitest';
import { findClearLeader, segmentCrossesBox } from '@/lib/charts/annotation/leader';

const BOX = { x: 100, y: 100, width: 50, height: 20 };

describe('segmentCrossesBox', () => {
  test('is true for a segment through the box, false for one beside it or ending on its edge', () => {
    expect(segmentCrossesBox({ x1: 90, y1: 110, x2: 160, y2: 110 }, BOX)).toBe(true);
    expect(segmentCrossesBox({ x1: 125, y1: 0, x2: 125, y2: 105 }, BOX)).toBe(true);
    expect(segmentCrossesBox({ x1: 90, y1: 90, x2: 160, y2: 95 }, BOX)).toBe(false);
    expect(segmentCrossesBox({ x1: 125, y1: 0, x2: 125, y2: 100 }, BOX)).toBe(false);
  });
});

describe('findClearLeader', () => {
  const note = { x: 0, y: 300, width: 400, height: 50 };
  const target = { x: 100, y: 100, width: 100, height: 20 };
  const preferred = { x1: 150, y1: 300, x2: 150, y2: 120 };

  test('keeps the straight line between the nearest edges when no label is in its way', () => {
    expect(findClearLeader(note, target, [], { preferred, clearance: 1 })).toEqual(preferred);
  });

  test('goes round a label under the target, crossing none', () => {
    const labels = [{ x: 90, y: 200, width: 120, height: 20 }];
    const leader = findClearLeader(note, target, labels, { preferred, clearance: 1 });
    expect(leader).not.toBeNull();
    expect(leader).not.toEqual(preferred);
    expect(segmentCrossesBox(leader!, { x: 89, y: 199, width: 122, height: 22 })).toBe(false);
  });

  test('is null when labels wall the target off', () => {
    const labels = [{ x: 0, y: 200, width: 400, height: 20 }];
    expect(findClearLeader(note, target, labels, { preferred, clearance: 1 })).toBeNull();
  });
});
