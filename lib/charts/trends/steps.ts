import { TRENDS_MILESTONES } from './input';
import type { TrendsEvent, TrendsInput, TrendsSeries } from './types';

/**
 * A step of the trends slide, as a lecture plays it: the years up to a milestone's (its line drawn
 * with the milestones so far), or at the last step every year of the view and every milestone.
 */
export type TrendsStep = { year: number; event: TrendsEvent | null };

/** The slide's steps: one per milestone on the chart, then the whole series. */
export const TRENDS_STEP_COUNT = TRENDS_MILESTONES.length + 1;

/** One step per milestone inside the view's years, in time order, then one showing every year. */
export function getTrendsSteps(input: TrendsInput): TrendsStep[] {
  const { from, to } = input.view;
  const events = input.events.filter((event) => event.year >= from && event.year <= to).sort((a, b) => a.time - b.time);
  return [...events.map((event) => ({ year: event.year, event })), { year: to, event: null }];
}

/**
 * What the chart draws at a step: the lines up to the step's year and the milestones up to its own.
 * The view (years, axis) stays whole, so the axes do not move from step to step and the lines grow.
 */
export function toTrendsStepInput(input: TrendsInput, step: TrendsStep): TrendsInput {
  const until = step.event?.time ?? Number.POSITIVE_INFINITY;
  return {
    ...input,
    series: input.series.map((series) => ({ ...series, points: series.points.filter((point) => point.year <= step.year) })),
    events: input.events.filter((event) => event.time <= until),
  };
}

/** Each line's latest value at a step's year, for the captions and notes: none for a country not measured yet. */
export function getValuesAt(series: readonly TrendsSeries[], year: number): { series: TrendsSeries; value: number }[] {
  return series.flatMap((s) => {
    const point = s.points.filter((p) => p.year <= year).at(-1);
    return point ? [{ series: s, value: point.value }] : [];
  });
}
