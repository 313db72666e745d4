import { expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { loadDeckSlides } = await import('@/components/present/deck-slides');
const { DECK_SLIDE_IDS } = await import('@/components/present/deck-charts');

// The step counts the browser tests use (getStepCounts over DECK_SLIDE_IDS) must name the slides the deck shows.
test.each(['zh', 'en'] as const)('loadDeckSlides(%s) gives the slides of DECK_SLIDE_IDS, in that order', async (locale) => {
  expect((await loadDeckSlides(locale)).map((slide) => slide.id)).toEqual(DECK_SLIDE_IDS);
});
