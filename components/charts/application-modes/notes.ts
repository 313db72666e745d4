import type { ChartNote } from '@/components/charts/manifest-types';
import { getModeNotes } from '@/lib/charts/application-modes/notes';
import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { Locale } from '@/lib/i18n/routing';

/** The corrections to the modes' definitions, lettered in row order. */
export async function getApplicationModesNotes(rows: readonly ApplicationModeRow[], locale: Locale): Promise<ChartNote[]> {
  return getModeNotes(rows, locale).map(({ marker, text }) => ({ marker, text }));
}
