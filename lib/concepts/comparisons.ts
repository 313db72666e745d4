import type { ComparisonId, ComparisonKind, ComparisonRow } from '@/lib/datasets/comparisons';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

export type ComparisonAspect = {
  id: string;
  kind: ComparisonKind;
  aspect: string;
  egov: string | null;
  egovSlide: number | null;
  other: string | null;
  note: string | null;
  slide: number;
};

/** Each comparison's aspects in order, in the page's language. */
export function toComparisons(rows: readonly ComparisonRow[], locale: Locale): Record<ComparisonId, ComparisonAspect[]> {
  const groups: Record<ComparisonId, ComparisonAspect[]> = { traditional: [], 'e-commerce': [] };
  for (const row of [...rows].sort((a, b) => a.rank - b.rank))
    groups[row.comparison_id].push({
      id: row.aspect_id,
      kind: row.kind,
      aspect: localized(row, 'aspect', locale),
      egov: localized(row, 'egov', locale),
      egovSlide: row.egov_slide,
      other: localized(row, 'other', locale),
      note: localized(row, 'note', locale),
      slide: row.source_slide,
    });
  return groups;
}

/** The notes of some rows, each once, in order: a note shared by a whole table is printed once under it. */
export function getDistinctNotes(aspects: readonly ComparisonAspect[]): string[] {
  return [...new Set(aspects.flatMap((aspect) => (aspect.note ? [aspect.note] : [])))];
}
