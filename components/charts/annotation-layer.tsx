import { getMarkEmphasis, RECEDED_OPACITY, type Annotation } from '@/lib/charts/annotation/annotation';
import { getOutlineStroke, layoutAnnotation, type AnnotationTargets, type NoteBand } from '@/lib/charts/annotation/layout';
import type { Palette } from '@/lib/charts/palette';

export type AnnotationLayerProps = {
  annotation: Annotation | null | undefined;
  targets: AnnotationTargets;
  width: number;
  /** The chart's height, without the note's band (which is under it). */
  height: number;
  /** The chart's text size, which the note takes unless the image gives it a band of its own. */
  fontSize: number;
  /** The band an image sets aside under the chart for the note (see ChartRenderOptions). */
  noteBand?: NoteBand;
  palette: Palette;
};

/**
 * Attributes of a mark's group under an annotation: its id, and a lower opacity while other marks are
 * highlighted. Without an annotation, none: a plain chart's markup stays as it was.
 */
export function getMarkProps(annotation: Annotation | null | undefined, id: string) {
  if (!annotation) return {};
  const emphasis = getMarkEmphasis(annotation, id);
  return {
    'data-mark': id,
    ...(emphasis === 'normal' ? {} : { 'data-emphasis': emphasis }),
    ...(emphasis === 'receded' ? { opacity: RECEDED_OPACITY } : {}),
  };
}

/**
 * Drawn last over every chart: an outline around each highlighted mark and the lecturer's note in a
 * box beside the first, joined by a line. The note is text (React escapes it), never markup.
 */
export function AnnotationLayer({ annotation, targets, width, height, fontSize, noteBand, palette }: AnnotationLayerProps) {
  if (!annotation) return null;
  const { outlines, note } = layoutAnnotation(annotation, targets, {
    width,
    height: height + (noteBand?.height ?? 0),
    fontSize,
    noteFontSize: noteBand?.fontSize,
  });
  const stroke = getOutlineStroke(fontSize);
  return (
    <g className="chart-annotation">
      {outlines.map((box, i) => (
        <rect key={i} {...box} rx={stroke * 2} fill="none" stroke={palette.focus} strokeWidth={stroke} aria-hidden="true" />
      ))}
      {note ? (
        <g className="chart-annotation__note" data-clear={note.clear || undefined}>
          {note.leader ? <line {...note.leader} stroke={palette.focus} strokeWidth={stroke} aria-hidden="true" /> : null}
          <rect {...note.box} rx={stroke * 2} fill={palette.background} stroke={palette.focus} strokeWidth={stroke} />
          <text fontSize={note.fontSize} fill={palette.text}>
            {note.lines.map((line) => (
              <tspan key={line.key} x={line.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        </g>
      ) : null}
    </g>
  );
}
