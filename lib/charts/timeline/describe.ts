import { formatList } from '@/lib/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { TIMELINE_STAGES } from './categories';
import { parseMilestoneDate } from './dates';
import type { TimelineChartData } from './types';

/**
 * What the timeline shows, from the rows, in the page's language (the chart's aria-label and
 * <desc>): how many events from when to when, and how many in each stage. `t` is the timeline's.
 */
export function describeTimeline(data: TimelineChartData, locale: Locale, t: Translate): string {
  const yearsOf = (rows: TimelineChartData['milestones']) => rows.map((row) => parseMilestoneDate(row.date).year);
  const span = (years: number[]) => {
    const [from, to] = [Math.min(...years), Math.max(...years)];
    return from === to ? String(from) : t('describe.span', { from: String(from), to: String(to) });
  };
  const stages = TIMELINE_STAGES.flatMap((id) => {
    const rows = data.milestones.filter((row) => row.stage === id);
    const stage = data.stages.find((row) => row.stage_id === id);
    if (rows.length === 0 || !stage) return [];
    const name = localized(stage, 'name', locale).toLocaleLowerCase(locale);
    return [t('describe.stage', { name, count: rows.length, span: span(yearsOf(rows)) })];
  });
  const years = yearsOf(data.milestones);
  return t('describe.summary', {
    total: data.milestones.length,
    first: String(Math.min(...years)),
    last: String(Math.max(...years)),
    stageCount: stages.length,
    stages: formatList(stages, locale),
  });
}
