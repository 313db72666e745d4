import { expect, test, vi } from 'vitest';
import { SLIDE_IDS } from '@/lib/present/deck';

vi.mock('server-only', () => ({}));
const { loadDeckSlides } = await import('@/components/present/deck-slides');

// The deck's chart slides come from the chart manifests; the step counts the controller and the
// browser tests use (getStepCounts) come from SLIDE_IDS, so the two must name the same slides.
test.each(['zh', 'en'] as const)('loadDeckSlides(%s) gives the slides of SLIDE_IDS, in that order', async (locale) => {
  expect((await loadDeckSlides(locale)).map((slide) => slide.id)).toEqual(SLIDE_IDS);
});
