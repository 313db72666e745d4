import { Group } from '@visx/group';
import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import { getMarkerSize, TextWithMarkers } from '@/components/charts/text-with-markers';
import { FRANCE_MARK_OF, getFranceAnnotationTargets, type FranceLayout } from '@/lib/charts/france/layout';
import type { Fill, PlacedBar, PlacedText } from '@/lib/charts/france/types';
import type { Palette } from '@/lib/charts/palette';

export type FranceChartProps = {
  layout: FranceLayout;
  title: string;
  description: string;
  palette: Palette;
  background?: boolean;
  /** The least text size (large-text images): note markers are not drawn smaller. */
  minFontSize?: number;
  annotation?: Annotation | null;
  /** Room under the chart for the note (images with a note): the drawing is this much taller than its layout. */
  noteBand?: NoteBand;
};

function getColour(fill: Fill, palette: Palette, hatchId: string): string {
  if (fill === 'track') return palette.track;
  if (fill === 'hatch-2') return `url(#${hatchId})`;
  return palette.series[Number(fill.slice(-1))]!;
}

function ChartText({ text, palette, minFontSize }: { text: PlacedText; palette: Palette; minFontSize?: number }) {
  return (
    <text
      x={text.x}
      y={text.y}
      fontSize={text.fontSize}
      fontWeight={text.fontWeight}
      textAnchor={text.anchor}
      fill={text.tone === 'muted' ? palette.muted : palette.text}
    >
      <TextWithMarkers text={text.text} markerSize={getMarkerSize(text.fontSize, minFontSize)} />
    </text>
  );
}

function Bar({ bar, palette, hatchId, annotation }: { bar: PlacedBar; palette: Palette; hatchId: string; annotation?: Annotation | null }) {
  const mark = FRANCE_MARK_OF[bar.key];
  const markProps = mark ? getMarkProps(annotation, mark) : {};
  const rect = (
    <rect
      x={bar.x}
      y={bar.y}
      width={bar.width}
      height={bar.height}
      fill={getColour(bar.fill, palette, hatchId)}
      className={bar.tip ? 'focus-ring' : undefined}
    />
  );
  if (!bar.tip)
    return (
      <g aria-hidden="true" {...markProps}>
        {rect}
      </g>
    );
  return (
    <g tabIndex={0} role="img" aria-label={bar.tip} data-tip={bar.tip} {...markProps}>
      {rect}
      {bar.fill === 'hatch-2' ? (
        <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="none" stroke={palette.series[2]} strokeWidth={1.5} />
      ) : null}
    </g>
  );
}

/** The GDP figure and the three comparison panels, drawn from their layout; no state, renders anywhere. */
export function FranceChart({ layout, title, description, palette, background, minFontSize, annotation, noteBand }: FranceChartProps) {
  const hatchId = `france-hatch-${layout.width}x${layout.height}`;
  const { gdp } = layout;
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
      <defs>
        <pattern id={hatchId} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <rect width={6} height={6} fill={palette.background} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={palette.series[2]} strokeWidth={3} />
        </pattern>
      </defs>
      <Group className="france-gdp" {...getMarkProps(annotation, 'gdp')}>
        {gdp.texts.map((text) => (
          <ChartText key={text.key} text={text} palette={palette} minFontSize={minFontSize} />
        ))}
        <rect {...gdp.valueBox} fill="transparent" className="focus-ring" tabIndex={0} role="img" aria-label={gdp.tip} data-tip={gdp.tip} />
      </Group>
      {layout.panels.map((panel) => (
        <Group key={panel.id} role="group" aria-label={panel.heading} className={`france-panel france-panel--${panel.id}`}>
          {panel.bars.map((bar) => (
            <Bar key={bar.key} bar={bar} palette={palette} hatchId={hatchId} annotation={annotation} />
          ))}
          {panel.rules.map((rule) => (
            <line
              key={rule.key}
              x1={rule.x1}
              y1={rule.y1}
              x2={rule.x2}
              y2={rule.y2}
              stroke={getColour(rule.stroke, palette, hatchId)}
              strokeWidth={2.5}
              strokeDasharray={rule.dashed ? '4 3' : undefined}
              aria-hidden="true"
              {...(FRANCE_MARK_OF[rule.key] ? getMarkProps(annotation, FRANCE_MARK_OF[rule.key]!) : {})}
            />
          ))}
          {panel.texts.map((text) => (
            <ChartText key={text.key} text={text} palette={palette} minFontSize={minFontSize} />
          ))}
        </Group>
      ))}
      <AnnotationLayer
        annotation={annotation}
        targets={getFranceAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
