import { getTextWidth, wrapText } from './text-width';

export type ImageText = { title: string; subtitle?: string; source: string };
export type ImageTextBlock = { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number };
export type Box = { x: number; y: number; width: number; height: number };

/** Where a chart image puts its title, subtitle, the chart itself and the source line. */
export type ImageLayout = {
  width: number;
  height: number;
  title: ImageTextBlock;
  subtitle: ImageTextBlock | null;
  source: ImageTextBlock;
  chart: Box;
};

const LINE_HEIGHT = 1.25;

function clamp(value: number, min: number, max: number) {
  return Math.min(max, Math.max(min, value));
}

/** At most `maxLines` lines, the last one cut with an ellipsis if the text goes on. */
function wrapLines(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const lines = wrapText(text, fontSize, maxWidth);
  if (lines.length <= maxLines) return lines;
  let last = lines[maxLines - 1]!;
  while (last.length > 1 && getTextWidth(`${last}…`, fontSize) > maxWidth) last = last.slice(0, -1);
  return [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`];
}

function block(lines: string[], x: number, top: number, fontSize: number): ImageTextBlock {
  const lineHeight = Math.round(fontSize * LINE_HEIGHT);
  // y is the first baseline: a line box's baseline sits about 0.8 of the font size below its top.
  return { lines, x, y: Math.round(top + (lineHeight - fontSize) / 2 + fontSize * 0.86), fontSize, lineHeight };
}

function blockHeight(text: ImageTextBlock | null) {
  return text ? text.lines.length * text.lineHeight : 0;
}

/**
 * Lays out a chart image of exactly width × height: text sizes grow with the image
 * (a 1280×720 image has a 30px title, 1920×1080 a 45px one), the chart gets the box that is left.
 */
export function layoutChartImage(text: ImageText, { width, height }: { width: number; height: number }): ImageLayout {
  const scale = Math.min(width / 1280, height / 720);
  const titleSize = Math.round(clamp(30 * scale, 15, 64));
  const subtitleSize = Math.round(clamp(titleSize * 0.62, 11, 40));
  const sourceSize = Math.round(clamp(titleSize * 0.5, 10, 32));
  const pad = Math.round(clamp(Math.min(width, height) * 0.045, 10, 80));
  const textWidth = width - 2 * pad;

  const title = block(wrapLines(text.title, titleSize, textWidth, 2), pad, pad, titleSize);
  const gap = Math.round(titleSize * 0.3);
  let subtitle = text.subtitle
    ? block(wrapLines(text.subtitle, subtitleSize, textWidth, 2), pad, pad + blockHeight(title) + gap, subtitleSize)
    : null;
  const sourceLines = wrapLines(text.source, sourceSize, textWidth, 2);
  const sourceTop = height - pad - sourceLines.length * Math.round(sourceSize * LINE_HEIGHT);
  const source = block(sourceLines, pad, sourceTop, sourceSize);

  const chartGap = Math.round(titleSize * 0.6);
  const chartTop = (subtitleHeight: number) => pad + blockHeight(title) + (subtitleHeight ? gap + subtitleHeight : 0) + chartGap;
  // Small images keep the chart at least half the height by giving up the subtitle.
  if (subtitle && sourceTop - chartGap - chartTop(blockHeight(subtitle)) < height / 2) subtitle = null;
  const top = chartTop(blockHeight(subtitle));
  const chart = { x: pad, y: top, width: textWidth, height: Math.max(1, sourceTop - chartGap - top) };
  return { width, height, title, subtitle, source, chart };
}
