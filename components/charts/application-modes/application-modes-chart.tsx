import { Group } from '@visx/group';
import { AnnotationLayer, getMarkProps } from '@/components/charts/annotation-layer';
import { ChartSvg } from '@/components/charts/chart-svg';
import { RECEDED_OPACITY, type Annotation } from '@/lib/charts/annotation/annotation';
import type { NoteBand } from '@/lib/charts/annotation/layout';
import { getMarkerSize, TextWithMarkers } from '@/components/charts/text-with-markers';
import { getApplicationModesAnnotationTargets, type ApplicationModesLayout } from '@/lib/charts/application-modes/layout';
import type { PlacedMode, PlacedText } from '@/lib/charts/application-modes/types';
import type { Palette } from '@/lib/charts/palette';

export type ApplicationModesChartProps = {
  layout: ApplicationModesLayout;
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

const TONE: Record<PlacedText['tone'], keyof Palette> = { text: 'text', muted: 'muted', inverse: 'background' };

function Texts({
  texts,
  palette,
  anchor = 'start',
  minFontSize,
}: {
  texts: PlacedText[];
  palette: Palette;
  anchor?: 'start' | 'middle';
  minFontSize?: number;
}) {
  return texts.map((text) => (
    <text
      key={text.key}
      x={text.x}
      y={text.y}
      fontSize={text.fontSize}
      fontWeight={text.fontWeight}
      textAnchor={anchor}
      fill={palette[TONE[text.tone]] as string}
    >
      <TextWithMarkers text={text.text} markerSize={getMarkerSize(text.fontSize, minFontSize)} />
    </text>
  ));
}

type ModeProps = { mode: PlacedMode; palette: Palette; minFontSize?: number; annotation?: Annotation | null };

function Mode({ mode, palette, minFontSize, annotation }: ModeProps) {
  const colour = palette.series[mode.colour]!;
  // A highlighted system keeps its mode's box readable; a highlighted mode keeps its systems.
  const modeShown = annotation?.highlight.some((id) => id === mode.id || id.startsWith(`${mode.id}-`));
  const emphasis = (id: string) => getMarkProps(modeShown && annotation?.highlight.includes(mode.id) ? null : annotation, id);
  return (
    <Group role="group" aria-label={mode.tip} className={`application-mode application-mode--${mode.id}`}>
      <path d={mode.path} fill="none" stroke={colour} strokeWidth={2} aria-hidden="true" />
      <g
        tabIndex={0}
        role="img"
        aria-label={mode.tip}
        data-tip={mode.tip}
        {...getMarkProps(modeShown && !annotation?.highlight.includes(mode.id) ? null : annotation, mode.id)}
      >
        <rect {...mode.box} rx={6} fill={palette.surface} stroke={colour} strokeWidth={2.5} className="focus-ring" />
        <circle cx={mode.badge.cx} cy={mode.badge.cy} r={mode.badge.r} fill={colour} />
        <Texts texts={[mode.badge.text]} palette={palette} anchor="middle" />
        <Texts texts={mode.texts} palette={palette} />
      </g>
      {annotation ? (
        <g opacity={!modeShown && annotation.highlight.length > 0 ? RECEDED_OPACITY : undefined}>
          <Texts texts={mode.definition} palette={palette} minFontSize={minFontSize} />
        </g>
      ) : (
        <Texts texts={mode.definition} palette={palette} minFontSize={minFontSize} />
      )}
      {mode.items.map((item) => (
        <g key={item.key} tabIndex={0} role="img" aria-label={item.tip} data-tip={item.tip} {...emphasis(item.key)}>
          <rect {...item.box} rx={4} fill={palette.background} stroke={colour} strokeWidth={1.5} className="focus-ring" />
          <Texts texts={item.texts} palette={palette} />
        </g>
      ))}
    </Group>
  );
}

/** The application modes as a tree: root, the three modes with their definitions, and their systems. */
export function ApplicationModesChart({
  layout,
  title,
  description,
  palette,
  background,
  minFontSize,
  annotation,
  noteBand,
}: ApplicationModesChartProps) {
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
      {layout.root ? (
        <>
          <path d={layout.rootPath} fill="none" stroke={palette.muted} strokeWidth={1.5} aria-hidden="true" />
          <g>
            <rect {...layout.root.box} rx={6} fill={palette.surface} stroke={palette.text} strokeWidth={1.5} />
            <Texts texts={layout.root.texts} palette={palette} />
          </g>
        </>
      ) : null}
      {layout.modes.map((mode) => (
        <Mode key={mode.id} mode={mode} palette={palette} minFontSize={minFontSize} annotation={annotation} />
      ))}
      <AnnotationLayer
        annotation={annotation}
        targets={getApplicationModesAnnotationTargets(layout)}
        width={layout.width}
        height={layout.height}
        fontSize={layout.fontSize}
        noteBand={noteBand}
        palette={palette}
      />
    </ChartSvg>
  );
}
