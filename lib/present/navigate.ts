import type { DeckPosition } from './deck';

export type DeckMove = { type: 'next' } | { type: 'previous' } | { type: 'first' } | { type: 'last' } | { type: 'jump'; slide: number };

/**
 * The position after a move. `steps[i]` is the number of steps of slide i + 1. Going back onto
 * a slide lands on its last step, as when stepping back through a slide's builds.
 */
export function moveDeck(steps: readonly number[], { slide, step }: DeckPosition, move: DeckMove): DeckPosition {
  const count = steps.length;
  const stepsOf = (n: number) => steps[n - 1] ?? 1;
  switch (move.type) {
    case 'next':
      if (step < stepsOf(slide)) return { slide, step: step + 1 };
      return slide < count ? { slide: slide + 1, step: 1 } : { slide, step };
    case 'previous':
      if (step > 1) return { slide, step: step - 1 };
      return slide > 1 ? { slide: slide - 1, step: stepsOf(slide - 1) } : { slide, step };
    case 'first':
      return { slide: 1, step: 1 };
    case 'last':
      return { slide: count, step: stepsOf(count) };
    case 'jump':
      return Number.isInteger(move.slide) && move.slide >= 1 && move.slide <= count ? { slide: move.slide, step: 1 } : { slide, step };
  }
}

/** The nearest position the deck has: another window may have been opened on a deck of other length. */
export function clampDeckPosition(steps: readonly number[], { slide, step }: DeckPosition): DeckPosition {
  const clampedSlide = Math.min(Math.max(1, slide), Math.max(1, steps.length));
  return { slide: clampedSlide, step: Math.min(Math.max(1, step), steps[clampedSlide - 1] ?? 1) };
}
