import type { Locale } from '../i18n/routing';
import type { Annotation } from './annotation/annotation';
import type { NoteBand } from './annotation/layout';
import type { Palette } from './palette';

/**
 * How every chart is asked to draw itself, on a page (twice: narrow and wide, with CSS
 * colours), in an embed, as an image (theme colours, background, exact size) or with rows
 * a user uploaded.
 */
export type ChartRenderOptions<Data> = {
  locale: Locale;
  palette: Palette;
  /** Width of the SVG's viewBox, in its user units (about CSS pixels at 1:1). */
  width: number;
  /** Height to fit into; without it the chart takes the height its content needs. */
  height?: number;
  /**
   * The smallest text it may draw, in viewBox units: large-text images ask for a 48th of their
   * height, so the back row reads every label. The chart fits `height` by other means (wrapping,
   * columns) rather than by going smaller. Without it, the chart's own sizes for its width.
   */
  minFontSize?: number;
  /**
   * It may close up to fit `height` at `minFontSize`: tighter spacing, and leaving out what the image's
   * title already says (the application modes' root). An image asks this once no roomier arrangement fits.
   */
  closeUp?: boolean;
  /** Fill the background with palette.background (images). */
  background?: boolean;
  /** Rows to draw instead of the shipped data (an upload preview). */
  data?: Data;
  /**
   * Whether parts that stand for other pages (the overview's cells) link there: in the same tab on
   * the site, in a new one from an embed. Without it, no links (images).
   */
  links?: 'same-tab' | 'new-tab';
  /** Marks to highlight (the others recede) and a note drawn beside the first: the chart's `getMarks` ids, already checked. */
  annotation?: Annotation | null;
  /**
   * Room for the annotation's note under the chart (images with a note): the chart fits `height`
   * and its drawing is `noteBand.height` taller, the note in that band unless a place by its mark is free.
   */
  noteBand?: NoteBand;
};
