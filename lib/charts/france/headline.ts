import type { FranceRow } from '@/lib/datasets/france-internet';
import { formatCount } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { Headline } from '../headline';

/** "25 million" "internet users in France". */
export function getFranceHeadline(rows: readonly FranceRow[], locale: Locale, t: Translate): Headline | null {
  const users = rows.find((row) => row.metric_id === 'internet-users');
  return users ? { chart: 'france', value: formatCount(users.value, locale), label: t('headline') } : null;
}
