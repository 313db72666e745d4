import type { Box } from '../shared/box';
import { round1 } from '../shared/numbers';
import { placeTextLines, type TextLine } from '../shared/text-lines';
import type { Annotation } from './annotation';
import { placeNote, type NotePlacement } from './placement';

/** What a chart tells the annotation layer: where each mark is, and the labels a note must leave readable. */
export type AnnotationTargets = { marks: readonly { id: string; box: Box }[]; labels: readonly Box[] };

export type PlacedAnnotation = {
  /** Outlines around the highlighted marks: the cue besides the others receding. */
  outlines: Box[];
  note: (NotePlacement & { lines: TextLine[]; fontSize: number }) | null;
};

function union(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}

/** The width of an outline's stroke round a highlighted mark, for the chart's `fontSize`. */
export function getOutlineStroke(fontSize: number): number {
  return Math.max(2, Math.round(fontSize / 6));
}

/** How far an outline is drawn outside its mark: its stroke's inner edge keeps 2 clear of the mark's text. */
export function getOutlinePad(fontSize: number): number {
  return Math.max(Math.round(fontSize * 0.2), Math.ceil(getOutlineStroke(fontSize) / 2) + 2);
}

/**
 * Room a chart leaves between its edge and text that starts there, when it is annotated: an outline
 * is kept inside the drawing, and with this room it still keeps its pad round that text.
 */
export function getOutlineInset(fontSize: number): number {
  return 2 * getOutlinePad(fontSize);
}

/**
 * The widest a note's text is wrapped: the chart's full width less the 2 kept from each edge and the
 * note box's padding. Its last try, in the fewest lines, and the measure of the band an image keeps.
 */
function getNoteWidest(width: number, fontSize: number): number {
  return width - 4 - 2 * Math.round(fontSize * 0.5);
}

/**
 * Room an image sets aside under its chart for the note: the chart is laid out in the height left
 * above it, so the note has a place that covers no label however densely the chart fills its box.
 */
export type NoteBand = { height: number; fontSize: number };

/**
 * The band a note needs wrapped at its widest (the fewest lines, so the chart keeps the most height),
 * drawn at `fontSize`, with the gap between it and the chart.
 */
export function getNoteBand(note: string, { width, fontSize }: { width: number; fontSize: number }): NoteBand {
  const inner = Math.round(fontSize * 0.5);
  const text = placeTextLines('note', note, { x: 0, top: 0, width: getNoteWidest(width, fontSize), fontSize, bold: false });
  // The note's box and, above it, the half gap placeNote keeps round a label; the 2 is the margin
  // layoutAnnotation keeps from the edge.
  return { height: Math.ceil(text.height + 2 * inner) + Math.ceil(Math.round(fontSize * 0.6) / 2) + 2, fontSize };
}

/**
 * The annotation drawn over a chart of `width` × `height`: an outline around each highlighted mark
 * (a mark may have several boxes, e.g. a bar and its label) and the note, wrapped at the chart's text
 * size and placed near the first highlighted mark (placeNote) without covering a label.
 */
export function layoutAnnotation(
  annotation: Annotation,
  targets: AnnotationTargets,
  { width, height, fontSize, noteFontSize = fontSize }: { width: number; height: number; fontSize: number; noteFontSize?: number },
): PlacedAnnotation {
  const pad = getOutlinePad(fontSize);
  const boxesOf = (id: string) => targets.marks.filter((mark) => mark.id === id).map((mark) => mark.box);
  const outlines = annotation.highlight.flatMap((id) => {
    const box = union(boxesOf(id));
    if (!box) return [];
    // Kept inside the drawing, so an outline round a mark at the edge shows all four sides.
    const x = Math.max(pad, box.x - pad);
    const y = Math.max(pad, box.y - pad);
    const right = Math.min(width - pad, box.x + box.width + pad);
    const bottom = Math.min(height - pad, box.y + box.height + pad);
    return [{ x: round1(x), y: round1(y), width: round1(right - x), height: round1(bottom - y) }];
  });
  if (!annotation.note) return { outlines, note: null };
  const inner = Math.round(noteFontSize * 0.5);
  const place = (maxWidth: number) => {
    const text = placeTextLines('note', annotation.note, { x: 0, top: 0, width: maxWidth, fontSize: noteFontSize, bold: false });
    const size = { width: Math.ceil(text.width + 2 * inner), height: Math.ceil(text.height + 2 * inner) };
    const placement = placeNote({
      target: outlines[0] ?? null,
      size,
      bounds: { x: 2, y: 2, width: width - 4, height: height - 4 },
      // A note covers no label, and none of the outlines it and the others' marks are picked out by.
      labels: [...targets.labels, ...outlines],
      marks: targets.marks.map((mark) => mark.box),
      gap: Math.round(noteFontSize * 0.6),
    });
    return { text, placement };
  };
  // A dense chart may have no room for a note of three lines but room for a wider one of two, or one.
  const attempts = [Math.min(width * 0.42, noteFontSize * 20), width * 0.6, getNoteWidest(width, noteFontSize)].map((maxWidth) =>
    Math.max(noteFontSize * 6, maxWidth),
  );
  let placed = place(attempts[0]!);
  for (const maxWidth of attempts.slice(1)) {
    if (placed.placement.clear) break;
    placed = place(maxWidth);
  }
  const { text, placement } = placed;
  const lines = text.lines.map((line) => ({
    ...line,
    x: round1(line.x + placement.box.x + inner),
    y: round1(line.y + placement.box.y + inner),
    box: { ...line.box, x: round1(line.box.x + placement.box.x + inner), y: round1(line.box.y + placement.box.y + inner) },
  }));
  return { outlines, note: { ...placement, lines, fontSize: noteFontSize } };
}
