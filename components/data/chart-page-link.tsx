import { getTranslations } from 'next-intl/server';
import type { ChartId } from '@/lib/charts/chart-ids';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';

const NAV_KEY: Record<ChartId, string> = {
  timeline: 'timeline',
  coverage: 'coverage',
  france: 'france',
  'united-states': 'unitedStates',
  'application-modes': 'applicationModes',
  overview: 'overview',
};

/** "The chart is drawn by the same code as the … page", linking to that page. */
export async function ChartPageLink({ chart, locale }: { chart: ChartId; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const nav = await getTranslations({ locale, namespace: 'common.nav' });
  const page = nav(NAV_KEY[chart]);
  const href = chart === 'overview' ? '/' : `/${chart}`;
  return <>{t.rich('chartNote', { page, link: (text) => <LocaleLink locale={locale} href={href}>
        {text}
      </LocaleLink> })}</>;
}
