import type { DeckPosition } from './deck';
import { moveDeck, type DeckMove } from './navigate';

/** What the keyboard has done to the deck: where it is, whether the screen is blank, digits typed so far. */
export type DeckState = { position: DeckPosition; blank: boolean; typed: string };

export type KeyInput = { key: string; shiftKey?: boolean };

/** The next state, and whether the key was the deck's (so the browser's default is prevented). */
export type KeyResult = { state: DeckState; handled: boolean; toggleFullscreen?: boolean; openPresenter?: boolean };

const MOVE_KEYS: Record<string, DeckMove> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  ArrowLeft: { type: 'previous' },
  ArrowUp: { type: 'previous' },
  PageUp: { type: 'previous' },
  Home: { type: 'first' },
  End: { type: 'last' },
};

/** Clickers' "blank screen" button sends `.` or `b`. */
const BLANK_KEYS = new Set(['b', 'B', '.']);
const FULLSCREEN_KEYS = new Set(['f', 'F']);
const PRESENTER_KEYS = new Set(['p', 'P']);
const MAX_TYPED = 3;

/**
 * Keys a clicker sends (next, previous, blank): they move the deck without waking its control bar,
 * so the audience never sees the bar come up over the foot of each new slide.
 */
export function isClickerKey(key: string): boolean {
  return Object.hasOwn(MOVE_KEYS, key) || BLANK_KEYS.has(key);
}

/** Applies one key press, as a lecturer's keyboard or clicker sends it. */
export function pressDeckKey(steps: readonly number[], state: DeckState, { key, shiftKey = false }: KeyInput): KeyResult {
  if (state.blank) return { state: { ...state, blank: false, typed: '' }, handled: true };
  if (/^\d$/.test(key)) return { state: { ...state, typed: (state.typed + key).slice(-MAX_TYPED) }, handled: true };
  if (key === 'Enter' && state.typed) {
    const position = moveDeck(steps, state.position, { type: 'jump', slide: Number(state.typed) });
    return { state: { ...state, position, typed: '' }, handled: true };
  }
  if (key === 'Backspace' && state.typed) return { state: { ...state, typed: state.typed.slice(0, -1) }, handled: true };
  if (key === 'Escape' && state.typed) return { state: { ...state, typed: '' }, handled: true };
  if (BLANK_KEYS.has(key)) return { state: { ...state, blank: true, typed: '' }, handled: true };
  if (FULLSCREEN_KEYS.has(key)) return { state: { ...state, typed: '' }, handled: true, toggleFullscreen: true };
  if (PRESENTER_KEYS.has(key)) return { state: { ...state, typed: '' }, handled: true, openPresenter: true };
  const move = key === ' ' && shiftKey ? ({ type: 'previous' } as const) : MOVE_KEYS[key];
  if (!move) return { state, handled: false };
  return { state: { ...state, position: moveDeck(steps, state.position, move), typed: '' }, handled: true };
}
