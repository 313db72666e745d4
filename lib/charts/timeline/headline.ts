import type { Headline } from '../headline';
import type { Translate } from '@/lib/i18n/translator';
import type { TimelineChartData } from './types';

/** "20" "milestones, 1993–2019". */
export function getTimelineHeadline({ milestones }: TimelineChartData, t: Translate): Headline {
  const years = milestones.map((row) => Number(row.date.slice(0, 4)));
  const from = String(Math.min(...years));
  const to = String(Math.max(...years));
  return { chart: 'timeline', value: String(milestones.length), label: t('headline', { count: milestones.length, from, to }) };
}
