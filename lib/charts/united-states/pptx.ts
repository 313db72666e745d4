import type { UsRow } from '@/lib/datasets/us-downsizing';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { getMetricName, getNote, getNoteMarker, getPeriodLabel, getValueWithUnit } from './labels';

/**
 * The six US figures, each in a panel and a native chart of its own: six units, so no axis is
 * shared, as on the page. Each bar holds the deck's number. `t` is the unitedStates namespace.
 */
export function toUnitedStatesPptx(rows: readonly UsRow[], locale: Locale, t: Translate): PptxChartContent {
  return {
    // Its images' subtitle speaks of squares, which the slide draws as bars.
    subtitle: null,
    body: {
      kind: 'panels',
      columns: 3,
      panels: rows.map((row, index) => {
        const name = getMetricName(row, locale);
        return {
          heading: getNote(row, locale) ? `${name} ${getNoteMarker(index)}` : name,
          id: row.metric_id,
          chart: {
            direction: 'col',
            categories: [getPeriodLabel(row, t)],
            series: [{ name, values: [row.value] }],
            numberFormat: '#,##0',
            hideValueAxis: true,
          },
          lines: [getValueWithUnit(row, locale, t)],
        };
      }),
    },
  };
}
