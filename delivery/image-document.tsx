import { toPlainDigits } from '@/components/charts/text-with-markers';
import type { Palette } from '@/lib/charts/palette';
import type { ImageLayout, ImageTextBlock } from '@/lib/charts/image-layout';

export type ChartImageDocumentProps = {
  layout: ImageLayout;
  palette: Palette;
  fontFamily: string;
  /** Accessible name and description of the whole image. */
  title: string;
  description: string;
  /** The chart's own <svg>, already placed into layout.chart. */
  chartMarkup: string;
};

function TextBlock({ text, fill, fontWeight }: { text: ImageTextBlock; fill: string; fontWeight?: number }) {
  return (
    <text x={text.x} y={text.y} fontSize={text.fontSize} fontWeight={fontWeight} fill={fill}>
      {text.lines.map((line, index) => (
        <tspan key={index} x={text.x} dy={index === 0 ? 0 : text.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A chart image: background, title, subtitle, the chart, its notes and its source line, exactly layout.width × layout.height. */
export function ChartImageDocument({ layout, palette, fontFamily, title, description, chartMarkup }: ChartImageDocumentProps) {
  const { width, height } = layout;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={description}
      fontFamily={fontFamily}
      fill={palette.text}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      <rect width={width} height={height} fill={palette.background} />
      <TextBlock text={layout.title} fill={palette.text} fontWeight={700} />
      {layout.subtitle ? <TextBlock text={layout.subtitle} fill={palette.muted} /> : null}
      <g dangerouslySetInnerHTML={{ __html: chartMarkup }} />
      {layout.notes.map((note) => (
        <g key={note.marker.text}>
          <text x={note.marker.x} y={note.marker.y} fontSize={note.text.fontSize} fill={palette.muted}>
            {/* A note's number in the list is as large as its text: raised small digits are for the chart's labels. */}
            {toPlainDigits(note.marker.text)}
          </text>
          <TextBlock text={note.text} fill={palette.muted} />
        </g>
      ))}
      <TextBlock text={layout.source} fill={palette.muted} />
    </svg>
  );
}
