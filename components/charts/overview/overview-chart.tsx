import type { OverviewChartId } from '@/lib/charts/overview/headlines';
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
  /** Each cell as a link to its chart's page (pages and embeds; images have none). */
  links?: { href: (chart: OverviewChartId) => string; label: (chart: OverviewChartId) => string; target?: '_blank' };
};

function OverviewCellContent({ cell, markup, palette }: { cell: OverviewLayout['cells'][number]; markup: string; palette: Palette }) {
  return (
    <>
      <rect className="focus-ring" {...cell.frame} rx={6} fill={palette.surface} aria-hidden="true" />
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
      <g aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />
    </>
  );
}

/** The five charts small, each under its headline number; on pages and embeds each cell links to its chart. */
export function OverviewChart({ layout, chartMarkup, title, description, palette, background, links }: OverviewChartProps) {
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description} palette={palette} background={background}>
      {layout.cells.map((cell) => {
        const content = <OverviewCellContent cell={cell} markup={chartMarkup[cell.chart] ?? ''} palette={palette} />;
        if (!links) return <g key={cell.chart}>{content}</g>;
        return (
          <a
            key={cell.chart}
            className="overview-cell"
            href={links.href(cell.chart)}
            aria-label={links.label(cell.chart)}
            target={links.target}
            rel={links.target ? 'noopener' : undefined}
          >
            {content}
          </a>
        );
      })}
    </ChartSvg>
  );
}
