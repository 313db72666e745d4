import { getTranslations } from 'next-intl/server';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ClientMessages } from '@/components/site/client-messages';
import { describeTimeline } from '@/lib/charts/timeline/describe';
import { getMatchIds, getVisibleItems } from '@/lib/charts/timeline/explorer/filter';
import { getSearchIndex } from '@/lib/charts/timeline/explorer/search-index';
import { decodeExplorerState, type SearchParamsInput } from '@/lib/charts/timeline/explorer/url';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import { getTimelineSlides } from '@/lib/charts/timeline/slides';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { getTimelineChartData } from './data';
import { ExplorerDrawing, layoutExplorerTimeline } from './explorer/explorer-drawing';
import { TimelineExplorer } from './explorer/timeline-explorer';
import { TIMELINE_META } from './meta';
import { getTimelineNotes } from '@/lib/charts/timeline/notes';
import { getTimelineChartNotes } from './notes';
import { TimelineTable } from './timeline-table';
import './timeline.css';
import { localized } from '@/lib/i18n/localized';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';

export const TIMELINE_FIGURE_ID = 'timeline-chart';

/** What the explorer's controls, detail panel and list say. */
const EXPLORER_MESSAGES = ['timeline.explorer', 'timeline.date'] as const;

/**
 * The timeline page's figure: the explorer (zoom, filters, search, details, list) in the frame
 * every chart has. The URL's state is applied here on the server, so a shared link needs no JavaScript.
 */
export async function TimelineExplorerFigure({ locale, searchParams }: { locale: Locale; searchParams: SearchParamsInput }) {
  const data = getTimelineChartData();
  const t = await getTranslations({ locale, namespace: 'timeline' });
  const translate = await getTranslator(locale, 'timeline');
  const input = toTimelineInput(data, locale, translate);
  const initialState = decodeExplorerState(searchParams, new Set(input.items.map((item) => item.id)));
  const { markers } = getTimelineNotes(input.items, translate);
  const annotation = await readFigureAnnotation('timeline', searchParams, locale);
  const searchIndex = getSearchIndex(data.milestones);
  const title = t('chartTitle');
  const description = describeTimeline(data, locale, translate);
  // The chart for the URL's view, drawn here as markup: the explorer shows it as it is (hydrating one
  // element), so the browser neither lays the timeline out nor loads the code that does until the view changes.
  const visible = getVisibleItems(input.items, initialState, searchIndex);
  const layouts = layoutExplorerTimeline(
    { ...input, items: visible },
    { locale, domain: initialState.domain, wideWidth: VARIANT_WIDTHS.wide },
  );
  const { renderToStaticMarkup } = await import('react-dom/server');
  const serverDrawing = {
    markup: renderToStaticMarkup(
      <ExplorerDrawing
        layouts={layouts}
        title={title}
        description={description}
        selectedId={initialState.selected}
        matchIds={getMatchIds(initialState.query, visible)}
        marksLabel={t('explorer.marks')}
        focusId={initialState.selected}
        annotation={annotation}
      />,
    ),
    range: layouts[1].range,
  };
  const contextNotes = [
    t('explorer.contextNote'),
    ...data.countries
      .filter((row) => row.start_year === null)
      .map((row) =>
        t('explorer.countryNote', {
          country: localized(row, 'name', locale),
          note: localized(row, 'note', locale) ?? '',
        }),
      ),
  ];
  return (
    <ChartFrame
      id={TIMELINE_FIGURE_ID}
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source', { slides: formatSlideRanges(getTimelineSlides(data), locale) })}
      notes={await getTimelineChartNotes(data, locale)}
      tableLabel={t('table.toggle')}
      table={
        <TimelineTable
          items={input.items}
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
      headingLevel={2}
      share={TIMELINE_META}
    >
      <ClientMessages locale={locale} paths={EXPLORER_MESSAGES}>
        <TimelineExplorer
          locale={locale}
          input={input}
          searchIndex={searchIndex}
          initialState={initialState}
          title={title}
          description={description}
          contextNotes={contextNotes}
          annotation={annotation}
          serverDrawing={serverDrawing}
        />
      </ClientMessages>
    </ChartFrame>
  );
}
