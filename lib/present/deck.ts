import { TRENDS_STEP_COUNT } from '@/lib/charts/trends/steps';

/** The deck in lecture order: the title, the stages, a slide per chart that has one (`chartIds`, in the chart list's order), the sources. */
export function getSlideIds(chartIds: readonly string[]): string[] {
  return ['title', 'stages', ...chartIds, 'sources'];
}

/**
 * How many steps each slide has: the timeline one per milestone and a last one showing them all, trends
 * one per milestone on its axis and a last one with every year, every other slide one.
 */
export function getStepCounts(slideIds: readonly string[], milestoneCount: number): number[] {
  return slideIds.map((id) => (id === 'timeline' ? milestoneCount + 1 : id === 'trends' ? TRENDS_STEP_COUNT : 1));
}

/** Where a lecturer is: slide and step, both counted from 1. */
export type DeckPosition = { slide: number; step: number };
