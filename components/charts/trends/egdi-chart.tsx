import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import { PlacedLabel } from '@/components/charts/placed-label';
import { getMarkEmphasis, type Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import type { Palette } from '@/lib/charts/palette';
import { getEgdiAnnotationTargets } from '@/lib/charts/trends/annotation-targets';
import type { EgdiLayout } from '@/lib/charts/trends/egdi';

export type EgdiChartProps = {
  layout: EgdiLayout;
  title: string;
  description: string;
  palette: Palette;
  /** Fill the background (images). */
  background?: boolean;
  /** Countries to highlight, and a lecturer's note beside the first. */
  annotation?: Annotation | null;
  /** The band an image keeps under the chart for the note. */
  noteBand?: NoteBand;
};

/** EGDI and its components in four panels, drawn from their layout; no state, renders anywhere. */
export function EgdiChart({ layout, title, description, palette, background, annotation, noteBand }: EgdiChartProps) {
  const stroke = Math.max(2, Math.round(layout.fontSize * 0.15 * 2) / 2);
  // A highlighted country's lines are drawn heavier: a cue besides the others receding and its outline.
  const strokeOf = (code: string) => (getMarkEmphasis(annotation, code) === 'highlighted' ? stroke * 2 : stroke);
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
      {layout.empty ? <PlacedLabel text={layout.empty} palette={palette} /> : null}
      <g aria-hidden="true">
        {layout.legend.map((item) => (
          <g key={item.code} {...getMarkProps(annotation, item.code)}>
            <line
              x1={item.x}
              x2={item.x + layout.fontSize * 1.2}
              y1={item.y}
              y2={item.y}
              stroke={palette.series[item.colour]}
              strokeWidth={stroke + 1}
              strokeDasharray={item.dashed ? '6 3' : undefined}
            />
            <PlacedLabel text={item.label} palette={palette} />
          </g>
        ))}
      </g>
      {layout.panels.map((panel) => (
        <g key={panel.index} role="group" aria-label={panel.title.text}>
          <PlacedLabel text={panel.title} palette={palette} />
          <g aria-hidden="true">
            {panel.yTicks.map((tick) => (
              <g key={tick.label.text}>
                <line
                  x1={panel.plot.x}
                  x2={panel.plot.x + panel.plot.width}
                  y1={tick.y}
                  y2={tick.y}
                  stroke={palette.grid}
                  strokeWidth={1}
                />
                <PlacedLabel text={tick.label} palette={palette} />
              </g>
            ))}
            {panel.xTicks.map((tick) => (
              <PlacedLabel key={tick.label.text} text={tick.label} palette={palette} />
            ))}
          </g>
          {panel.lines.map((line) => (
            <g key={line.code} {...getMarkProps(annotation, line.code)}>
              <path
                d={line.path}
                fill="none"
                stroke={palette.series[line.colour]}
                strokeWidth={strokeOf(line.code)}
                strokeDasharray={line.dashed ? '6 3' : undefined}
              />
              {line.points.map((point) => (
                <circle
                  key={point.tip}
                  cx={point.x}
                  cy={point.y}
                  r={stroke * 1.8}
                  fill={palette.series[line.colour]}
                  tabIndex={0}
                  role="img"
                  aria-label={point.tip}
                  data-tip={point.tip}
                  className="focus-ring"
                />
              ))}
            </g>
          ))}
        </g>
      ))}
      <AnnotationLayer
        annotation={annotation}
        targets={getEgdiAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
