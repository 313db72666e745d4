import { parseMilestoneDate, toPeriodEnd, toPeriodStart } from '@/lib/charts/timeline/dates';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import { formatPercent } from '@/lib/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { TrendsBand, TrendsChartData, TrendsEvent, TrendsInput, TrendsSeries } from './types';
import { getCountryCodes, type TrendsView } from './view';

/** The deck's milestones drawn on the time axis, by their id in milestones.csv (their dates come from there). */
export const TRENDS_MILESTONES = ['three-golden-projects', 'government-online-project', 'document-17', 'gov-cn-launch'] as const;

const PALETTE_SIZE = 6;

/** A share as it reads on the chart: 77%, 8.5%, 0.59%, 0.00017%. */
export function formatShare(value: number, locale: Locale): string {
  if (value === 0 || value >= 10) return formatPercent(value, locale, 0);
  if (value >= 1) return formatPercent(value, locale, 1);
  // Two significant digits however small: China's 0.00017% of 1993 is a real start, not 0%.
  const digits = Math.max(1, 1 - Math.floor(Math.log10(value)));
  return formatPercent(Number(value.toPrecision(2)), locale, digits);
}

/** English names shorter than the data's, for labels at a line's end ("United States of America" takes a phone's plot). */
const SHORT_NAMES_EN: Readonly<Record<string, string>> = { USA: 'United States' };

/** A country's name in the page's language: its Chinese name where the file gives one. */
export function getCountryName(row: InternetUsersRow, locale: Locale): string {
  if (locale === 'zh' && row.entity_zh) return row.entity_zh;
  return (Object.hasOwn(SHORT_NAMES_EN, row.code) ? SHORT_NAMES_EN[row.code] : undefined) ?? row.entity_en;
}

/** Each country's line in the view: its measured years from `from` to `to`, in the order the view lists them. */
export function toTrendsSeries(rows: readonly InternetUsersRow[], view: TrendsView, locale: Locale): TrendsSeries[] {
  const codes = getCountryCodes(rows);
  return view.countries.flatMap((code) => {
    const own = rows.filter((row) => row.code === code);
    if (own.length === 0) return [];
    const index = codes.indexOf(code);
    const points = own
      .filter((row) => row.year >= view.from && row.year <= view.to)
      .sort((a, b) => a.year - b.year)
      .map((row) => ({ year: row.year, value: row.internet_users_pct }));
    return [{ code, name: getCountryName(own[0]!, locale), points, colour: index % PALETTE_SIZE, dashed: index >= PALETTE_SIZE }];
  });
}

/** The chosen milestones that are in milestones.csv, placed as the timeline places them. */
export function toTrendsEvents(data: TrendsChartData, locale: Locale, t: Translate): TrendsEvent[] {
  return TRENDS_MILESTONES.flatMap((id) => {
    const row = data.milestones.find((milestone) => milestone.id === id);
    if (!row) return [];
    const date = parseMilestoneDate(row.date, row.date_qualifier);
    return [{ id, time: date.time, year: date.year, label: t(`milestones.${id}`), title: localized(row, 'title', locale) }];
  });
}

/** The deck's stages as periods: each ends where the next begins (the deck's own end dates overlap by a month). */
export function toTrendsBands(data: TrendsChartData, locale: Locale): TrendsBand[] {
  const sorted = [...data.stages].sort((a, b) => a.stage_rank - b.stage_rank);
  return sorted.map((row, i) => {
    const next = sorted[i + 1];
    const end = next ? toPeriodStart(next.start) : row.end ? toPeriodEnd(row.end) : Number.POSITIVE_INFINITY;
    return { id: row.stage_id, rank: row.stage_rank, name: localized(row, 'name', locale), start: toPeriodStart(row.start), end };
  });
}

/** Everything the layout draws, worded in one language. */
export function toTrendsInput(data: TrendsChartData, view: TrendsView, locale: Locale, t: Translate): TrendsInput {
  const format = (value: number) => formatShare(value, locale);
  return {
    view,
    series: toTrendsSeries(data.rows, view, locale),
    events: toTrendsEvents(data, locale, t),
    bands: toTrendsBands(data, locale),
    formatValue: format,
    pointTip: (series, point) => t('pointTip', { country: series.name, year: String(point.year), value: format(point.value) }),
    seriesTip: (series) => {
      const first = series.points[0];
      const last = series.points.at(-1);
      if (!first || !last) return series.name;
      return t('seriesTip', {
        country: series.name,
        first: format(first.value),
        firstYear: String(first.year),
        last: format(last.value),
        lastYear: String(last.year),
      });
    },
    eventTip: (event) => t('eventTip', { year: String(event.year), title: event.title }),
    emptyText: t('empty'),
  };
}
