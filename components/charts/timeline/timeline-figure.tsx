import { getTranslations } from 'next-intl/server';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { VARIANT_WIDTHS } from '@/lib/charts/chart-ids';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getTimelineSlides, toTimelineInput } from '@/lib/charts/timeline/items';
import { formatSlideRanges } from '@/lib/charts/timeline/slides';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getTimelineChartData } from './data';
import { getTimelineNotes } from './notes';
import { renderTimelineSvg } from './render';
import { TimelineTable } from './timeline-table';
import './timeline.css';

export const TIMELINE_FIGURE_ID = 'timeline-chart';

/** The timeline with its title, source, notes and table: a phone layout and a wide one in the HTML. */
export async function TimelineFigure({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 1 | 2 | 3 }) {
  const data = getTimelineChartData();
  const t = await getTranslations({ locale, namespace: 'timeline' });
  const translate = await getTranslator(locale, 'timeline');
  const { items } = toTimelineInput(data, locale, translate);
  const { markers, notes } = getTimelineNotes(items, locale);
  const [narrow, wide] = await Promise.all(
    [VARIANT_WIDTHS.narrow, VARIANT_WIDTHS.wide].map((width) => renderTimelineSvg({ locale, palette: CSS_PALETTE, width, data })),
  );
  return (
    <ChartFrame
      id={TIMELINE_FIGURE_ID}
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source', { slides: formatSlideRanges(getTimelineSlides(data), locale) })}
      notes={[{ marker: '*', text: t('yearOnlyNote') }, ...notes]}
      tableLabel={t('table.toggle')}
      table={
        <TimelineTable
          items={items}
          noteMarkers={markers}
          figureId={TIMELINE_FIGURE_ID}
          labels={{
            caption: t('table.caption'),
            date: t('table.date'),
            title: t('table.title'),
            stage: t('table.stage'),
            category: t('table.category'),
            slide: t('table.slide'),
          }}
        />
      }
      headingLevel={headingLevel}
    >
      <ResponsiveChart narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
