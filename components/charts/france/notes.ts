import type { ChartNote } from '@/components/charts/manifest-types';
import { toFranceFigures } from '@/lib/charts/france/figures';
import type { FranceRow } from '@/lib/datasets/france-internet';
import type { Locale } from '@/lib/i18n/routing';

/** The figures' notes, numbered in row order. */
export async function getFranceNotes(rows: readonly FranceRow[], locale: Locale): Promise<ChartNote[]> {
  return toFranceFigures(rows, locale).notes.map(({ marker, text }) => ({ marker, text }));
}
