import { CHART_IMAGE_FONT_FAMILY } from '../fonts/chart-fonts';
import { createPngWorkerPool, type PngWorkerPool } from './image-png-workers';

/**
 * PNGs drawn at the same time. One: this server has two cores and a scale-3 bitmap keeps one busy
 * for about a second, so the other stays free for pages and JSON while images wait their turn.
 */
export const PNG_DRAWING_CONCURRENCY = 1;

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

// One pool per process, even when the route is bundled twice or reloaded in development, so threads are never duplicated or leaked.
const POOL = Symbol.for('egov-dashboard.chart-png-workers');

function getPool(): PngWorkerPool {
  const shared = globalThis as unknown as Record<symbol, PngWorkerPool | undefined>;
  return (shared[POOL] ??= createPngWorkerPool(PNG_DRAWING_CONCURRENCY));
}

/**
 * A PNG of an SVG document at `scale` pixels per SVG unit. Drawn on a worker thread: resvg takes up
 * to a second at scale 3 (half of it encoding the PNG), which on this thread would stall every request.
 */
export function renderPng(
  svg: string,
  { scale, fontFiles, defaultFontFamily = CHART_IMAGE_FONT_FAMILY, straightQuotes = false }: PngOptions,
): Promise<Uint8Array> {
  return getPool().draw(straightQuotes ? toStraightQuotes(svg) : svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily },
  });
}
