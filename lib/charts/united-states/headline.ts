import type { UsRow } from '@/lib/datasets/us-downsizing';
import { formatCount } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { Headline } from '../headline';

/** "377,000" "fewer US federal employees, 1993–2000". */
export function getUnitedStatesHeadline(rows: readonly UsRow[], locale: Locale, t: Translate): Headline | null {
  const staff = rows.find((row) => row.metric_id === 'federal-employees-cut');
  if (!staff) return null;
  return {
    chart: 'united-states',
    value: formatCount(staff.value, locale),
    label: t('headline', { from: String(staff.period_start), to: String(staff.period_end) }),
  };
}
