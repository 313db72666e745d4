import { getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/locale-link';
import { CHART_META } from '@/lib/charts/chart-meta';
import type { ChartId } from '@/lib/charts/chart-ids';
import { getChartNames } from '@/lib/charts/chart-names';
import type { Locale } from '@/lib/i18n/routing';

/** "The chart is drawn by the same code as the … page", linking to that page. */
export async function ChartPageLink({ chart, locale }: { chart: ChartId; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const page = (await getChartNames(locale))[chart];
  const href = CHART_META[chart].route || '/';
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
