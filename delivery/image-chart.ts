import 'server-only';
import { CHART_MANIFESTS, getChart, loadChartText, type ChartId } from '@/components/charts/registry';
import {
  parseAnnotation,
  readAnnotation,
  type Annotation,
  type AnnotationQuery,
  type AnnotationResult,
  type ChartMark,
} from '@/lib/charts/annotation/annotation';
import type { ImageText } from '@/lib/charts/image-layout';
import type { Locale } from '@/lib/i18n/routing';
import type { SearchParamsInput } from '@/lib/charts/timeline/explorer/url';
import type { ImageParams } from '@/lib/charts/image-params';
import { renderChartImageSvg } from './image-svg';
import { THEME_PALETTES } from '@/lib/charts/palette';

export type ChartImageRequest = Omit<ImageParams, 'scale' | 'textSize' | 'view' | 'annotation'> &
  Partial<Pick<ImageParams, 'textSize' | 'view'>> & {
    chart: ChartId;
    /** Rows to draw instead of the shipped ones, of the chart's own data type. */
    data?: unknown;
    /** Replaces the chart's title, subtitle or source line. */
    text?: Partial<ImageText>;
    /** Marks to highlight and a note, checked against the chart's marks (checkImageAnnotation). */
    annotation?: Annotation | null;
  };

/** The SVG document of a chart image, or null for a chart that cannot be drawn yet. */
export async function renderChartImage({
  chart,
  width,
  height,
  locale,
  theme,
  textSize = 'large',
  view,
  data,
  text,
  annotation,
}: ChartImageRequest): Promise<string | null> {
  const manifest = getChart(chart);
  const palette = THEME_PALETTES[theme];
  const rows = data ?? manifest.getData(CHART_MANIFESTS);
  const notes = manifest.imageNotes && manifest.getNotes ? await manifest.getNotes(rows, locale) : [];
  const viewText = view && manifest.describeView ? await manifest.describeView(view, rows, locale) : null;
  // Another of its page's figures (trends' `show=egdi`) has its own title and credit.
  const chartText = (view && (await manifest.loadViewText?.(view, rows, locale))) || (await loadChartText(chart, locale));
  return renderChartImageSvg({
    width,
    height,
    palette,
    textSize,
    text: { ...chartText, subtitle: viewText ?? chartText.subtitle, notes, ...text },
    // Only charts with marks draw annotations; another would leave the note's band empty.
    note: manifest.getMarks ? annotation?.note || undefined : undefined,
    renderChart: (box) => {
      const options = { locale, palette, ...box, data: data as never, annotation };
      return view && manifest.renderView ? manifest.renderView(options, view) : manifest.render(options, CHART_MANIFESTS);
    },
  });
}

/** What is wrong with the view an image URL asks of a chart, or null. */
export function checkImageView(chart: ChartId, view: URLSearchParams): string | null {
  const manifest = getChart(chart);
  return manifest.checkView ? manifest.checkView(view, manifest.getData(CHART_MANIFESTS)) : null;
}

/** What a view of a chart needs that the data does not hold (the user's own EGDI file), saying how to add it; or null. */
export function findMissingViewData(chart: ChartId, view: URLSearchParams): string | null {
  const manifest = getChart(chart);
  return manifest.findMissingData ? manifest.findMissingData(view, manifest.getData(CHART_MANIFESTS)) : null;
}

/** The annotation an image URL asks of a chart, checked against its marks: an unknown id or a long note is a 400. */
export async function checkImageAnnotation(chart: ChartId, query: AnnotationQuery | undefined, locale: Locale): Promise<AnnotationResult> {
  if (!query) return { ok: true, annotation: null };
  return parseAnnotation(query, await loadChartMarks(chart, locale));
}

/** The marks an annotation of the chart may highlight, named in a language (none for a chart without marks). */
export async function loadChartMarks(chart: ChartId, locale: Locale): Promise<ChartMark[]> {
  const manifest = getChart(chart);
  return manifest.getMarks ? manifest.getMarks(manifest.getData(CHART_MANIFESTS), locale) : [];
}

/** The annotation a page or embed URL asks for, what cannot be drawn dropped. */
export async function readPageAnnotation(chart: ChartId, query: AnnotationQuery, locale: Locale): Promise<Annotation | null> {
  if (!query.highlight && !query.note) return null;
  return readAnnotation(query, await loadChartMarks(chart, locale));
}

/** The annotation a chart page's query asks for (`?highlight=…&note=…`), what cannot be drawn dropped. */
export function readFigureAnnotation(
  chart: ChartId,
  searchParams: SearchParamsInput | undefined,
  locale: Locale,
): Promise<Annotation | null> {
  const read = (name: string) => {
    if (searchParams instanceof URLSearchParams) return searchParams.get(name);
    const value = searchParams?.[name];
    return Array.isArray(value) ? value[0] : value;
  };
  return readPageAnnotation(chart, { highlight: read('highlight'), note: read('note') }, locale);
}
