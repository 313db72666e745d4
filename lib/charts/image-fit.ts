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
