import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { MilestoneRow } from '@/lib/datasets/milestones';
import { TIMELINE_CATEGORIES } from './categories';
import { parseMilestoneDate, toPeriodEnd, toPeriodStart, type MilestoneDate } from './dates';
import type { TimelineChartData, TimelineContext, TimelineInput, TimelineItem, TimelineStage } from './types';

/** A date at its precision, through the `date.*` messages: "1992 (year only)", "end of 1993", "17 Aug 2002". */
export function formatMilestoneDate(date: MilestoneDate, t: Translate, { short = false } = {}): string {
  const { year, month, day } = date;
  if (date.qualifier === 'about') return t('date.about', { year });
  if (date.qualifier === 'end') return t('date.end', { year });
  if (month === null) return t(short ? 'date.year' : 'date.yearOnly', { year });
  if (day === null) return t('date.month', { year, month });
  return t('date.day', { year, month, day });
}

function toItem(row: MilestoneRow, stageNames: Map<string, string>, locale: Locale, t: Translate): TimelineItem {
  const date = parseMilestoneDate(row.date, row.date_qualifier);
  const title = localized(row, 'title', locale);
  const stageName = stageNames.get(row.stage) ?? row.stage;
  const dateText = formatMilestoneDate(date, t);
  return {
    id: row.id,
    time: date.time,
    precision: date.precision,
    qualifier: date.qualifier,
    dateLabel: formatMilestoneDate(date, t, { short: true }),
    dateText,
    title,
    summary: localized(row, 'summary', locale),
    stage: row.stage,
    stageName,
    category: row.category,
    categoryName: t(`categories.${row.category}`),
    slide: row.source_slide,
    note: localized(row, 'note', locale) ?? null,
    tip: t('tip', { date: dateText, title, stage: stageName }),
  };
}

/** The rows in the page's language, milestones in date order (ties keep the CSV's order). */
export function toTimelineInput(data: TimelineChartData, locale: Locale, t: Translate): TimelineInput {
  const stages: TimelineStage[] = [...data.stages]
    .sort((a, b) => a.stage_rank - b.stage_rank)
    .map((row) => ({
      id: row.stage_id,
      rank: row.stage_rank,
      name: localized(row, 'name', locale),
      start: toPeriodStart(row.start),
      end: row.end ? toPeriodEnd(row.end) : null,
    }));
  const stageNames = new Map(stages.map((stage) => [stage.id, stage.name]));
  const items = data.milestones.map((row) => toItem(row, stageNames, locale, t)).sort((a, b) => a.time - b.time);
  const context: TimelineContext[] = data.countries
    .filter((row) => row.country_id !== 'china' && row.start_year !== null)
    .map((row) => ({
      id: row.country_id,
      year: row.start_year!,
      label: t('context.marker', { country: localized(row, 'name', locale), year: row.start_year! }),
      labelBefore: t('context.before', { country: localized(row, 'name', locale), year: row.start_year! }),
    }));
  const legend = TIMELINE_CATEGORIES.map((category) => ({ category, label: t(`categories.${category}`) }));
  return { items, stages, legend, context };
}

export { getTimelineSlides } from './slides';
