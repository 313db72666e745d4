import type { Translate } from '@/lib/i18n/translator';
import type { CoverageLevel } from './types';

/**
 * What the coverage chart shows, from the data: each level's share top to bottom, then the overall
 * fall and the first level that breaks it (prefecture-level cities above the provinces).
 */
export function describeCoverage(levels: readonly CoverageLevel[], t: Translate): string {
  const named = levels.map((level) => ({ level: level.name, share: level.value }));
  const list = named.map((n) => t('describe.item', n)).join(t('describe.separator'));
  const summary = t('describe.summary', { list });
  const top = levels[0];
  const bottom = levels[levels.length - 1];
  if (!top || !bottom || bottom.share >= top.share) return summary;
  const riseIndex = levels.findIndex((level, i) => i > 0 && level.share > levels[i - 1]!.share);
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
