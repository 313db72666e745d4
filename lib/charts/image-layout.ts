import type { ImageTextSize } from './image-params';
import { clamp } from './shared/numbers';
import { getTextWidth, wrapText } from './text-width';

export type ImageNote = { marker: string; text: string };
export type ImageText = {
  title: string;
  subtitle?: string;
  source: string;
  /** The footnotes the chart's markers point to (a–d, ¹–⁶), drawn beside or under the chart. */
  notes?: readonly ImageNote[];
};
export type ImageTextBlock = { lines: string[]; x: number; y: number; fontSize: number; lineHeight: number };
export type Box = { x: number; y: number; width: number; height: number };
/** One footnote: its marker, and its text wrapped beside it (a hanging indent). */
export type PlacedImageNote = { marker: { text: string; x: number; y: number }; text: ImageTextBlock };

/** Where a chart image puts its title, subtitle, the chart itself, its notes and the source line. */
export type ImageLayout = {
  width: number;
  height: number;
  title: ImageTextBlock;
  subtitle: ImageTextBlock | null;
  source: ImageTextBlock;
  notes: PlacedImageNote[];
  chart: Box;
  /** The smallest text the chart itself may draw, in pixels of the image (undefined: the chart's own sizes). */
  minFontSize: number | undefined;
};

const LINE_HEIGHT = 1.25;

/** The smallest text of a large-text image `height` pixels tall: a 48th of it, in half pixels. */
export function getImageMinFontSize(height: number): number {
  return Math.ceil((height / 48) * 2) / 2;
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

type TextSizes = { title: number; subtitle: number; source: number; notes: number; min: number | undefined };

function getTextSizes(width: number, height: number, textSize: ImageTextSize): TextSizes {
  if (textSize === 'large') {
    const min = getImageMinFontSize(height);
    return { title: Math.round(min * 1.9), subtitle: Math.round(min * 1.2), source: min, notes: min, min };
  }
  const scale = Math.min(width / 1280, height / 720);
  const title = Math.round(clamp(30 * scale, 15, 64));
  const source = Math.round(clamp(title * 0.5, 10, 32));
  return { title, subtitle: Math.round(clamp(title * 0.62, 11, 40)), source, notes: source, min: undefined };
}

/** Notes from `top` down, each marker in a column of its own and its text wrapped beside it. Returns them and their height. */
function placeNotes(notes: readonly ImageNote[], x: number, top: number, width: number, fontSize: number) {
  const markerWidth = Math.ceil(Math.max(0, ...notes.map((note) => getTextWidth(note.marker, fontSize))) + fontSize * 0.5);
  const gap = Math.round(fontSize * 0.3);
  let y = top;
  const placed = notes.map((note) => {
    const text = block(wrapText(note.text, fontSize, width - markerWidth), x + markerWidth, y, fontSize);
    y += blockHeight(text) + gap;
    return { marker: { text: note.marker, x, y: text.y }, text };
  });
  return { notes: placed, height: Math.max(0, y - top - gap) };
}

/** Notes under the chart, in as many columns (up to three, each at least 16 font sizes wide) as make them shortest. */
function placeNotesBelow(notes: readonly ImageNote[], x: number, width: number, fontSize: number) {
  const columnGap = fontSize * 2;
  let best = placeNotes(notes, x, 0, width, fontSize);
  for (let columns = 2; columns <= Math.min(3, notes.length); columns += 1) {
    const columnWidth = Math.floor((width - (columns - 1) * columnGap) / columns);
    if (columnWidth < fontSize * 16) break;
    const perColumn = Math.ceil(notes.length / columns);
    const parts = Array.from({ length: columns }, (_, i) =>
      placeNotes(notes.slice(i * perColumn, (i + 1) * perColumn), x + i * (columnWidth + columnGap), 0, columnWidth, fontSize),
    );
    const height = Math.max(...parts.map((part) => part.height));
    if (height < best.height) best = { notes: parts.flatMap((part) => part.notes), height };
  }
  return best;
}

/** Moves placed notes down by `dy`. */
function shiftNotes(notes: PlacedImageNote[], dy: number): PlacedImageNote[] {
  return notes.map(({ marker, text }) => ({ marker: { ...marker, y: marker.y + dy }, text: { ...text, y: text.y + dy } }));
}

/**
 * Lays out a chart image of exactly width × height: the title, subtitle and source line sized for
 * the image (see ImageTextSize), the chart's notes beside the chart when the image is wide enough
 * to spare a column for them, else (or with `notesBelow`) under it, and the chart in the box that is left.
 */
export function layoutChartImage(
  text: ImageText,
  {
    width,
    height,
    textSize = 'normal',
    notesBelow = false,
  }: { width: number; height: number; textSize?: ImageTextSize; notesBelow?: boolean },
): ImageLayout {
  const sizes = getTextSizes(width, height, textSize);
  const pad = Math.round(clamp(Math.min(width, height) * 0.045, 10, 80));
  const textWidth = width - 2 * pad;

  const title = block(wrapLines(text.title, sizes.title, textWidth, 2), pad, pad, sizes.title);
  const gap = Math.round(sizes.title * 0.3);
  let subtitle = text.subtitle
    ? block(wrapLines(text.subtitle, sizes.subtitle, textWidth, 2), pad, pad + blockHeight(title) + gap, sizes.subtitle)
    : null;
  const sourceLines = wrapLines(text.source, sizes.source, textWidth, 2);
  const sourceTop = height - pad - sourceLines.length * Math.round(sizes.source * LINE_HEIGHT);
  const source = block(sourceLines, pad, sourceTop, sizes.source);

  const chartGap = Math.round(sizes.title * 0.6);
  const chartTop = (subtitleHeight: number) => pad + blockHeight(title) + (subtitleHeight ? gap + subtitleHeight : 0) + chartGap;
  const notes = text.notes ?? [];
  const bottomFor = (top: number) => {
    if (notes.length === 0) return { chartBottom: sourceTop - chartGap, notes: [], chartWidth: textWidth };
    // Wide images keep the chart's full height and put the notes in a column on the right, if they fit there.
    const columnWidth = Math.round(textWidth * 0.34);
    const column = placeNotes(notes, pad + textWidth - columnWidth, top, columnWidth, sizes.notes);
    if (!notesBelow && width / height >= 1.5 && top + column.height <= sourceTop - chartGap) {
      return { chartBottom: sourceTop - chartGap, notes: column.notes, chartWidth: textWidth - columnWidth - chartGap };
    }
    const below = placeNotesBelow(notes, pad, textWidth, sizes.notes);
    const notesTop = sourceTop - chartGap - below.height;
    return { chartBottom: notesTop - chartGap, notes: shiftNotes(below.notes, notesTop), chartWidth: textWidth };
  };
  // Small images keep the chart at least half the height by giving up the subtitle.
  if (subtitle && bottomFor(chartTop(blockHeight(subtitle))).chartBottom - chartTop(blockHeight(subtitle)) < height / 2) subtitle = null;
  const top = chartTop(blockHeight(subtitle));
  const placed = bottomFor(top);
  const chart = { x: pad, y: top, width: placed.chartWidth, height: Math.max(1, placed.chartBottom - top) };
  return { width, height, title, subtitle, source, notes: placed.notes, chart, minFontSize: sizes.min };
}
