import type { UsRow } from '@/lib/datasets/us-downsizing';
import type { Locale } from '@/lib/i18n/routing';
import { getMetricName, getPeriodLabel, getValueWithUnit } from './labels';
import type { Translate } from '@/lib/i18n/translator';

/** What the US panels show, from the data: the period and each figure with its own unit. */
export function describeUnitedStates(rows: readonly UsRow[], locale: Locale, t: Translate): string {
  const first = rows[0];
  const period = first ? getPeriodLabel(first, t) : '';
  const list = rows
    .map((row) => t('describe.item', { metric: getMetricName(row, locale), value: getValueWithUnit(row, locale, t) }))
    .join(t('describe.separator'));
  return t('describe.summary', { period, list });
}
