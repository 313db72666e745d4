import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/locale-link';
import { getChart, getChartNames, type ChartId } from '@/components/charts/registry';
import type { Locale } from '@/lib/i18n/routing';

/** "The chart is drawn by the same code as the … page", linking to that page. */
export async function ChartPageLink({ chart, locale }: { chart: ChartId; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const page = (await getChartNames(locale))[chart];
  const href = getChart(chart).route || '/';
  return (
    <>
      {t.rich('chartNote', {
        page,
        link: (text) => (
          <LocaleLink locale={locale} href={href}>
            {text}
          </LocaleLink>
        ),
      })}
    </>
  );
}
