import type { ChartNote } from '@/components/charts/manifest-types';
import { getCoverageLevels } from '@/lib/charts/coverage/labels';
import type { CoverageRow } from '@/lib/datasets/website-coverage';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** A note per level that has one, lettered top to bottom. */
export async function getCoverageNotes(rows: readonly CoverageRow[], locale: Locale): Promise<ChartNote[]> {
  const t = await getTranslator(locale, 'coverage');
  return getCoverageLevels(rows, locale, t).flatMap((level) => (level.note ? [{ marker: level.marker, text: level.note }] : []));
}
