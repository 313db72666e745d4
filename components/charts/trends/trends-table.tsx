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
      <table className="data-table">
        <caption>{t('table.caption', { from: String(view.from), to: String(view.to) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.year')}</th>
            {series.map((s) => (
              <th key={s.code} scope="col" className="num">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {values.map((byYear, i) => {
                const value = byYear.get(year);
                return (
                  <td key={series[i]!.code} className="num">
                    {value === undefined ? <span title={t('table.missing')}>—</span> : formatShare(value, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('table.events')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.event')}</th>
            <th scope="col" className="num">
              {t('table.date')}
            </th>
            <th scope="col" className="num">
              {t('table.slide')}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">{event.title}</th>
              <td className="num">{event.year}</td>
              <td className="num">{event.slide}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
