import { APPLICATION_MODES_STEP_COUNT } from '@/lib/charts/application-modes/steps';
import { TRENDS_STEP_COUNT } from '@/lib/charts/trends/steps';

/** The deck in lecture order: the title, the stages, a slide per chart that has one (`chartIds`, in the chart list's order), the sources. */
export function getSlideIds(chartIds: readonly string[]): string[] {
  return ['title', 'stages', ...chartIds, 'sources'];
}

/** Steps of the slides that have more than one, beside the timeline's (one per milestone and one showing them all). */
const STEP_COUNTS: Record<string, number> = {
  /** One per milestone on its axis, and one with every year. */
  trends: TRENDS_STEP_COUNT,
  /** One per mode, and one with the whole tree. */
  'application-modes': APPLICATION_MODES_STEP_COUNT,
};

/** How many steps each slide has with the shipped data: the timeline's, trends', the application modes', every other slide one. */
export function getStepCounts(slideIds: readonly string[], milestoneCount: number): number[] {
  return slideIds.map((id) => (id === 'timeline' ? milestoneCount + 1 : (STEP_COUNTS[id] ?? 1)));
}

/** Where a lecturer is: slide and step, both counted from 1. */
export type DeckPosition = { slide: number; step: number };
