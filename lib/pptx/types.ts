import type { Annotation } from '@/lib/charts/annotation/annotation';

/**
 * A PowerPoint slide as plain data, before any library draws it: the pure "rows → slide" functions
 * return these, the writer (`lib/pptx/write-pptx.ts`, server only) turns them into native charts,
 * shapes and text. Sizes are left to the writer; specs say what is on a slide, not where.
 */

/** A native bar chart with the deck's values as its editable data. */
export type PptxBarChart = {
  /** 'bar': horizontal bars (categories down the side); 'col': vertical columns. */
  direction: 'bar' | 'col';
  categories: string[];
  /** Each category's mark id (`highlight=`), where a bar is one of the chart's marks. */
  ids?: string[];
  /** One series per colour; several stack when `stacked`. `id`: the mark a series is. */
  series: { name: string; values: number[]; id?: string }[];
  /** Excel number format of the value axis and the data labels, e.g. `0"%"` or `#,##0`. */
  numberFormat: string;
  /** The value axis' top (100 for shares); the chart's own choice when absent. */
  max?: number;
  stacked?: boolean;
  /** Hide the value axis where each bar carries its label (panels of one figure). */
  hideValueAxis?: boolean;
  /** A legend, where series need naming. */
  legend?: boolean;
};

/**
 * A native line chart: a line per series over its categories (years), a category without a value
 * left as a gap. What is laid over it (events, shaded periods) is placed by a fraction of the
 * category axis, 0 at its left end and 1 at its right; the writer draws those as shapes.
 */
export type PptxLineChart = {
  categories: string[];
  /** `null`: no value there, drawn as a gap (never a zero). `dashed` where colours repeat. */
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
  /** Excel number format of the value axis, e.g. `0"%"`. */
  numberFormat: string;
  /** The value axis' top (100 for shares); the chart's own choice when absent. */
  max?: number;
  /** A logarithmic value axis starting at `min`. */
  log?: { min: number };
  /** Vertical lines over the plot with a short label above it: the deck's milestones. */
  events: { position: number; label: string }[];
  /** Shaded periods behind the lines, named under the axis: the deck's stages. */
  bands: { start: number; end: number; label: string; rank: number }[];
};

/** One cell of a grid of charts: a heading, a native chart and/or lines of text under it. */
export type PptxPanel = {
  heading: string;
  /** The mark the whole panel is (one figure of several). */
  id?: string;
  chart?: PptxBarChart;
  /** A figure in large type where there is no chart (France's GDP). */
  figure?: string;
  lines?: string[];
};

/** A column of text in a coloured frame: a stage, an application mode. */
export type PptxColumn = {
  heading: string;
  /** The mark the column is (a mode). */
  id?: string;
  /** Under the heading: a period, a definition. */
  subheading?: string;
  paragraphs: string[];
  /** Listed one per line as boxes (the systems of a mode). */
  items?: string[];
  /** Each item's mark id (a system). */
  itemIds?: string[];
  /** Small text at the foot: the source slide. */
  foot?: string;
};

/** The timeline drawn with shapes: a year strip with the stages' bands, their events in columns under it. */
export type PptxTimeline = {
  /** First and last year on the strip. */
  from: number;
  to: number;
  /** Times are years with a fraction (August 2002 is 2002.58); a stage without an end runs to the strip's end. */
  stages: {
    name: string;
    /** Its place among all the stages (0 the first), which gives its colour when a view leaves some out. */
    rank: number;
    start: number;
    end: number | null;
    events: { id: string; time: number; date: string; title: string; marker: string }[];
  }[];
};

export type PptxBody =
  | { kind: 'panels'; columns: number; panels: PptxPanel[] }
  | { kind: 'columns'; columns: PptxColumn[] }
  | { kind: 'timeline'; timeline: PptxTimeline }
  | { kind: 'lines'; chart: PptxLineChart }
  | { kind: 'title'; course: string; heading: string; subtitle: string }
  | {
      kind: 'closing';
      deck: string;
      parts: { title: string; source: string }[];
      data: { label: string; url: string };
      site: { label: string; url: string };
      thanks: string;
    };

/** One slide: its title, what is on it, a line of source and the speaker notes (the presenter view's, as plain text). */
export type PptxSlide = {
  id: string;
  title: string;
  subtitle?: string;
  source?: string;
  body: PptxBody;
  notes: string;
  /** Marks to highlight (the others recede) and a note beside the first, as the chart's images take them. */
  annotation?: Annotation | null;
};

/**
 * What a chart's manifest gives for its slide: what is on it. `subtitle: null` leaves out the
 * subtitle its images have, where that speaks of marks the slide does not draw; a string replaces it,
 * where the slide draws less than its images (EGDI without its components).
 */
export type PptxChartContent = { body: PptxBody; subtitle?: null | string };

/** What a one-slide file asks of a chart's slide: a view of its page, and an annotation (checked against its marks). */
export type PptxContentOptions = { view?: URLSearchParams; annotation?: Annotation | null };

/** A whole file: its language (fonts, document language) and its slides in order. */
export type PptxDeck = { locale: 'zh' | 'en'; title: string; slides: PptxSlide[] };
