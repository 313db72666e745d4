import { describe, expect, test, vi } from 'vitest';
import { getStepCounts } from '@/lib/present/deck';
import { clampDeckPosition, moveDeck } from '@/lib/present/navigate';

vi.mock('server-only', () => ({}));
// The deck as it is shown: its chart slides come from the chart list.
const { DECK_SLIDE_IDS: SLIDE_IDS } = await import('@/components/present/deck-charts');
const STEPS = getStepCounts(SLIDE_IDS, 20);

describe('getStepCounts', () => {
  test('gives the timeline one step per milestone and one showing them all, trends one per milestone on its axis and one with every year, the application modes one per mode and one with the whole tree, every other slide one step', () => {
    expect(STEPS).toHaveLength(SLIDE_IDS.length);
    expect(STEPS[SLIDE_IDS.indexOf('timeline')]).toBe(21);
    expect(STEPS[SLIDE_IDS.indexOf('trends')]).toBe(5);
    expect(STEPS[SLIDE_IDS.indexOf('application-modes')]).toBe(4);
    expect(STEPS.reduce((a, b) => a + b, 0)).toBe(SLIDE_IDS.length - 3 + 21 + 5 + 4);
  });

  test('puts the deck in lecture order: title, stages, timeline … sources', () => {
    expect(SLIDE_IDS).toEqual([
      'title',
      'stages',
      'timeline',
      'coverage',
      'france',
      'united-states',
      'application-modes',
      'trends',
      'sources',
    ]);
  });
});

describe('moveDeck', () => {
  test('next walks the timeline step by step, then moves to the next slide', () => {
    expect(moveDeck(STEPS, { slide: 2, step: 1 }, { type: 'next' })).toEqual({ slide: 3, step: 1 });
    expect(moveDeck(STEPS, { slide: 3, step: 1 }, { type: 'next' })).toEqual({ slide: 3, step: 2 });
    expect(moveDeck(STEPS, { slide: 3, step: 21 }, { type: 'next' })).toEqual({ slide: 4, step: 1 });
  });

  test('previous onto the timeline lands on its last step', () => {
    expect(moveDeck(STEPS, { slide: 4, step: 1 }, { type: 'previous' })).toEqual({ slide: 3, step: 21 });
    expect(moveDeck(STEPS, { slide: 3, step: 1 }, { type: 'previous' })).toEqual({ slide: 2, step: 1 });
  });

  test('stays put at either end', () => {
    expect(moveDeck(STEPS, { slide: 1, step: 1 }, { type: 'previous' })).toEqual({ slide: 1, step: 1 });
    expect(moveDeck(STEPS, { slide: STEPS.length, step: 1 }, { type: 'next' })).toEqual({ slide: STEPS.length, step: 1 });
  });

  test('first and last go to the first and the final step of the deck', () => {
    expect(moveDeck(STEPS, { slide: 5, step: 1 }, { type: 'first' })).toEqual({ slide: 1, step: 1 });
    expect(moveDeck([1, 4], { slide: 1, step: 1 }, { type: 'last' })).toEqual({ slide: 2, step: 4 });
  });

  test('jump opens a slide at its first step and ignores numbers outside the deck', () => {
    expect(moveDeck(STEPS, { slide: 1, step: 1 }, { type: 'jump', slide: 3 })).toEqual({ slide: 3, step: 1 });
    expect(moveDeck(STEPS, { slide: 5, step: 1 }, { type: 'jump', slide: 0 })).toEqual({ slide: 5, step: 1 });
    expect(moveDeck(STEPS, { slide: 5, step: 1 }, { type: 'jump', slide: STEPS.length + 1 })).toEqual({ slide: 5, step: 1 });
  });

  test('next from the first step reaches the end in as many presses as there are steps', () => {
    let position = { slide: 1, step: 1 };
    let presses = 0;
    while (presses < 100) {
      const next = moveDeck(STEPS, position, { type: 'next' });
      if (next.slide === position.slide && next.step === position.step) break;
      position = next;
      presses++;
    }
    expect(position).toEqual({ slide: STEPS.length, step: 1 });
    expect(presses).toBe(STEPS.reduce((a, b) => a + b, 0) - 1);
  });
});

test('clampDeckPosition(steps, position) keeps a position another window sends within this deck', () => {
  expect(clampDeckPosition([1, 3, 1], { slide: 2, step: 2 })).toEqual({ slide: 2, step: 2 });
  expect(clampDeckPosition([1, 3, 1], { slide: 9, step: 4 })).toEqual({ slide: 3, step: 1 });
  expect(clampDeckPosition([1, 3, 1], { slide: 2, step: 9 })).toEqual({ slide: 2, step: 3 });
});
