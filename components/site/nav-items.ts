import 'server-only';
import { CHART_MANIFESTS } from '@/components/charts/registry';

export type NavItem = { href: string; key: string };

/**
 * The site's pages in the order the navigation lists them, `key` naming each in `common.nav`: the
 * front page (the overview), every other chart's page in the order of the chart list, then data and the presentation.
 */
export function getNavItems(): NavItem[] {
  const charts = CHART_MANIFESTS.map((chart) => ({ href: chart.route || '/', key: chart.navKey }));
  return [
    ...charts.filter((item) => item.href === '/'),
    ...charts.filter((item) => item.href !== '/'),
    { href: '/data', key: 'data' },
    { href: '/present', key: 'present' },
  ];
}
