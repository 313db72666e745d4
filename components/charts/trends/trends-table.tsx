import { ChartTable } from '@/components/charts/chart-table';
import { formatShare } from '@/lib/charts/trends/input';
import type { TrendsEvent, TrendsSeries } from '@/lib/charts/trends/types';
import type { TrendsView } from '@/lib/charts/trends/view';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type TrendsTableProps = {
  series: readonly TrendsSeries[];
  events: readonly (TrendsEvent & { slide: number })[];
  view: TrendsView;
  locale: Locale;
  t: Translate;
};

/** The view's values as a table, a row per year and a column per country, and the milestones drawn on it. */
export function TrendsTable({ series, events, view, locale, t }: TrendsTableProps) {
  const years = Array.from({ length: view.to - view.from + 1 }, (_, i) => view.from + i);
  const values = series.map((s) => new Map(s.points.map((point) => [point.year, point.value])));
  return (
    <>
      <ChartTable
        caption={t('table.caption', { from: String(view.from), to: String(view.to) })}
        columns={[{ label: t('table.year') }, ...series.map((s) => ({ label: s.name, numeric: true }))]}
        rows={years.map((year) => ({
          key: String(year),
          cells: [
            year,
            ...values.map((byYear) => {
              const value = byYear.get(year);
              return value === undefined ? <span title={t('table.missing')}>—</span> : formatShare(value, locale);
            }),
          ],
        }))}
      />
      <ChartTable
        caption={t('table.events')}
        columns={[{ label: t('table.event') }, { label: t('table.date'), numeric: true }, { label: t('table.slide'), numeric: true }]}
        rows={events.map((event) => ({ key: event.id, cells: [event.title, event.year, event.slide] }))}
      />
    </>
  );
}
