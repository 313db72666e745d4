import { describe, expect, test, vi } from 'vitest';
import { getStepCounts } from '@/lib/present/deck';
import { isClickerKey, pressDeckKey, type DeckState } from '@/lib/present/keys';

vi.mock('server-only', () => ({}));
// The deck as it is shown: its chart slides come from the chart list.
const { DECK_SLIDE_IDS } = await import('@/components/present/deck-charts');
const STEPS = getStepCounts(DECK_SLIDE_IDS, 20);
const at = (slide: number, step = 1): DeckState => ({ position: { slide, step }, blank: false, typed: '' });
const press = (state: DeckState, ...keys: string[]) => keys.reduce((s, key) => pressDeckKey(STEPS, s, { key }).state, state);

describe('pressDeckKey', () => {
  test('→, Space and PageDown go forward; ←, PageUp and Shift+Space go back', () => {
    for (const key of ['ArrowRight', ' ', 'PageDown']) expect(press(at(3, 4), key).position).toEqual({ slide: 3, step: 5 });
    for (const key of ['ArrowLeft', 'PageUp']) expect(press(at(3, 4), key).position).toEqual({ slide: 3, step: 3 });
    expect(pressDeckKey(STEPS, at(3, 4), { key: ' ', shiftKey: true }).state.position).toEqual({ slide: 3, step: 3 });
  });

  test('Home and End go to the first and the last slide', () => {
    expect(press(at(5), 'Home').position).toEqual({ slide: 1, step: 1 });
    expect(press(at(2), 'End').position).toEqual({ slide: STEPS.length, step: 1 });
  });

  test('a slide number then Enter jumps there; Escape forgets the digits', () => {
    expect(press(at(1), '2', 'Enter').position).toEqual({ slide: 2, step: 1 });
    expect(press(at(1), '7').typed).toBe('7');
    expect(press(at(1), '7', 'Escape')).toEqual(at(1));
    expect(press(at(4), '1', '2', 'Enter').position).toEqual({ slide: 4, step: 1 });
  });

  test('B blanks the screen and any key brings it back without moving', () => {
    const blank = press(at(4), 'b');
    expect(blank.blank).toBe(true);
    const back = pressDeckKey(STEPS, blank, { key: 'ArrowRight' });
    expect(back.handled).toBe(true);
    expect(back.state).toEqual(at(4));
    expect(press(at(4), 'B', 'B').blank).toBe(false);
  });

  test('F asks for fullscreen; other keys are left to the browser', () => {
    expect(pressDeckKey(STEPS, at(1), { key: 'f' }).toggleFullscreen).toBe(true);
    expect(pressDeckKey(STEPS, at(1), { key: 'Tab' }).handled).toBe(false);
    expect(pressDeckKey(STEPS, at(1), { key: 'Enter' }).handled).toBe(false);
  });

  test('P opens the presenter view without moving the deck', () => {
    const result = pressDeckKey(STEPS, at(3, 2), { key: 'p' });
    expect(result.openPresenter).toBe(true);
    expect(result.state).toEqual(at(3, 2));
  });
});

describe('isClickerKey', () => {
  test('is true for the keys a clicker sends (next, previous, blank) and false for typing and the bar’s own keys', () => {
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'b', '.']) expect(isClickerKey(key), key).toBe(true);
    for (const key of ['Tab', 'Enter', '3', 'f', 'p', 'Escape']) expect(isClickerKey(key), key).toBe(false);
  });
});
