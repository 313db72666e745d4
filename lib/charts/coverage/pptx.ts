import type { CoverageRow } from '@/lib/datasets/website-coverage';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { getCoverageLevels } from './labels';

/**
 * The coverage slide: one native bar per level, top of the hierarchy first, on a 0–100 % axis, and
 * under it the totals the deck gives. `t` is the coverage namespace, `tp` the pptx one.
 */
export function toCoveragePptx(rows: readonly CoverageRow[], locale: Locale, t: Translate, tp: Translate): PptxChartContent {
  const levels = getCoverageLevels(rows, locale, t);
  const lines = levels.flatMap((level) =>
    level.totalLine ? [tp('coverage.total', { level: level.name, share: level.value, total: level.totalLine })] : [],
  );
  return {
    body: {
      kind: 'panels',
      columns: 1,
      panels: [
        {
          heading: t('axisTitle'),
          chart: {
            direction: 'bar',
            categories: levels.map((level) => level.name),
            ids: levels.map((level) => level.id),
            series: [{ name: t('axisTitle'), values: levels.map((level) => level.share) }],
            numberFormat: '0"%"',
            max: 100,
          },
          lines,
        },
      ],
    },
  };
}
