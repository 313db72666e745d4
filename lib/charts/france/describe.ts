import { formatNumber, formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { COMPACT_PEOPLE } from './constants';
import type { FranceFigures } from './figures';
import type { Translate } from '@/lib/i18n/translator';

/** One sentence with every figure the chart shows, for aria-label and <desc>. */
export function describeFrance(f: FranceFigures, locale: Locale, t: Translate): string {
  const people = (value: number) => formatNumber(value, locale, { compact: COMPACT_PEOPLE[locale] });
  const count = (value: number) => formatNumber(value, locale, { compact: true });
  return t('describe', {
    population: people(f.population),
    users: people(f.internetUsers),
    computed: formatPercent(f.computedPenetration, locale),
    stated: formatPercent(f.statedPenetration, locale),
    withPc: count(f.householdsWithPc),
    online: count(f.householdsOnline),
    already: formatPercent(f.adultsOnline, locale),
    willing: formatPercent(f.adultsWilling, locale),
  });
}
