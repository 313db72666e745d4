import { ChartTable } from '@/components/charts/chart-table';
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
    <ChartTable
      caption={t('table.caption')}
      columns={[
        { label: t('table.metric') },
        { label: t('table.value'), numeric: true },
        { label: t('table.unit') },
        { label: t('table.note') },
        { label: t('table.slide'), numeric: true },
      ]}
      rows={[
        ...rows.map((row) => {
          const value = formatNumber(row.value, locale);
          const note = localized(row, 'note', locale);
          return {
            key: row.metric_id,
            cells: [
              localized(row, 'metric', locale),
              row.qualifier === 'about' ? t('table.about', { value }) : value,
              t(`table.units.${row.unit}`),
              note ? `${figures.markerOf(row.metric_id)} ${note}` : '',
              row.source_slide,
            ],
          };
        }),
        {
          key: 'computed-penetration',
          cells: [
            t('table.computedMetric'),
            formatPercent(figures.computedPenetration, locale, 2),
            t('table.units.percent'),
            figures.markerOf('internet-users'),
            rows[0]?.source_slide,
          ],
        },
      ]}
    />
  );
}
