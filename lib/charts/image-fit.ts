import type { Box } from './image-layout';

const ROOT_SVG_TAG = /^<svg\b[^>]*>/;

/**
 * Places an <svg> element's markup into a box of another SVG: its own viewBox stays, so a chart
 * whose natural height differs from the box is scaled to fit and centred, never cut off.
 */
export function fitSvgMarkup(markup: string, { x, y, width, height }: Box): string {
  const tag = ROOT_SVG_TAG.exec(markup)?.[0];
  if (!tag) throw new Error('Chart markup does not start with an <svg> element');
  const placed = tag
    .replace(/\s(x|y|width|height|preserveAspectRatio)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid meet"`);
  return placed + markup.slice(tag.length);
}

const VIEW_BOX = /\bviewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/;

/** The size of an <svg> element's viewBox, from its markup. */
export function getSvgSize(markup: string): { width: number; height: number } {
  const match = VIEW_BOX.exec(ROOT_SVG_TAG.exec(markup)?.[0] ?? '');
  if (!match) throw new Error('Chart markup has no viewBox');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** How much fitSvgMarkup scales a chart to fit the box: 1 when it fits as drawn, less when it must shrink. */
export function getScale(markup: string, box: Box): number {
  const { width, height } = getSvgSize(markup);
  return Math.min(box.width / width, box.height / height);
}

const TEXT_ELEMENT = /<text\b[^>]*>[\s\S]*?<\/text>/g;
const FONT_SIZE = /\sfont-size="([\d.]+)"/g;
/** A legend's key (`<g data-legend-key>`) whose label has gone: a symbol that says nothing goes too. */
const UNLABELLED_LEGEND_KEY = /<g\b[^>]*\sdata-legend-key="[^"]*"[^>]*>(?:(?!<\/?g\b|<text\b)[\s\S])*<\/g>/g;

/**
 * The markup without the text that would be drawn smaller than `minFontSize` once scaled by `scale`
 * (a chart shrunk into a small box): on a slide such text is only a smudge. A <text> goes whole when
 * any of its parts is too small; one whose size is not given goes too.
 */
export function dropSmallText(markup: string, scale: number, minFontSize: number): string {
  return markup
    .replace(TEXT_ELEMENT, (element) => {
      const sizes = [...element.matchAll(FONT_SIZE)].map((match) => Number(match[1]));
      return sizes.length > 0 && Math.min(...sizes) * scale >= minFontSize ? element : '';
    })
    .replace(UNLABELLED_LEGEND_KEY, '');
}
