import { ChartTable } from '@/components/charts/chart-table';
import { LocaleLink } from '@/components/site/locale-link';
import type { Headline } from '@/lib/charts/headline';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type OverviewTableProps = {
  headlines: readonly Headline[];
  locale: Locale;
  /** The share.overview namespace. */
  t: Translate;
  /** Each chart's name, as the navigation says it, and its page. */
  chartNames: Record<string, string>;
  routes: Record<string, string>;
};

/** The overview's numbers as a table, each linking to the chart it summarises. */
export function OverviewTable({ headlines, locale, t, chartNames, routes }: OverviewTableProps) {
  return (
    <ChartTable
      caption={t('table.caption')}
      columns={[{ label: t('table.chart') }, { label: t('table.value'), numeric: true }, { label: t('table.label') }]}
      rows={headlines.map((headline) => ({
        key: headline.chart,
        cells: [
          <LocaleLink key="chart" locale={locale} href={routes[headline.chart] ?? ''}>
            {chartNames[headline.chart]}
          </LocaleLink>,
          headline.value,
          headline.label,
        ],
      }))}
    />
  );
}
