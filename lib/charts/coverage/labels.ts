import type { CoverageRow } from '@/lib/datasets/website-coverage';
import { formatCount, formatNumber } from '@/lib/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { CoverageLevel } from './types';

/** Footnote markers, one per level in hierarchy order. */
export const NOTE_MARKERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

export function getNoteMarker(index: number): string {
  return NOTE_MARKERS[index] ?? String(index + 1);
}

/** The levels top to bottom of the hierarchy. */
export function sortByRank(rows: readonly CoverageRow[]): CoverageRow[] {
  return [...rows].sort((a, b) => a.level_rank - b.level_rank);
}

/** "96%", "nearly 77%" / "96%", "将近77%": one way of writing a share, in the bars and the headlines alike. */
export function getShareLabel(row: CoverageRow, locale: Locale, t: Translate): string {
  return t(`share.${row.share_qualifier}`, { value: formatNumber(row.share_pct, locale) });
}

/** "300+" / "300多个", or null where the deck gives no total. */
function getTotalLabel(row: CoverageRow, locale: Locale, t: Translate): string | null {
  if (row.units_total === null) return null;
  return t(`total.${row.units_total_qualifier ?? 'exact'}`, { total: formatCount(row.units_total, locale) });
}

/**
 * The rows as the chart, its table and its notes read them: top of the hierarchy first, every word
 * in one language (`t` is the coverage namespace), each note lettered by its level's place.
 */
export function getCoverageLevels(rows: readonly CoverageRow[], locale: Locale, t: Translate): CoverageLevel[] {
  return sortByRank(rows).map((row, index) => {
    const name = localized(row, 'level', locale);
    const value = getShareLabel(row, locale, t);
    const total = getTotalLabel(row, locale, t);
    // The deck's total as it states it, never multiplied into a count: two of its totals are doubtful (see their notes).
    const totalLine = total === null ? null : t('ofTotal', { total });
    const note = localized(row, 'note', locale);
    return {
      id: row.level_id,
      rank: row.level_rank,
      share: row.share_pct,
      name,
      value,
      total,
      totalLine,
      note,
      marker: note ? getNoteMarker(index) : '',
      tip: total ? t('tipWithTotal', { level: name, share: value, total }) : t('tip', { level: name, share: value }),
    };
  });
}
