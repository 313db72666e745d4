import type { DatasetId } from '../datasets/registry';

/** What pages, embeds, image URLs, oEmbed and the share panel know about a chart. Plain data, safe in client code. */
export type ChartMeta<Id extends string = string> = {
  id: Id;
  /**
   * Message namespace with the chart's `name` (its page in the navigation), `title`, `subtitle` and
   * `source` (image export, embeds, oEmbed), and `headline` where it has a cell in the overview.
   */
  namespace: string;
  /** The chart's page, after the locale: '' is the overview at /{locale}. */
  route: string;
  /** The datasets it draws, first the one its CSV download offers. */
  datasets: readonly DatasetId[];
  /**
   * Query parameters of its page's view, which its embed and images take over; embeds and images of
   * the other charts refuse them by this chart's name.
   */
  viewParams?: readonly string[];
  /**
   * The view parameter that picks which of its page's figures an embed or image draws (trends: `show`).
   * Its page shows them all, so it is never read from the page's URL: each figure's share panel sets its own.
   */
  figureParam?: string;
};
