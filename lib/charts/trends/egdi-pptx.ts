import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { formatList } from '@/lib/format';
import { toEgdiSeries } from './egdi';
import { getEgdiYears } from './egdi-text';
import type { TrendsChartData } from './types';
import type { TrendsView } from './view';

/**
 * The EGDI slide: a native line chart of the index itself, a category per survey year in the user's
 * file and a line per chosen country in it (a survey without the country left empty, a gap), on its
 * 0–1 scale. Its three components, which would be four lines per country, are in the speaker notes.
 */
export function toEgdiPptx(data: TrendsChartData, view: TrendsView, locale: Locale, t: Translate): PptxChartContent {
  const years = getEgdiYears(data);
  const series = toEgdiSeries(data.egdi?.rows ?? [], data.rows, view, locale).map((s) => {
    const byYear = new Map(s.points.map((point) => [point.year, point.values['E-Government Index']]));
    return { name: s.name, values: years.map((year) => byYear.get(year) ?? null), ...(s.dashed ? { dashed: true } : {}) };
  });
  return {
    subtitle: t('egdi.pptxSubtitle', { years: formatList(years.map(String), locale) }),
    body: { kind: 'lines', chart: { categories: years.map(String), series, numberFormat: '0.00', max: 1, events: [], bands: [] } },
  };
}
