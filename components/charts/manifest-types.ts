import type { ReactElement } from 'react';
import type { DeckSlide } from '@/components/present/deck-slide';
import type { Annotation, ChartMark } from '@/lib/charts/annotation/annotation';
import type { ChartMeta } from '@/lib/charts/chart-meta';
import type { Headline } from '@/lib/charts/headline';
import type { ImageText } from '@/lib/charts/image-layout';
import type { ChartRenderOptions } from '@/lib/charts/render-options';
import type { SearchParamsInput } from '@/lib/charts/timeline/explorer/url';
import type { DatasetId, RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent, PptxContentOptions } from '@/lib/pptx/types';

export type { Headline };
export type ChartNote = { marker: string; text: string };

export type ChartFigureProps = {
  locale: Locale;
  /** The page's query, for charts whose page has a view (the timeline's explorer). */
  searchParams: SearchParamsInput;
  /** Every chart, for a figure made of the others (the overview). */
  charts: readonly AnyChartManifest[];
};

/**
 * Everything about one chart: what it is called and where it lives, the rows it draws, how it draws
 * them, and how it appears on its page, in the overview, in the presentation and in data previews.
 * Each chart folder exports one; `CHART_MANIFESTS` lists them, and every list of charts comes from there.
 * Functions over the data are methods, so a manifest of any row type fits in the one list.
 */
export interface ChartManifest<Id extends string = string, Data = unknown> extends ChartMeta<Id> {
  /** The shipped rows it draws. `charts` is the list of manifests, for a chart made of others. */
  getData(charts: readonly AnyChartManifest[]): Data;
  /** The chart as an SVG element, for pages, embeds, images, slides and previews. */
  render(options: ChartRenderOptions<Data>, charts: readonly AnyChartManifest[]): Promise<ReactElement>;
  /** The marks an annotation may highlight (`highlight=` ids), with their names for the share panel; `render` draws them. */
  getMarks?(data: Data, locale: Locale): Promise<ChartMark[]>;
  /**
   * What it shows in two or three sentences from its messages and data (its SVG's description): the
   * start of its speaker notes. `view`: a view of its page, for a chart that has one.
   */
  describe?(data: Data, locale: Locale, view?: URLSearchParams): Promise<string>;
  /**
   * Its page: message keys (in `namespace`) of the heading and lead, and the figure under them. The
   * overview's page (route '') is the site's front page, which says more than its figure.
   */
  page: {
    title?: string;
    lead?: string;
    /** Use the lead as the page's meta description too. */
    describeWithLead?: boolean;
    Figure(props: ChartFigureProps): Promise<ReactElement>;
    /** What its page shows under the figure, beyond the chart (the United States: the deck's other points on it). */
    BelowFigure?(props: { locale: Locale }): Promise<ReactElement | null>;
  };
  /** The footnotes its markers point to, the same on its page and in data previews. */
  getNotes?(data: Data, locale: Locale): Promise<ChartNote[]>;
  /** Its images carry its notes beside or under the chart: set where the drawing itself marks what they explain. */
  imageNotes?: boolean;
  /** Its cell in the overview: the headline figure (worded by its `headline` message) and how many columns it spans. */
  overview?: { span: 1 | 2; getHeadline(data: Data, locale: Locale, t: Translate): Headline | null };
  /**
   * Its slide in the presentation: by default the chart under its title; `loadSlide` for a slide of its
   * own (`annotation`: what a presentation URL highlights on it, already checked against its marks).
   */
  presentation?: { loadSlide?(locale: Locale, annotation: Annotation | null): Promise<DeckSlide> };
  /**
   * Its slide in the PowerPoint file (`/api/lecture.pptx`, `/charts/{chart}.pptx`): native charts of
   * its numbers or shapes and text, and what it shows in words for the speaker notes.
   */
  pptx?: {
    getContent(data: Data, locale: Locale, options?: PptxContentOptions): Promise<PptxChartContent>;
    /** Its one-slide file takes its page's view (`viewParams`), as its images do. */
    followsView?: boolean;
  };
  /**
   * The rows of a view of its page (`viewParams`) as `/charts/{chart}.csv` gives them: a dataset's
   * rows the view shows, in that dataset's columns (its provenance column with them).
   */
  viewCsv?: {
    /** The dataset whose columns the rows have (another of its page's figures may draw another dataset). */
    getDataset(view: URLSearchParams): DatasetId;
    getRows(data: Data, view: URLSearchParams): readonly Record<string, unknown>[];
  };
  /** The dataset whose rows (shipped or uploaded) it previews on the data pages, and how they become its data. */
  preview?: { dataset: DatasetId; toData(rows: RowOf<DatasetId>[]): Data };
  /** Draws the embed or image of a view of its page (`viewParams` from the URL), instead of `render`. */
  renderView?(options: ChartRenderOptions<Data>, view: URLSearchParams): Promise<ReactElement>;
  /** What is wrong with a view an image URL asks for (a value it does not know), or null: images refuse what embeds drop. */
  checkView?(view: URLSearchParams, data: Data): string | null;
  /** A view in words, which an image of it gives as its subtitle; null where the view is the whole chart. */
  describeView?(view: URLSearchParams, data: Data, locale: Locale): Promise<string | null>;
  /**
   * The title, subtitle and source line of a view that draws another of its page's figures (`figureParam`:
   * trends' `show=egdi`), over the chart's own in embeds, images and its PowerPoint slide; null for its first figure.
   */
  loadViewText?(view: URLSearchParams, data: Data, locale: Locale): Promise<ImageText | null>;
  /**
   * What a view needs that the data does not hold, in a sentence that says how to add it (the user's
   * own EGDI file), or null: its embed, images, PowerPoint file and CSV answer 404 with it.
   */
  findMissingData?(view: URLSearchParams, data: Data): string | null;
}

export type AnyChartManifest = ChartManifest<string, unknown>;

/** A manifest with its id kept as a literal type, so the list of manifests gives `ChartId` as a union. */
export function defineChart<const Id extends string, Data>(manifest: ChartManifest<Id, Data>): ChartManifest<Id, Data> {
  return manifest;
}
