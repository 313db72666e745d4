import 'server-only';
import { CHART_MANIFESTS, getChartNames } from '@/components/charts/registry';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

export type NavItem = { href: string; label: string };

/**
 * The site's pages in the order the navigation lists them: the front page (the overview), every other
 * chart's page in the order of the chart list, each by its `name` message, then the concepts, the quiz, data and the presentation.
 */
export async function getNavItems(locale: Locale): Promise<NavItem[]> {
  const names = await getChartNames(locale);
  const nav = await getTranslator(locale, 'common.nav');
  const charts = CHART_MANIFESTS.map((chart) => ({ href: chart.route || '/', label: names[chart.id] }));
  return [
    ...charts.filter((item) => item.href === '/'),
    ...charts.filter((item) => item.href !== '/'),
    { href: '/concepts', label: nav('concepts') },
    { href: '/quiz', label: nav('quiz') },
    { href: '/data', label: nav('data') },
    { href: '/present', label: nav('present') },
  ];
}
