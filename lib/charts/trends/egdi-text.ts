import { EGDI_INDEXES } from '@/lib/datasets/egdi';
import { formatList } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { EgdiSeries } from './egdi';
import type { TrendsChartData } from './types';

/**
 * What `show=egdi` answers without a user's file: the index is never shipped, so the image, embed or
 * file cannot be made until someone puts the UN's own export in DATA_DIR (docs/DATA.md).
 */
export const EGDI_MISSING_MESSAGE =
  'No EGDI file in DATA_DIR: the UN E-Government Survey’s index is not shipped with the dashboard. Download the survey’s data as CSV ' +
  '(EGOV_DATA_2024.csv, for instance) from the UN E-Government Knowledgebase’s Data Center, ' +
  'https://publicadministration.un.org/egovkb/en-us/Data-Center, and put it in DATA_DIR as it is: show=egdi then draws it, ' +
  'without a rebuild (see docs/DATA.md, “The UN’s E-Government Development Index”).';

/** The survey years in the user's file, in order. */
export function getEgdiYears(data: TrendsChartData): number[] {
  return [...new Set((data.egdi?.rows ?? []).map((row) => row['Survey Year']))].sort((a, b) => a - b);
}

/**
 * The EGDI chart in words, for screen readers and speaker notes: its four indexes, the countries
 * drawn and the surveys, then each country's latest survey (its rank and every index).
 */
export function describeEgdi(series: readonly EgdiSeries[], years: readonly number[], locale: Locale, t: Translate): string {
  if (series.length === 0) return t('egdi.noneChosen');
  const summary = t('egdi.describe', {
    countries: formatList(
      series.map((s) => s.name),
      locale,
    ),
    years: formatList(years.map(String), locale),
  });
  const latest = series.flatMap((s) => {
    const point = s.points.at(-1);
    if (!point) return [];
    const values = EGDI_INDEXES.map((index) =>
      t('egdi.value', { index: t(`egdi.indexes.${index}`), value: point.values[index].toFixed(4) }),
    );
    return [
      t('egdi.latest', { country: s.name, year: String(point.year), rank: point.rank, values: values.join(locale === 'zh' ? '，' : ', ') }),
    ];
  });
  const end = locale === 'zh' ? '。' : '.';
  return [summary, ...latest.map((line) => line + end)].join(locale === 'zh' ? '' : ' ');
}

/** An image's subtitle: the countries drawn and the surveys, each index on its 0–1 scale; null where no country is drawn. */
export function describeEgdiView(series: readonly EgdiSeries[], years: readonly number[], locale: Locale, t: Translate): string | null {
  if (series.length === 0) return null;
  return t('egdi.viewDescription', {
    countries: formatList(
      series.map((s) => s.name),
      locale,
    ),
    years: formatList(years.map(String), locale),
  });
}
