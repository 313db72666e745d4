import { toFranceFigures } from '@/lib/charts/france/figures';
import type { FranceRow } from '@/lib/datasets/france-internet';
import { formatNumber, formatPercent } from '@/lib/format';
import { localized } from '@/lib/i18n/localized';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';

export type FranceTableProps = { rows: readonly FranceRow[]; locale: Locale; t: Translate };

/** The deck's France figures as printed, plus the share they imply, with the same note markers as the chart. */
export function FranceTable({ rows, locale, t }: FranceTableProps) {
  const figures = toFranceFigures(rows, locale);
  return (
    <table className="data-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.metric')}</th>
          <th scope="col" className="num">
            {t('table.value')}
          </th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col">{t('table.note')}</th>
          <th scope="col" className="num">
            {t('table.slide')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const value = formatNumber(row.value, locale);
          const note = localized(row, 'note', locale);
          return (
            <tr key={row.metric_id}>
              <th scope="row">{localized(row, 'metric', locale)}</th>
              <td className="num">{row.qualifier === 'about' ? t('table.about', { value }) : value}</td>
              <td>{t(`table.units.${row.unit}`)}</td>
              <td>{note ? `${figures.markerOf(row.metric_id)} ${note}` : ''}</td>
              <td className="num">{row.source_slide}</td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t('table.computedMetric')}</th>
          <td className="num">{formatPercent(figures.computedPenetration, locale, 2)}</td>
          <td>{t('table.units.percent')}</td>
          <td>{figures.markerOf('internet-users')}</td>
          <td className="num">{rows[0]?.source_slide}</td>
        </tr>
      </tbody>
    </table>
  );
}
