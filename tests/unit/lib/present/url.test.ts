import { describe, expect, test, vi } from 'vitest';
import { getStepCounts } from '@/lib/present/deck';
import { parseDeckPosition, toDeckQuery } from '@/lib/present/url';

vi.mock('server-only', () => ({}));
// The deck as it is shown: its chart slides come from the chart list.
const { DECK_SLIDE_IDS } = await import('@/components/present/deck-charts');
const STEPS = getStepCounts(DECK_SLIDE_IDS, 20);

describe('parseDeckPosition', () => {
  test('reads ?slide=3&step=5 as the timeline at its fifth milestone', () => {
    expect(parseDeckPosition({ slide: '3', step: '5' }, STEPS)).toEqual({ slide: 3, step: 5 });
  });

  test('opens the first slide without or with an unreadable slide number', () => {
    expect(parseDeckPosition({}, STEPS)).toEqual({ slide: 1, step: 1 });
    expect(parseDeckPosition({ slide: 'abc', step: '2' }, STEPS)).toEqual({ slide: 1, step: 1 });
    expect(parseDeckPosition({ slide: '-2' }, STEPS)).toEqual({ slide: 1, step: 1 });
    expect(parseDeckPosition({ slide: '2.5' }, STEPS)).toEqual({ slide: 1, step: 1 });
  });

  test('keeps numbers past the end on the last slide or step', () => {
    expect(parseDeckPosition({ slide: '99' }, STEPS)).toEqual({ slide: STEPS.length, step: 1 });
    expect(parseDeckPosition({ slide: '3', step: '99' }, STEPS)).toEqual({ slide: 3, step: 21 });
    expect(parseDeckPosition({ slide: '4', step: '5' }, STEPS)).toEqual({ slide: 4, step: 1 });
    expect(parseDeckPosition({ slide: '0', step: '0' }, STEPS)).toEqual({ slide: 1, step: 1 });
  });

  test('takes the first of repeated parameters', () => {
    expect(parseDeckPosition({ slide: ['3', '5'], step: ['2'] }, STEPS)).toEqual({ slide: 3, step: 2 });
  });
});

describe('toDeckQuery', () => {
  test('writes slide and step, and parses back to the same position', () => {
    expect(toDeckQuery({ slide: 3, step: 5 })).toBe('slide=3&step=5');
    const params = Object.fromEntries(new URLSearchParams(toDeckQuery({ slide: 3, step: 12 })));
    expect(parseDeckPosition(params, STEPS)).toEqual({ slide: 3, step: 12 });
  });
});
