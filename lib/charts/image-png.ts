import { Resvg } from '@resvg/resvg-js';
import { CHART_IMAGE_FONT_FAMILY } from '../fonts/chart-fonts';

export type PngOptions = {
  scale: number;
  /** The only fonts resvg may use, so the bitmap is the same on every machine. */
  fontFiles: string[];
  defaultFontFamily?: string;
  /** English text: draw curly quotes straight, since the CJK font only has full-width ones. */
  straightQuotes?: boolean;
};

/** Noto Sans SC's curly quotes are a full em wide, which leaves a gap in "France’s". */
export function toStraightQuotes(svg: string): string {
  return svg.replace(/[‘’]/g, '&#39;').replace(/[“”]/g, '&quot;');
}

/** The characters an SVG document draws (and a few it does not, such as its <title>). */
export function getSvgText(svg: string): string {
  return svg.replace(/<[^>]*>/g, '');
}

/** A PNG of an SVG document at `scale` pixels per SVG unit. */
export function renderPng(svg: string, { scale, fontFiles, defaultFontFamily = CHART_IMAGE_FONT_FAMILY, straightQuotes = false }: PngOptions): Uint8Array {
  const resvg = new Resvg(straightQuotes ? toStraightQuotes(svg) : svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily },
  });
  return resvg.render().asPng();
}
