import { scaleLinear } from 'd3-scale';
import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import type { Translate } from '@/lib/i18n/translator';
import { fitFontSize, getBaseFontSize, getLeastFontSize } from '@/lib/charts/shared/fit-font-size';
import { round1 } from '@/lib/charts/shared/numbers';
import {
  FONT_SIZE_CURVE,
  MAX_NAME_COLUMN_SHARE,
  MIN_FONT_SIZE,
  RIGHT_MARGIN,
  SIDE_BY_SIDE_MIN_WIDTH,
  TICKS_NARROW,
  TICKS_WIDE,
} from './constants';
import { placeText } from '@/lib/charts/shared/text-box';
import { getOutlineInset, type AnnotationTargets } from '@/lib/charts/annotation/layout';
import type { CoverageLayout, CoverageLevel, PlacedLevel, PlacedTick } from './types';

/** `t` is the coverage namespace, for the axis. */
export type CoverageLayoutOptions = {
  width: number;
  height?: number;
  /** The smallest text allowed (large-text images); the layout fits `height` without going under it. */
  minFontSize?: number;
  /** Whether an annotation may outline a level: the names then start clear of the left edge (getOutlineInset). */
  annotated?: boolean;
  t: Translate;
};

type Texts = { levels: readonly CoverageLevel[]; axisTitle: string; tickLabel: (value: number) => string };

/** Vertical room beyond the natural layout, used when the chart must fill a given height. */
type Spacing = { barScale: number; extraGap: number; offsetY: number };

const NATURAL: Spacing = { barScale: 1, extraGap: 0, offsetY: 0 };

/**
 * Horizontal bars, one per administrative level top to bottom of the hierarchy, each on a full
 * 0–100 % track, with its share (and the deck's qualifier), a footnote marker and, where the deck
 * gives a total, that total as the deck states it.
 */
export function layoutCoverage(
  levels: readonly CoverageLevel[],
  { width, height, minFontSize, annotated = false, t }: CoverageLayoutOptions,
): CoverageLayout {
  const texts: Texts = { levels, axisTitle: t('axisTitle'), tickLabel: (value) => t('share.exact', { value }) };
  const place = (fontSize: number, spacing = NATURAL) =>
    placeLevels(texts, width, fontSize, spacing, annotated ? getOutlineInset(fontSize) : 0);
  const least = minFontSize === undefined ? MIN_FONT_SIZE : getLeastFontSize(minFontSize, getSmallSize);
  const start = Math.max(least, getBaseFontSize(width, FONT_SIZE_CURVE));
  if (height === undefined) return place(start);
  const { fontSize, layout } = fitFontSize(place, { start, min: least, height });
  // Taller than asked where even the least size does not fit: an image then draws it smaller rather than cut off.
  return { ...place(fontSize, getSpacing(layout, height, texts.levels.length)), height: Math.max(height, layout.height) };
}

/** The size of the axis, totals and markers: nine tenths of the base size, at least 12. */
function getSmallSize(fontSize: number): number {
  return Math.max(12, Math.round(fontSize * 0.9 * 2) / 2);
}

/** Thicker bars first, then wider gaps, then an even margin above and below. */
function getSpacing(natural: CoverageLayout, height: number, count: number): Spacing {
  let spare = height - natural.height;
  if (spare <= 0 || count === 0) return NATURAL;
  const barHeight = natural.levels[0]!.bar.height;
  const barGrowth = Math.min(spare / count, barHeight * 0.6);
  spare -= barGrowth * count;
  const extraGap = count > 1 ? Math.min(spare / (count - 1), natural.fontSize * 2) : 0;
  spare -= extraGap * (count - 1);
  return { barScale: (barHeight + barGrowth) / barHeight, extraGap, offsetY: spare / 2 };
}

