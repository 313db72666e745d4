import type { DeckPosition } from './deck';

type SearchValue = string | string[] | undefined;

function toWholeNumber(value: SearchValue): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,4}$/.test(text.trim())) return null;
  return Number(text);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The position a `?slide=N&step=K` link names. A missing or unreadable slide opens the first;
 * numbers past the end open the last slide or step, so an old link still lands nearby.
 */
export function parseDeckPosition(params: { slide?: SearchValue; step?: SearchValue }, steps: readonly number[]): DeckPosition {
  const slideNumber = toWholeNumber(params.slide);
  const slide = slideNumber === null ? 1 : clamp(slideNumber, 1, steps.length);
  const stepNumber = toWholeNumber(params.step);
  const step = stepNumber === null ? 1 : clamp(stepNumber, 1, steps[slide - 1] ?? 1);
  return { slide, step };
}

/** The query string of a position, without the leading `?`. */
export function toDeckQuery({ slide, step }: DeckPosition): string {
  return `slide=${slide}&step=${step}`;
}
