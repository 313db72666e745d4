import type { CoverageRow } from '@/lib/datasets/website-coverage';
import type { Locale } from '@/lib/i18n/routing';
import { getLevelName, getShareLabel, sortByRank } from './labels';
import { getCoverageTranslator } from './translate';

/**
 * What the coverage chart shows, from the data: each level's share top to bottom, then the overall
 * fall and the first level that breaks it (prefecture-level cities above the provinces).
 */
export function describeCoverage(rows: readonly CoverageRow[], locale: Locale): string {
  const t = getCoverageTranslator(locale);
  const levels = sortByRank(rows);
  const named = levels.map((row) => ({ level: getLevelName(row, locale), share: getShareLabel(row, locale, t) }));
  const list = named.map((n) => t('describe.item', n)).join(t('describe.separator'));
  const summary = t('describe.summary', { list });
  const top = levels[0];
  const bottom = levels[levels.length - 1];
  if (!top || !bottom || bottom.share_pct >= top.share_pct) return summary;
  const riseIndex = levels.findIndex((row, i) => i > 0 && row.share_pct > levels[i - 1]!.share_pct);
  const ends = { top: named[0]!.share, bottom: named[named.length - 1]!.share };
  if (riseIndex < 0) return t('describe.sentences', { summary, trend: t('describe.falls', ends) });
  const trend = t('describe.fallsExcept', {
    ...ends,
    level: named[riseIndex]!.level,
    share: named[riseIndex]!.share,
    previous: named[riseIndex - 1]!.level,
    previousShare: named[riseIndex - 1]!.share,
  });
  return t('describe.sentences', { summary, trend });
}
