/** A lecturer's annotation of a chart: marks to highlight (the others recede) and a short note drawn beside the first. */
export type Annotation = { highlight: readonly string[]; note: string };

/** A mark of a chart that can be highlighted: a level, a milestone, a figure, a mode or a system. */
export type ChartMark = { id: string; label: string };

export const NOTE_MAX_LENGTH = 200;
export const ANNOTATION_PARAMS = ['highlight', 'note'] as const;

export type AnnotationQuery = { highlight?: string | null; note?: string | null };
export type AnnotationResult = { ok: true; annotation: Annotation | null } | { ok: false; error: string };

// Control characters would break a line of SVG text or a header; a note is one paragraph of plain text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

function readIds(value: string | null | undefined): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

function readNote(value: string | null | undefined): string {
  return (value ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** The note's length as a reader counts it: characters, not UTF-16 units. */
export function getNoteLength(note: string): number {
  return [...note].length;
}

/**
 * Reads `highlight` (mark ids, comma-separated) and `note` for images, which refuse what they cannot
 * draw: an id the chart does not have, or a note over NOTE_MAX_LENGTH characters. Null: no annotation.
 */
export function parseAnnotation(query: AnnotationQuery, marks: readonly ChartMark[]): AnnotationResult {
  const known = new Set(marks.map((mark) => mark.id));
  const highlight = readIds(query.highlight);
  const unknown = highlight.find((id) => !known.has(id));
  if (unknown !== undefined) {
    const list = marks.length > 0 ? `its marks are ${marks.map((mark) => mark.id).join(', ')}` : 'it has no marks to highlight';
    return { ok: false, error: `Unknown highlight "${unknown}": ${list}.` };
  }
  const note = readNote(query.note);
  const length = getNoteLength(note);
  if (length > NOTE_MAX_LENGTH) return { ok: false, error: `note is ${length} characters long; at most ${NOTE_MAX_LENGTH}.` };
  return { ok: true, annotation: highlight.length > 0 || note ? { highlight, note } : null };
}

/** The same for pages and embeds, which draw what they can: unknown ids and an over-long note are dropped. */
export function readAnnotation(query: AnnotationQuery, marks: readonly ChartMark[]): Annotation | null {
  const known = new Set(marks.map((mark) => mark.id));
  const highlight = readIds(query.highlight).filter((id) => known.has(id));
  const note = readNote(query.note);
  const kept = getNoteLength(note) <= NOTE_MAX_LENGTH ? note : '';
  return highlight.length > 0 || kept ? { highlight, note: kept } : null;
}

/** The query parameters of an annotation (for share links), without the empty ones. */
export function toAnnotationQuery(annotation: Annotation | null): [string, string][] {
  if (!annotation) return [];
  const params: [string, string][] = [];
  if (annotation.highlight.length > 0) params.push(['highlight', annotation.highlight.join(',')]);
  if (annotation.note) params.push(['note', annotation.note]);
  return params;
}

/** How a mark is drawn under an annotation: as usual, highlighted, or receding behind the highlighted ones. */
export type MarkEmphasis = 'normal' | 'highlighted' | 'receded';

export function getMarkEmphasis(annotation: Annotation | null | undefined, id: string): MarkEmphasis {
  if (!annotation || annotation.highlight.length === 0) return 'normal';
  return annotation.highlight.includes(id) ? 'highlighted' : 'receded';
}

/** Opacity of a receding mark: still readable, clearly behind. */
export const RECEDED_OPACITY = 0.3;
