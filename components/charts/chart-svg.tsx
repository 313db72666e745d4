import type { ReactNode } from 'react';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import type { Palette } from '@/lib/charts/palette';
import { CHART_FONT_FAMILY } from '@/lib/fonts/font-stack';

export { CHART_FONT_FAMILY };

export type ChartSvgProps = {
  width: number;
  height: number;
  /** Short name of the chart (<title>). */
  title: string;
  /** What the chart shows, generated from the data in the page's language (aria-label and <desc>). */
  description: string;
  palette: Palette;
  /** Fill the background (image export); pages leave it transparent. */
  background?: boolean;
  /** The band an image sets aside under the chart for a note: the drawing is that much taller than `height`. */
  noteBand?: NoteBand;
  className?: string;
  children: ReactNode;
};

/** The root <svg> of every chart: a fixed viewBox that scales to its container, and an accessible name. */
export function ChartSvg({
  width,
  height: chartHeight,
  title,
  description,
  palette,
  background,
  noteBand,
  className,
  children,
}: ChartSvgProps) {
  const height = chartHeight + (noteBand?.height ?? 0);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={description}
      className={['chart-svg', className].filter(Boolean).join(' ')}
      fontFamily={CHART_FONT_FAMILY}
      fill={palette.text}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      {background ? <rect width={width} height={height} fill={palette.background} /> : null}
      {children}
    </svg>
  );
}
