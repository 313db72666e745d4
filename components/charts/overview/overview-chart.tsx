import type { OverviewLayout } from '@/lib/charts/overview/layout';
import type { Palette } from '@/lib/charts/palette';
import { ChartSvg } from '../chart-svg';

/** A small chart as the overview shows it: its <svg> markup, the size of its viewBox, and a name for it in a file of them. */
export type OverviewThumbnail = { id: string; markup: string; width: number; height: number };

/**
 * Whether a small chart can be shown from another file: not one that paints with its own patterns or
 * gradients (`url(#…)`), which a <use> of another document does not resolve in every browser.
 */
export function canShareThumbnail({ markup }: OverviewThumbnail): boolean {
  return !markup.includes('url(#');
}

export type OverviewChartProps = {
  layout: OverviewLayout;
  /** The small chart for each cell, in the order of the layout's cells. */
  thumbnails: OverviewThumbnail[];
  /** The file holding the small charts as symbols: when given, cells refer to them there instead of holding them. */
  thumbnailsHref?: string;
  title: string;
  description: string;
  palette: Palette;
  background?: boolean;
};

/**
 * The five charts small, each under its headline number. Each small chart is placed by an <svg> of
 * its cell's box whose viewBox is the chart's own: scaled to fit and centred, never cut off. On a
 * page (`thumbnailsHref`) the charts may draw past their viewBox, as the page's CSS lets every chart.
 */
export function OverviewChart({ layout, thumbnails, thumbnailsHref, title, description, palette, background }: OverviewChartProps) {
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} description={description} palette={palette} background={background}>
      {layout.cells.map((cell, i) => {
        const thumbnail = thumbnails[i]!;
        const viewBox = `0 0 ${thumbnail.width} ${thumbnail.height}`;
        return (
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
            {thumbnailsHref && canShareThumbnail(thumbnail) ? (
              <svg {...cell.chartBox} viewBox={viewBox} overflow="visible" aria-hidden="true">
                <use href={`${thumbnailsHref}#${thumbnail.id}`} width={thumbnail.width} height={thumbnail.height} />
              </svg>
            ) : (
              <svg
                {...cell.chartBox}
                viewBox={viewBox}
                overflow={thumbnailsHref ? 'visible' : undefined}
                aria-hidden="true"
                dangerouslySetInnerHTML={{ __html: thumbnail.markup }}
              />
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
}
