import { Group } from '@visx/group';
import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import { PlacedLabel } from '@/components/charts/placed-label';
import { getMarkEmphasis, type Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import type { Palette } from '@/lib/charts/palette';
import { getTrendsAnnotationTargets } from '@/lib/charts/trends/annotation-targets';
import type { TrendsLayout } from '@/lib/charts/trends/types';

export type TrendsChartProps = {
  layout: TrendsLayout;
  title: string;
  description: string;
  palette: Palette;
  background?: boolean;
  /** Countries or milestones to highlight, and a lecturer's note beside the first. */
  annotation?: Annotation | null;
  /** The band an image keeps under the chart for the note. */
  noteBand?: NoteBand;
};

/** Lines of internet use with the deck's milestones and stages, drawn from their layout; no state, renders anywhere. */
export function TrendsChart({ layout, title, description, palette, background, annotation, noteBand }: TrendsChartProps) {
  const { plot } = layout;
  const stroke = Math.max(2, Math.round(layout.fontSize * 0.17 * 2) / 2);
  // A highlighted country's line is drawn heavier: a cue besides the others receding and its outline.
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
      <Group className="trends-bands" aria-hidden="true">
        {layout.bands.map((band) => (
          <g key={band.id}>
            <rect x={band.x} y={plot.y} width={band.width} height={plot.height} fill={palette.stageBands[(band.rank - 1) % 3]} />
            {band.label ? <PlacedLabel text={band.label} palette={palette} /> : null}
          </g>
        ))}
      </Group>
      <Group className="trends-grid" aria-hidden="true">
        {layout.yTicks.map((tick) => (
          <g key={tick.label.text}>
            <line x1={plot.x} x2={plot.x + plot.width} y1={tick.y} y2={tick.y} stroke={palette.grid} strokeWidth={1} />
            <PlacedLabel text={tick.label} palette={palette} />
          </g>
        ))}
        <line
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={plot.y + plot.height}
          y2={plot.y + plot.height}
          stroke={palette.muted}
          strokeWidth={1}
        />
        {layout.xTicks.map((tick) => (
          <g key={tick.label.text}>
            <line x1={tick.x} x2={tick.x} y1={plot.y + plot.height} y2={plot.y + plot.height + 4} stroke={palette.muted} strokeWidth={1} />
            <PlacedLabel text={tick.label} palette={palette} />
          </g>
        ))}
      </Group>
      <Group className="trends-events">
        {layout.events.map((event) => (
          <g
            key={event.id}
            tabIndex={0}
            role="img"
            aria-label={event.tip}
            data-tip={event.tip}
            className="focus-ring"
            {...getMarkProps(annotation, event.id)}
          >
            <line x1={event.x} x2={event.x} y1={event.y1} y2={event.y2} stroke={palette.muted} strokeWidth={1.5} strokeDasharray="4 3" />
            <PlacedLabel text={event.label} palette={palette} />
          </g>
        ))}
      </Group>
      <Group className="trends-lines">
        {layout.lines.map((line) => {
          const colour = palette.series[line.colour]!;
          return (
            <g key={line.code} role="group" aria-label={line.tip} {...getMarkProps(annotation, line.code)}>
              {line.paths.map((d, i) => (
                <path
                  key={i}
                  d={d}
                  fill="none"
                  stroke={colour}
                  strokeWidth={strokeOf(line.code)}
                  strokeLinejoin="round"
                  strokeDasharray={line.dashed ? '6 3' : undefined}
                />
              ))}
              {line.points.map((point) => (
                <circle key={point.tip} cx={point.x} cy={point.y} r={Math.max(4, stroke * 2)} fill="transparent" data-tip={point.tip} />
              ))}
              {line.points.length > 0 ? (
                <line
                  x1={line.end.x + stroke}
                  y1={line.end.y}
                  x2={line.label.box.x - 2}
                  y2={line.label.box.y + line.label.box.height / 2}
                  stroke={colour}
                  strokeWidth={Math.max(1, stroke / 2)}
                  aria-hidden="true"
                />
              ) : null}
              <g tabIndex={0} role="img" aria-label={line.tip} data-tip={line.tip} className="focus-ring">
                <PlacedLabel text={line.label} palette={palette} />
              </g>
            </g>
          );
        })}
      </Group>
      {layout.empty ? <PlacedLabel text={layout.empty} palette={palette} /> : null}
      <AnnotationLayer
        annotation={annotation}
        targets={getTrendsAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
