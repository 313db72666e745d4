import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import type { Palette } from '@/lib/charts/palette';
import { getTimelineAnnotationTargets, type PlacedMark, type TimelineGeometry } from '@/lib/charts/timeline/geometry';

export type TimelineChartProps = {
  geometry: TimelineGeometry;
  palette: Palette;
  title: string;
  description: string;
  background?: boolean;
  /** Milestone shown as selected (the explorer's detail panel). */
  selectedId?: string | null;
  /** Milestones matching a search: drawn with a highlight. */
  matchIds?: ReadonlySet<string>;
  /** Accessible name of the group of marks. */
  marksLabel?: string;
  /**
   * The explorer's roving focus: only this mark is in the tab order (arrow keys move it).
   * Left out, every mark is tabbable, as on a static page.
   */
  focusableId?: string | null;
  /** Milestones to highlight and a lecturer's note. */
  annotation?: Annotation | null;
  /** Room under the chart for the note (images with a note): the drawing is this much taller than its layout. */
  noteBand?: NoteBand;
};

function TimelineMark({
  mark,
  palette,
  fontSize,
  smallFontSize,
  selected,
  matched,
  tabbable,
  annotation,
}: {
  annotation?: Annotation | null;
  mark: PlacedMark;
  tabbable: boolean;
  palette: Palette;
  fontSize: number;
  smallFontSize: number;
  selected: boolean;
  matched: boolean;
}) {
  const { label } = mark;
  const color = palette.series[mark.colorIndex];
  return (
    <g
      className="timeline-mark"
      tabIndex={tabbable ? 0 : -1}
      aria-label={mark.tip}
      data-tip={mark.tip}
      data-id={mark.id}
      data-selected={selected || undefined}
      data-match={matched || undefined}
      {...getMarkProps(annotation, mark.id)}
    >
      <rect
        className="timeline-mark__hit"
        x={mark.hit.x}
        y={mark.hit.y}
        width={mark.hit.width}
        height={mark.hit.height}
        fill="transparent"
      />
      {matched || selected ? (
        <rect
          x={label.x - 3}
          y={label.y - 2}
          width={label.width + 6}
          height={label.height + 4}
          rx={4}
          fill={selected ? palette.surface : 'none'}
          stroke={selected ? palette.focus : palette.accent}
          strokeWidth={selected ? 2 : 1.5}
          strokeDasharray={selected ? undefined : '4 2'}
        />
      ) : null}
      {mark.leader ? <path d={mark.leader} fill="none" stroke={palette.muted} strokeWidth={1} aria-hidden="true" /> : null}
      <path className="focus-ring" d={mark.path} fill={color} stroke={palette.background} strokeWidth={1} />
      <text x={label.date.x} y={label.date.y} fontSize={smallFontSize} fill={palette.muted} textAnchor={label.anchor}>
        {label.date.text}
      </text>
      <text fontSize={fontSize} fill={palette.text} textAnchor={label.anchor} fontWeight={selected ? 700 : undefined}>
        {label.title.map((line, i) => (
          <tspan key={i} x={line.x} y={line.y}>
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The timeline: stage bands, year axis, category legend, and one labelled mark per milestone. */
export function TimelineChart({
  geometry: g,
  palette,
  title,
  description,
  background,
  selectedId,
  matchIds,
  marksLabel,
  focusableId,
  annotation,
  noteBand,
}: TimelineChartProps) {
  return (
    <ChartSvg
      width={g.width}
      height={g.height}
      noteBand={noteBand}
      title={title}
      description={description}
      palette={palette}
      background={background}
      className={`timeline-chart timeline-chart--${g.orientation}`}
    >
      <g aria-hidden="true">
        {g.bands.map((band) => (
          <g key={band.id}>
            <rect x={band.x} y={band.y} width={band.width} height={band.height} fill={palette.stageBands[band.rank - 1]} />
            {band.name.text ? (
              <text
                x={band.name.x}
                y={band.name.y}
                textAnchor={band.name.anchor}
                transform={band.name.rotate ? `rotate(-90 ${band.name.x} ${band.name.y})` : undefined}
                fontSize={g.smallFontSize}
                fontWeight={700}
                fill={palette.muted}
              >
                {band.name.text}
              </text>
            ) : null}
          </g>
        ))}
        {g.grid.map((line, i) => (
          <line key={i} {...line} stroke={palette.grid} strokeWidth={1} />
        ))}
        <line {...g.axis} stroke={palette.muted} strokeWidth={1.5} />
        {g.yearLabels.map((label) => (
          <text key={label.text} x={label.x} y={label.y} textAnchor={label.anchor} fontSize={g.smallFontSize} fill={palette.muted}>
            {label.text}
          </text>
        ))}
        {g.rug.map((tick) => (
          <line
            key={tick.id}
            className="timeline-rug"
            data-id={tick.id}
            x1={tick.x1}
            y1={tick.y1}
            x2={tick.x2}
            y2={tick.y2}
            stroke={palette.series[tick.colorIndex]}
            strokeWidth={2}
          />
        ))}
        {g.legend.map((entry) => (
          <g key={entry.category} data-legend-key={entry.category}>
            <path d={entry.path} fill={palette.series[entry.colorIndex]} />
            <text x={entry.label.x} y={entry.label.y} fontSize={g.smallFontSize} fill={palette.text}>
              {entry.label.text}
            </text>
          </g>
        ))}
        {g.context.map((marker) => (
          <g key={marker.id} className="timeline-context">
            {marker.path ? <path d={marker.path} fill="none" stroke={palette.muted} strokeDasharray="4 3" /> : null}
            <text
              x={marker.text.x}
              y={marker.text.y}
              textAnchor={marker.text.anchor}
              fontSize={g.smallFontSize}
              fill={palette.muted}
              fontStyle="italic"
            >
              {marker.text.text}
            </text>
          </g>
        ))}
      </g>
      <g className="timeline-marks" aria-label={marksLabel}>
        {g.marks.map((mark) => (
          <TimelineMark
            key={mark.id}
            mark={mark}
            palette={palette}
            fontSize={g.fontSize}
            smallFontSize={g.smallFontSize}
            selected={mark.id === selectedId}
            matched={matchIds?.has(mark.id) ?? false}
            tabbable={focusableId === undefined || mark.id === focusableId}
            annotation={annotation}
          />
        ))}
      </g>
      <AnnotationLayer
        annotation={annotation}
        targets={getTimelineAnnotationTargets(g)}
        width={g.width}
        height={g.height}
        fontSize={g.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
