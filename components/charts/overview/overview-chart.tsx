import type { OverviewLayout } from '@/lib/charts/overview/layout';
import type { Palette } from '@/lib/charts/palette';
import { ChartSvg } from '../chart-svg';

export type OverviewChartProps = {
  layout: OverviewLayout;
  /** Each small chart's <svg> markup, already placed into its cell's chartBox. */
  chartMarkup: Record<string, string>;
  title: string;
  description: string;
  palette: Palette;
  background?: boolean;
};

/** The five charts small, each under its headline number. */
export function OverviewChart({ layout, chartMarkup, title, description, palette, background }: OverviewChartProps) {
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description} palette={palette} background={background}>
      {layout.cells.map((cell) => (
        <g key={cell.chart}>
          <rect {...cell.frame} rx={6} fill={palette.surface} aria-hidden="true" />
          <text x={cell.value.x} y={cell.value.y} fontSize={cell.value.fontSize} fontWeight={700} fill={palette.text}>
            {cell.value.text}
          </text>
          <text x={cell.label.x} y={cell.label.y} fontSize={cell.label.fontSize} fill={palette.muted}>
            {cell.label.lines.map((line, index) => (
              <tspan key={index} x={cell.label.x} dy={index === 0 ? 0 : cell.label.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
          <g aria-hidden="true" dangerouslySetInnerHTML={{ __html: chartMarkup[cell.chart] ?? '' }} />
        </g>
      ))}
    </ChartSvg>
  );
}
