import type { CoverageRow } from '@/lib/datasets/website-coverage';
import { formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { Headline } from '../headline';
import { localized } from '@/lib/i18n/localized';
import { sortByRank } from './labels';

/** "96%" "of State Council departments with a website by 2006": the top level's share. */
export function getCoverageHeadline(rows: readonly CoverageRow[], locale: Locale, t: Translate): Headline | null {
  const top = sortByRank(rows)[0];
  if (!top) return null;
  return {
    chart: 'coverage',
    value: formatPercent(top.share_pct, locale, 0),
    label: t('headline', { level: localized(top, 'level', locale), year: top.as_of.slice(0, 4) }),
  };
}
