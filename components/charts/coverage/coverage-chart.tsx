import { Group } from '@visx/group';
import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import { getCoverageAnnotationTargets } from '@/lib/charts/coverage/layout';
import { PlacedLabel } from '@/components/charts/placed-label';
import type { CoverageLayout, PlacedLevel } from '@/lib/charts/coverage/types';
import type { Palette } from '@/lib/charts/palette';

export type CoverageChartProps = {
  layout: CoverageLayout;
  palette: Palette;
  title: string;
  description: string;
  background?: boolean;
  annotation?: Annotation | null;
  /** Room under the chart for the note (images with a note): the drawing is this much taller than its layout. */
  noteBand?: NoteBand;
};

type LevelProps = { level: PlacedLevel; gridXs: readonly number[]; palette: Palette; annotation?: Annotation | null };

function Level({ level, gridXs, palette, annotation }: LevelProps) {
  return (
    <g
      className="coverage-level"
      tabIndex={0}
      aria-label={level.tip}
      data-tip={level.tip}
      data-level={level.id}
      {...getMarkProps(annotation, level.id)}
    >
      {level.nameLines.map((line, i) => (
        <PlacedLabel key={i} text={line} palette={palette} />
      ))}
      <rect className="focus-ring" {...level.track} rx={3} fill={palette.track} />
      <path
        aria-hidden="true"
        d={gridXs.map((x) => `M${x},${level.track.y}v${level.track.height}`).join('')}
        stroke={palette.grid}
        strokeWidth={1}
      />
      <rect className="coverage-bar" {...level.bar} rx={3} fill={palette.series[0]} />
      <PlacedLabel text={level.value} palette={palette}>
        {level.marker.text ? (
          <tspan fontSize={level.marker.fontSize} dx={2} dy={-level.marker.fontSize * 0.45}>
            {level.marker.text}
          </tspan>
        ) : null}
      </PlacedLabel>
      {level.totalLines.map((line, i) => (
        <PlacedLabel key={i} text={line} palette={palette} />
      ))}
    </g>
  );
}

/** Bars on full 0–100 % tracks, one per administrative level, top of the hierarchy first. */
export function CoverageChart({ layout, palette, title, description, background, annotation, noteBand }: CoverageChartProps) {
  const gridXs = layout.ticks.slice(1, -1).map((tick) => tick.x);
  return (
    <ChartSvg
      width={layout.width}
      height={layout.height}
      noteBand={noteBand}
      title={title}
      description={description}
      palette={palette}
      background={background}
    >
      <Group aria-hidden="true">
        <PlacedLabel text={layout.axisTitle} palette={palette} />
        {layout.ticks.map((tick) => (
          <PlacedLabel key={tick.value} text={tick.label} palette={palette} />
        ))}
        {layout.ticks.map((tick) => (
          <line
            key={tick.value}
            x1={tick.x}
            x2={tick.x}
            y1={tick.y1}
            y2={tick.y2}
            stroke={palette.grid}
            strokeWidth={1}
            strokeDasharray="2 3"
          />
        ))}
      </Group>
      <Group>
        {layout.levels.map((level) => (
          <Level key={level.id} level={level} gridXs={gridXs} palette={palette} annotation={annotation} />
        ))}
      </Group>
      <AnnotationLayer
        annotation={annotation}
        targets={getCoverageAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