function placeLevels(
  { levels, axisTitle, tickLabel }: Texts,
  width: number,
  fontSize: number,
  spacing: Spacing,
  inset: number,
): CoverageLayout {
  const small = getSmallSize(fontSize);
  const lineHeight = Math.round(fontSize * 1.3);
  const smallLineHeight = Math.round(small * 1.35);
  const barHeight = Math.round(fontSize * 1.7 * spacing.barScale);
  const rowGap = Math.round(fontSize * 1.2 + spacing.extraGap);
  const gap = Math.round(fontSize * 0.6);
  const arrangement = width >= SIDE_BY_SIDE_MIN_WIDTH ? 'side' : 'stacked';

  const valueWidth = (level: CoverageLevel) => Math.ceil(getTextWidth(level.value, fontSize, 700) + 2 + getTextWidth(level.marker, small));
  const valueColumn = Math.ceil(Math.max(0, ...levels.map(valueWidth)));
  const nameColumn =
    arrangement === 'side'
      ? Math.min(
          Math.ceil(Math.max(0, ...levels.map((l) => getTextWidth(l.name, fontSize)))) + gap,
          Math.round(width * MAX_NAME_COLUMN_SHARE),
        )
      : 0;
  const trackLeft = inset + nameColumn;
  const trackRight = width - valueColumn - gap - Math.max(RIGHT_MARGIN, inset);
  const x = scaleLinear([0, 100], [trackLeft, trackRight]);

  let top = Math.round(spacing.offsetY);
  const tickValues = arrangement === 'side' ? TICKS_WIDE : TICKS_NARROW;
  const firstTickHalf = getTextWidth(tickLabel(0), small) / 2;
  const titleFits = arrangement === 'side' && getTextWidth(axisTitle, small) + gap <= nameColumn - firstTickHalf;
  const tickBaseline = top + Math.round(small);
  const axisTitleText = titleFits
    ? placeText(axisTitle, inset, tickBaseline, small, { tone: 'muted' })
    : placeText(axisTitle, trackLeft, tickBaseline, small, { tone: 'muted' });
  if (!titleFits) top += smallLineHeight;
  const tickLabelBaseline = top + Math.round(small);
  const axisBottom = top + smallLineHeight + Math.round(fontSize * 0.2);

  let rowTop = axisBottom + Math.round(fontSize * 0.3);
  const placed: PlacedLevel[] = levels.map((level) => {
    const nameLines = wrapText(level.name, fontSize, arrangement === 'side' ? nameColumn - gap : trackRight - inset);
    const nameHeight = nameLines.length * lineHeight;
    const nameTop = arrangement === 'side' ? rowTop + Math.max(0, Math.round((barHeight - nameHeight) / 2)) : rowTop;
    const barTop =
      arrangement === 'side'
        ? rowTop + Math.max(0, Math.round((nameHeight - barHeight) / 2))
        : rowTop + nameHeight + Math.round(fontSize * 0.2);
    const midline = barTop + barHeight / 2;
    const valueText = placeText(level.value, trackRight + gap, midline + fontSize * 0.35, fontSize, { fontWeight: 700 });
    valueText.box.width = valueWidth(level);
    const totalTop = barTop + barHeight + Math.round(fontSize * 0.3);
    const totalLines = level.totalLine ? wrapText(level.totalLine, small, width - trackLeft - inset) : [];
    const rowBottom = Math.max(nameTop + nameHeight, barTop + barHeight, totalTop + totalLines.length * smallLineHeight);
    const result: PlacedLevel = {
      id: level.id,
      rank: level.rank,
      share: level.share,
      nameLines: nameLines.map((line, i) =>
        placeText(line, inset, nameTop + i * lineHeight + Math.round(lineHeight / 2 + fontSize * 0.35), fontSize),
      ),
      track: { x: trackLeft, y: barTop, width: trackRight - trackLeft, height: barHeight },
      bar: { x: trackLeft, y: barTop, width: round1(x(level.share) - trackLeft), height: barHeight },
      value: valueText,
      marker: { text: level.marker, fontSize: small },
      totalLines: totalLines.map((line, i) =>
        placeText(line, trackLeft, totalTop + i * smallLineHeight + Math.round(small * 1.0), small, { tone: 'muted' }),
      ),
      tip: level.tip,
    };
    rowTop = rowBottom + rowGap;
    return result;
  });

  const plotBottom = placed.length > 0 ? placed[placed.length - 1]!.track.y + barHeight : axisBottom;
  const ticks: PlacedTick[] = tickValues.map((value) => {
    const tickX = round1(x(value));
    const centred = placeText(tickLabel(value), tickX, tickLabelBaseline, small, { anchor: 'middle', tone: 'muted' });
    const label =
      centred.box.x < 0 ? placeText(tickLabel(value), tickX, tickLabelBaseline, small, { anchor: 'start', tone: 'muted' }) : centred;
    return { value, x: tickX, y1: axisBottom - Math.round(fontSize * 0.2), y2: plotBottom, label };
  });

  const contentBottom = placed.length > 0 ? rowTop - rowGap : axisBottom;
  return {
    width,
    height: Math.ceil(contentBottom + Math.max(2, inset) + spacing.offsetY),
    fontSize,
    arrangement,
    axisTitle: axisTitleText,
    ticks,
    levels: placed,
  };
}

/** Each level as a mark (its name, bar and value) and every label, for the annotation layer. */
export function getCoverageAnnotationTargets(layout: CoverageLayout): AnnotationTargets {
  const texts = (level: PlacedLevel) => [...level.nameLines, level.value, ...level.totalLines].map((text) => text.box);
  return {
    marks: layout.levels.flatMap((level) => [level.track, ...texts(level)].map((box) => ({ id: level.id, box }))),
    labels: [layout.axisTitle.box, ...layout.ticks.map((tick) => tick.label.box), ...layout.levels.flatMap(texts)],
  };
}
