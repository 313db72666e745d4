import { LocaleLink } from '@/components/site/locale-link';
import { CHART_META } from '@/lib/charts/chart-meta';
import type { Headline } from '@/lib/charts/overview/headlines';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type OverviewTableProps = {
  headlines: readonly Headline[];
  locale: Locale;
  /** The share.overview namespace. */
  t: Translate;
  /** Each chart's name, as the navigation says it. */
  chartNames: Record<Headline['chart'], string>;
};

/** The overview's numbers as a table, each linking to the chart it summarises. */
export function OverviewTable({ headlines, locale, t, chartNames }: OverviewTableProps) {
  return (
    <table className="data-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.chart')}</th>
          <th scope="col" className="num">
            {t('table.value')}
          </th>
          <th scope="col">{t('table.label')}</th>
        </tr>
      </thead>
      <tbody>
        {headlines.map((headline) => (
          <tr key={headline.chart}>
            <th scope="row">
              <LocaleLink locale={locale} href={CHART_META[headline.chart].route}>
                {chartNames[headline.chart]}
              </LocaleLink>
            </th>
            <td className="num">{headline.value}</td>
            <td>{headline.label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
