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
              <LocaleLink locale={locale} href={routes[headline.chart] ?? ''}>
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
