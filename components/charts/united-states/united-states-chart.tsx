import { Group } from '@visx/group';
import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import { getUnitedStatesAnnotationTargets } from '@/lib/charts/united-states/layout';
import { PlacedLabel } from '@/components/charts/placed-label';
import type { Palette } from '@/lib/charts/palette';
import { UNIT_GAP } from '@/lib/charts/united-states/constants';
import type { PlacedUsPanel, UnitedStatesLayout } from '@/lib/charts/united-states/types';

export type UnitedStatesChartProps = {
  layout: UnitedStatesLayout;
  palette: Palette;
  title: string;
  description: string;
  background?: boolean;
  annotation?: Annotation | null;
  /** Room under the chart for the note (images with a note): the drawing is this much taller than its layout. */
  noteBand?: NoteBand;
};

function Panel({ panel, palette, annotation }: { panel: PlacedUsPanel; palette: Palette; annotation?: Annotation | null }) {
  return (
    <g
      className="us-panel"
      tabIndex={0}
      aria-label={panel.tip}
      data-tip={panel.tip}
      data-metric={panel.id}
      data-unit={panel.unit}
      {...getMarkProps(annotation, panel.id)}
    >
      <rect className="focus-ring" {...panel.frame} rx={6} fill={palette.surface} stroke={palette.grid} strokeWidth={1} />
      {panel.headingLines.map((line, i) => (
        <PlacedLabel key={i} text={line} palette={palette} />
      ))}
      <PlacedLabel text={panel.value} palette={palette}>
        {panel.unitInline ? (
          <tspan fontSize={panel.unitInline.fontSize} fontWeight={400} dx={panel.unitInline.fontSize * UNIT_GAP}>
            {panel.unitInline.text}
          </tspan>
        ) : null}
        {panel.marker.text ? (
          <tspan fontSize={panel.marker.fontSize} dx={2} dy={-Math.round(panel.value.fontSize * 0.45)}>
            {panel.marker.text}
          </tspan>
        ) : null}
      </PlacedLabel>
      {panel.unitLines.map((line, i) => (
        <PlacedLabel key={i} text={line} palette={palette} />
      ))}
      <g aria-hidden="true">
        {panel.squareOutlines.map((box, i) => (
          <rect key={i} {...box} fill="none" stroke={palette.series[0]} strokeWidth={1} strokeDasharray="2 2" />
        ))}
        {panel.squares.map((box, i) => (
          <rect key={i} {...box} fill={palette.series[0]} />
        ))}
        {panel.plus ? <PlacedLabel text={panel.plus} palette={palette} /> : null}
        <rect {...panel.keySwatch} fill={palette.series[0]} />
        {panel.keyLines.map((line, i) => (
          <PlacedLabel key={i} text={line} palette={palette} />
        ))}
      </g>
    </g>
  );
}

/** Six panels, one per figure, each with its own unit; no scale runs across panels. */
export function UnitedStatesChart({ layout, palette, title, description, background, annotation, noteBand }: UnitedStatesChartProps) {
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
      <Group>
        {layout.panels.map((panel) => (
          <Panel key={panel.id} panel={panel} palette={palette} annotation={annotation} />
        ))}
      </Group>
      <AnnotationLayer
        annotation={annotation}
        targets={getUnitedStatesAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
