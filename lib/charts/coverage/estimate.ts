import type { CoverageRow } from '@/lib/datasets/website-coverage';

export type EstimateQualifier = 'exact' | 'more_than' | 'about';

/** How many bodies at a level have a website, where the deck gives the level's total. */
export type CoverageEstimate = { count: number; qualifier: EstimateQualifier };

/**
 * Share × total, rounded to a whole body. "300-plus" at an exact 94 % gives "282-plus"; a "nearly"
 * share pulls the other way from a "plus" total, so together they only give "about".
 */
export function getCoverageEstimate(row: CoverageRow): CoverageEstimate | null {
  if (row.units_total === null) return null;
  const count = Math.round((row.share_pct / 100) * row.units_total);
  const totalQualifier = row.units_total_qualifier ?? 'exact';
  if (row.share_qualifier === 'nearly' || totalQualifier === 'about') return { count, qualifier: 'about' };
  return { count, qualifier: totalQualifier };
}
