import type { CoverageRow } from '@/lib/datasets/website-coverage';
import { formatCount, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { getCoverageEstimate } from './estimate';

/** Footnote markers, one per level in hierarchy order. */
export const NOTE_MARKERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

export function getNoteMarker(index: number): string {
  return NOTE_MARKERS[index] ?? String(index + 1);
}

/** The levels top to bottom of the hierarchy. */
export function sortByRank(rows: readonly CoverageRow[]): CoverageRow[] {
  return [...rows].sort((a, b) => a.level_rank - b.level_rank);
}

export function getLevelName(row: CoverageRow, locale: Locale): string {
  return locale === 'zh' ? row.level_zh : row.level_en;
}

export function getNote(row: CoverageRow, locale: Locale): string | null {
  return locale === 'zh' ? row.note_zh : row.note_en;
}

/** "96%", "nearly 77%" / "96%", "将近77%": one way of writing a share, in the bars and the headlines alike. */
export function getShareLabel(row: CoverageRow, locale: Locale, t: Translate): string {
  return t(`share.${row.share_qualifier}`, { value: formatNumber(row.share_pct, locale) });
}

/** "300+" / "300多个", or null where the deck gives no total. */
export function getTotalLabel(row: CoverageRow, locale: Locale, t: Translate): string | null {
  if (row.units_total === null) return null;
  return t(`total.${row.units_total_qualifier ?? 'exact'}`, { total: formatCount(row.units_total, locale) });
}

/** "≈ 282+ of 300+ with a website (estimate)" / "300多个中估计超过282个建有网站". */
export function getEstimateLabel(row: CoverageRow, locale: Locale, t: Translate): string | null {
  const estimate = getCoverageEstimate(row);
  const total = getTotalLabel(row, locale, t);
  if (!estimate || total === null) return null;
  return t(`estimate.${estimate.qualifier}`, { count: formatCount(estimate.count, locale), total });
}

/** What a bar says when hovered, focused or read out. */
export function getBarTip(row: CoverageRow, locale: Locale, t: Translate): string {
  const values = { level: getLevelName(row, locale), share: getShareLabel(row, locale, t) };
  const estimate = getEstimateLabel(row, locale, t);
  return estimate ? t('tipWithEstimate', { ...values, estimate }) : t('tip', values);
}
