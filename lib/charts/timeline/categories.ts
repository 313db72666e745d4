import type { MilestoneCategory, StageId } from '@/lib/datasets/milestones';

/** Kept here (not imported from the dataset module) so the browser does not load the CSV schemas. */
export const TIMELINE_STAGES = ['exploration', 'development', 'maturity'] as const satisfies readonly StageId[];
export const TIMELINE_CATEGORIES = [
  'policy',
  'project',
  'organisation',
  'meeting',
  'website',
] as const satisfies readonly MilestoneCategory[];

export type MarkShape = 'square' | 'diamond' | 'triangle' | 'circle' | 'star';

/** Category → shape and series colour: two cues, so colour is never the only one. */
export const CATEGORY_STYLE: Record<MilestoneCategory, { shape: MarkShape; color: number }> = {
  policy: { shape: 'square', color: 0 },
  project: { shape: 'diamond', color: 1 },
  organisation: { shape: 'triangle', color: 2 },
  meeting: { shape: 'circle', color: 3 },
  website: { shape: 'star', color: 4 },
};

export function isStageId(value: string): value is StageId {
  return (TIMELINE_STAGES as readonly string[]).includes(value);
}

export function isCategory(value: string): value is MilestoneCategory {
  return (TIMELINE_CATEGORIES as readonly string[]).includes(value);
}
