import { wrapText } from '@/lib/charts/text-width';

/**
 * A chart slide's text in the deck's unit (present.css's --u, a hundredth of a 16:9 slide's width),
 * per shape of screen: the slide's size, its padding, and the size and line height of its heading,
 * subtitle and source line, which take the height the chart does not get.
 */
const SLIDE_TEXT = {
  wide: { width: 100, height: 56.25, padX: 4, padTop: 3, padBottom: 2.5, heading: 3, subtitle: 1.7 },
  square: { width: 75, height: 56.25, padX: 3, padTop: 2.25, padBottom: 1.875, heading: 2.5, subtitle: 1.4 },
} as const;
const HEADING_LINE = 1.2;
const HEADING_GAP = 0.4;
const TEXT_LINE = 1.45;
const SOURCE = 1.4;

export type SlideChartText = { title: string; subtitle?: string; source: string };

/**
 * The height of a chart `chartWidth` units wide that fills the room a slide leaves under its
 * heading and subtitle and above its source line, so that the chart is drawn at the width of the
 * slide (its text as large as the shape allows) instead of shrinking to a height it does not have.
 * The lines are counted with getTextWidth, which errs wide: a line too many leaves a little room
 * under the chart, never shrinks it.
 */
export function getSlideChartHeight(shape: keyof typeof SLIDE_TEXT, chartWidth: number, text: SlideChartText): number {
  const s = SLIDE_TEXT[shape];
  const inner = s.width - 2 * s.padX;
  const lines = (value: string, size: number, weight = 400) => (value ? wrapText(value, size, inner, weight).length : 0);
  const heading = lines(text.title, s.heading, 700) * s.heading * HEADING_LINE + s.heading * HEADING_GAP;
  const subtitle = lines(text.subtitle ?? '', s.subtitle) * s.subtitle * TEXT_LINE;
  const source = lines(text.source, SOURCE) * SOURCE * TEXT_LINE;
  const room = s.height - s.padTop - s.padBottom - heading - subtitle - source;
  return Math.floor((chartWidth * room) / inner);
}
