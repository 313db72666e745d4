import { formatList } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { TrendsInput } from './types';

/** The chart in words, for screen readers: what it plots, where each line starts and ends, and what is laid over it. */
export function describeTrends(input: TrendsInput, locale: Locale, t: Translate): string {
  const { view } = input;
  const parts = [t('describe.summary', { from: String(view.from), to: String(view.to), axis: view.axis })];
  const series = input.series.filter((s) => s.points.length > 0);
  if (series.length === 0) parts.push(t('describe.none'));
  else {
    parts.push(
      series
        .map((s) => {
          const first = s.points[0]!;
          const last = s.points.at(-1)!;
          return t('describe.series', {
            country: s.name,
            first: input.formatValue(first.value),
            firstYear: String(first.year),
            last: input.formatValue(last.value),
            lastYear: String(last.year),
          });
        })
        .join(t('describe.separator')) + (locale === 'zh' ? '。' : '.'),
    );
  }
  const events = input.events.filter((event) => event.year >= view.from && event.year <= view.to);
  if (events.length > 0) {
    parts.push(
      t('describe.events', {
        list: formatList(
          events.map((event) => t('describe.event', { title: event.title, year: String(event.year) })),
          locale,
        ),
      }),
    );
  }
  const bands = input.bands.filter((band) => band.end > view.from && band.start <= view.to + 1);
  if (bands.length > 0) {
    parts.push(
      t('describe.bands', {
        list: formatList(
          bands.map((band) => t('describe.band', { name: band.name, start: String(Math.floor(band.start)) })),
          locale,
        ),
      }),
    );
  }
  return parts.join(locale === 'zh' ? '' : ' ');
}
