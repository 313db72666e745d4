import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { toTrendsBands, toTrendsEvents, toTrendsSeries } from './input';
import type { TrendsChartData } from './types';
import type { TrendsView } from './view';

/**
 * Where a time falls along the slide's category axis, 0 at its left end and 1 at its right. A
 * line chart centres each year in its slot, so the year `from + i` is at `i + ½` slots; a time
 * between two years falls between their points, as on the page (1993's end just before 1994's).
 */
export function toCategoryPosition(time: number, from: number, to: number): number {
  const slots = to - from + 1;
  return Math.min(1, Math.max(0, (time - from + 0.5) / slots));
}

/**
 * The trends slide: a native line chart of the view's countries, a category per year from `from`
 * to `to`, a year without a measurement left empty (a gap, not a zero); on a log axis a 0% year is
 * left empty too, since the axis cannot draw it. The deck's milestones and stages are laid over
 * it by their place on the axis. `t` is the trends namespace.
 */
export function toTrendsPptx(data: TrendsChartData, view: TrendsView, locale: Locale, t: Translate): PptxChartContent {
  const years = Array.from({ length: view.to - view.from + 1 }, (_, i) => view.from + i);
  const isLog = view.axis === 'log';
  const series = toTrendsSeries(data.rows, view, locale).map((s) => {
    const byYear = new Map(s.points.map((point) => [point.year, point.value]));
    const values = years.map((year) => {
      const value = byYear.get(year);
      return value === undefined || (isLog && value <= 0) ? null : value;
    });
    return { name: s.name, values, ...(s.dashed ? { dashed: true } : {}) };
  });
  const positive = series.flatMap((s) => s.values.filter((value): value is number => value !== null && value > 0));
  const events = toTrendsEvents(data, locale, t)
    .filter((event) => event.time >= view.from && event.time <= view.to + 1)
    .map((event) => ({ position: toCategoryPosition(event.time, view.from, view.to), label: event.label }));
  const bands = toTrendsBands(data, locale)
    .map((band) => ({
      start: toCategoryPosition(band.start, view.from, view.to),
      end: toCategoryPosition(band.end, view.from, view.to),
      label: band.name,
      rank: band.rank,
    }))
    .filter((band) => band.end > band.start);
  return {
    body: {
      kind: 'lines',
      chart: {
        categories: years.map(String),
        series,
        numberFormat: '0"%"',
        // Shares run to 100%; a view of early years only keeps the chart's own top, so its lines are not flat.
        ...(isLog
          ? { log: { min: 10 ** Math.floor(Math.log10(Math.min(1, ...positive))) } }
          : Math.max(0, ...positive) > 50
            ? { max: 100 }
            : {}),
        events,
        bands,
      },
    },
  };
}
