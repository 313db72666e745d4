import type { Locale } from '../i18n/routing';
import { getTranslator } from '../i18n/translator';
import { CHART_META } from './chart-meta';
import { CHART_IDS, type ChartId } from './chart-ids';

/** Each chart's page name in a language, as the navigation says it: "Website coverage", "网站覆盖率". */
export async function getChartNames(locale: Locale): Promise<Record<ChartId, string>> {
  const nav = await getTranslator(locale, 'common.nav');
  return Object.fromEntries(CHART_IDS.map((id) => [id, nav(CHART_META[id].navKey)])) as Record<ChartId, string>;
}
