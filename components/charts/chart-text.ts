import 'server-only';
import type { ChartMeta } from '@/lib/charts/chart-meta';
import type { ImageText } from '@/lib/charts/image-layout';
import { formatSlideRanges } from '@/lib/format';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

/** Title, subtitle and source line of a chart in one language, as images, embeds and slides show them. */
export async function loadChartText({ namespace, datasets }: ChartMeta, locale: Locale): Promise<ImageText> {
  const t = await getTranslator(locale, namespace);
  // Data from beyond the deck has no slides: its credit is in the chart's own source line.
  const slides = datasets.flatMap((id) => loadRows(id).flatMap((row) => ('source_slide' in row ? [row.source_slide] : [])));
  return { title: t('title'), subtitle: t('subtitle'), source: t('source', { slides: formatSlideRanges(slides, locale) }) };
}

/** Each chart's page name in a language, as the navigation says it: "Website coverage", "网站覆盖率". */
export async function getChartNames(charts: readonly ChartMeta[], locale: Locale): Promise<Record<string, string>> {
  const names = await Promise.all(charts.map(async (chart) => [chart.id, (await getTranslator(locale, chart.namespace))('name')]));
  return Object.fromEntries(names);
}
