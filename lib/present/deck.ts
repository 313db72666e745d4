/** The deck in lecture order; each id names one slide. */
export const SLIDE_IDS = ['title', 'stages', 'timeline', 'coverage', 'france', 'united-states', 'application-modes', 'sources'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

/** How many steps each slide has: the timeline one per milestone, every other slide one. */
export function getStepCounts(milestoneCount: number): number[] {
  return SLIDE_IDS.map((id) => (id === 'timeline' ? Math.max(1, milestoneCount) : 1));
}

/** Where a lecturer is: slide and step, both counted from 1. */
export type DeckPosition = { slide: number; step: number };
