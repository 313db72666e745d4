import type { DeckPosition } from './deck';

/** The channel every deck window of one browser (audience and presenter) talks on. */
export const DECK_CHANNEL = 'egov-dashboard-deck';

export type DeckRole = 'audience' | 'presenter';

/** Where the deck is and whether the audience's screen is blank: what the windows keep alike. */
export type SyncedDeck = { position: DeckPosition; blank: boolean };

/**
 * `hello`: a window opened and asks where the deck is; `state`: where a window is now (an answer to
 * hello, or after a key); `bye`: a window closed.
 */
export type DeckMessage =
  { type: 'hello'; from: DeckRole } | { type: 'state'; from: DeckRole; deck: SyncedDeck } | { type: 'bye'; from: DeckRole };

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/** The message if `data` is one of ours and well formed (any page of the origin may post on the channel), else null. */
export function readDeckMessage(data: unknown): DeckMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, from, deck } = data as Record<string, unknown>;
  if (from !== 'audience' && from !== 'presenter') return null;
  if (type === 'hello' || type === 'bye') return { type, from };
  if (type !== 'state' || typeof deck !== 'object' || deck === null) return null;
  const { position, blank } = deck as Record<string, unknown>;
  if (typeof position !== 'object' || position === null || typeof blank !== 'boolean') return null;
  const { slide, step } = position as Record<string, unknown>;
  if (!isWhole(slide) || !isWhole(step)) return null;
  return { type, from, deck: { position: { slide, step }, blank } };
}

export function isSameDeck(a: SyncedDeck, b: SyncedDeck): boolean {
  return a.blank === b.blank && a.position.slide === b.position.slide && a.position.step === b.position.step;
}
