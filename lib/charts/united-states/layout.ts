import type { AnnotationTargets } from '@/lib/charts/annotation/layout';
import { fitFontSize, getBaseFontSize, getLeastFontSize } from '@/lib/charts/shared/fit-font-size';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth, wrapText } from '@/lib/charts/text-width';
import { placeText } from '@/lib/charts/shared/text-box';
import { FONT_SIZE_CURVE, getColumnCount, MIN_BIG_RATIO, MIN_FONT_SIZE, SQUARES_PER_ROW, UNIT_GAP } from './constants';
import type { Box, PanelText, PlacedUsPanel, UnitedStatesLayout } from './types';

export type UnitedStatesLayoutOptions = {
  width: number;
  height?: number;
  /** The smallest text allowed (large-text images); the layout fits `height` without going under it. */
  minFontSize?: number;
};

/** Sizes shared by every panel at one font size. */
type Metrics = {
  fontSize: number;
  small: number;
  bigSize: number;
  lineHeight: number;
  smallLineHeight: number;
  pad: number;
  inner: number;
  cell: number;
  squareGap: number;
  perRow: number;
};

/**
 * Small multiples: one panel per figure, three columns wide or two on a phone. Each panel has its
 * own unit and its own unit chart (squares of a round amount of that unit), and nothing is drawn on
 * a scale shared between panels, since people, offices and dollars cannot be compared.
 */
export function layoutUnitedStates(
  texts: readonly PanelText[],
  { width, height, minFontSize }: UnitedStatesLayoutOptions,
): UnitedStatesLayout {
  const least = minFontSize === undefined ? MIN_FONT_SIZE : getLeastFontSize(minFontSize, getSmallSize);
  const start = Math.max(least, getBaseFontSize(width, FONT_SIZE_CURVE));
  const columns = getColumns(texts, width, start);
  if (height === undefined) return placePanels(texts, width, columns, start, 0);
  const fitted = fitFontSize((size) => placePanels(texts, width, columns, size, 0), { start, min: least, height });
  const { fontSize } = fitted;
  // Where even the least text does not fit, the squares go twenty to a row and shrink before
  // anything is drawn smaller.
  const squares = SQUARE_ARRANGEMENTS.find((s) => placePanels(texts, width, columns, fontSize, 0, s).height <= height) ?? TEN_A_ROW;
  const layout = squares === TEN_A_ROW ? fitted.layout : placePanels(texts, width, columns, fontSize, 0, squares);
  const panelRows = Math.max(1, Math.ceil(texts.length / columns));
  const spare = Math.max(0, height - layout.height) / panelRows;
  // Taller than asked where nothing fits: an image then draws it smaller rather than cut off.
  return { ...placePanels(texts, width, columns, fontSize, spare, squares), height: Math.max(height, layout.height) };
}

/** How the squares are drawn: how many to a row, and their size as a share of the most they may take. */
type SquareArrangement = { perRow: number; scale: number };

const TEN_A_ROW: SquareArrangement = { perRow: SQUARES_PER_ROW, scale: 1 };

/**
 * Tried in turn when the text at its least size does not fit the height (an image with a note):
 * rows of twenty, still counted in tens, before the squares shrink.
 */
const SQUARE_ARRANGEMENTS: readonly SquareArrangement[] = [1, 0.85, 0.7, 0.6].flatMap((scale) =>
  [SQUARES_PER_ROW, 2 * SQUARES_PER_ROW].map((perRow) => ({ perRow, scale })),
);

/** The size of keys and markers: nine tenths of the base size, at least 12. */
function getSmallSize(fontSize: number): number {
  return Math.max(12, Math.round(fontSize * 0.9 * 2) / 2);
}

/** The most columns (up to what the width allows) in which the big numbers stay big. */
function getColumns(texts: readonly PanelText[], width: number, fontSize: number): number {
  for (let columns = getColumnCount(width); columns > 1; columns--) {
    const gap = Math.round(fontSize * 1.1);
    const panelWidth = Math.floor((width - gap * (columns - 1)) / columns);
    if (getMetrics(texts, panelWidth, fontSize).bigSize >= fontSize * MIN_BIG_RATIO) return columns;
  }
  return 1;
}

function getMetrics(texts: readonly PanelText[], panelWidth: number, fontSize: number, squares = TEN_A_ROW): Metrics {
  const small = getSmallSize(fontSize);
  const pad = Math.round(fontSize * 0.8);
  const inner = panelWidth - 2 * pad;
  const markerRoom = getTextWidth('a', small) + 3;
  const widestValue = Math.max(1, ...texts.map((p) => getTextWidth(p.value, 1, 700)));
  const bigSize = Math.max(fontSize, Math.min(Math.round(fontSize * 2.2), Math.floor((inner - markerRoom) / widestValue)));
  const plusRoom = Math.ceil(getTextWidth('+', fontSize * 1.3)) + 4;
  const cell = Math.max(6, Math.round(Math.min(fontSize * 1.5, Math.floor((inner - plusRoom) / squares.perRow)) * squares.scale));
  return {
    fontSize,
    small,
    bigSize,
    lineHeight: Math.round(fontSize * 1.3),
    smallLineHeight: Math.round(small * 1.35),
    pad,
    inner,
    cell,
    squareGap: Math.max(2, Math.round(cell * 0.18)),
    perRow: squares.perRow,
  };
}

function placePanels(
  texts: readonly PanelText[],
  width: number,
  columns: number,
  fontSize: number,
  spare: number,
  squares = TEN_A_ROW,
): UnitedStatesLayout {
  const gap = Math.round(fontSize * 1.1);
  const panelWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const m = getMetrics(texts, panelWidth, fontSize, squares);
  const panelRows = Math.ceil(texts.length / columns);
  const contentHeights = texts.map((p) => placePanel(p, 0, 0, panelWidth, 0, m).height);
  const rowContent = Array.from({ length: panelRows }, (_, r) => Math.max(0, ...contentHeights.slice(r * columns, (r + 1) * columns)));
  const rowHeights = rowContent.map((h) => Math.round(h + spare));
  const rowTops = rowHeights.map((_, r) => rowHeights.slice(0, r).reduce((sum, h) => sum + h + gap, 0));
  const panels = texts.map((p, i) => {
    const row = Math.floor(i / columns);
    const x = (i % columns) * (panelWidth + gap);
    return placePanel(p, x, rowTops[row]!, panelWidth, rowHeights[row]!, m, Math.round(spare / 2)).panel;
  });
  const height = rowHeights.reduce((sum, h) => sum + h, 0) + Math.max(0, panelRows - 1) * gap + 2;
  return { width, height, fontSize, columns, panels };
}

function placePanel(p: PanelText, x: number, y: number, panelWidth: number, panelHeight: number, m: Metrics, offset = 0) {
  const { fontSize, small, bigSize, lineHeight, smallLineHeight, pad, inner, cell, squareGap, perRow } = m;
  const left = x + pad;
  let top = y + offset + pad;

  const headingLines = wrapText(p.heading, fontSize, inner).map((line, i) =>
    placeText(line, left, top + i * lineHeight + Math.round(lineHeight / 2 + fontSize * 0.35), fontSize),
  );
  top += headingLines.length * lineHeight + Math.round(fontSize * 0.3);

  const valueBaseline = top + Math.round(bigSize * 0.92);
  const value = placeText(p.value, left, valueBaseline, bigSize, { fontWeight: 700 });
  if (p.marker) value.box.width = Math.ceil(value.box.width + 2 + getTextWidth(p.marker, small));
  top += Math.round(bigSize * 1.15);
  const unitInline = p.unitWord !== '' && value.box.width + fontSize * UNIT_GAP + getTextWidth(p.unitWord, fontSize) <= inner;
  if (unitInline) value.box.width = Math.ceil(value.box.width + fontSize * UNIT_GAP + getTextWidth(p.unitWord, fontSize));
  const unitLines = unitInline
    ? []
    : wrapText(p.unitWord, fontSize, inner).map((line, i) =>
        placeText(line, left, top + i * lineHeight + Math.round(fontSize * 0.95), fontSize),
      );
  if (!unitInline) top += unitLines.length * lineHeight;
  top += Math.round(fontSize * 0.5);

  const size = cell - squareGap;
  const cells = Math.ceil(p.squares - 1e-9);
  const squares: Box[] = [];
  const squareOutlines: Box[] = [];
  for (let i = 0; i < cells; i++) {
    const fill = Math.min(1, p.squares - i);
    const box = { x: left + (i % perRow) * cell, y: top + Math.floor(i / perRow) * cell, width: size, height: size };
    squares.push({ ...box, width: round1(size * fill) });
    if (fill < 1) squareOutlines.push(box);
  }
  const lastIndex = cells - 1;
  const plus =
    p.plus && cells > 0
      ? placeText(
          '+',
          left + ((lastIndex % perRow) + 1) * cell + 1,
          top + Math.floor(lastIndex / perRow) * cell + size * 0.92,
          Math.round(fontSize * 1.3),
          { fontWeight: 700, tone: 'muted' },
        )
      : null;
  top += Math.ceil(cells / perRow) * cell + Math.round(fontSize * 0.4);

  const swatchSize = Math.round(small * 0.8);
  const keyLeft = left + swatchSize + 4;
  const keyLines = wrapText(p.key, small, inner - swatchSize - 4).map((line, i) =>
    placeText(line, keyLeft, top + i * smallLineHeight + Math.round(small), small, { tone: 'muted' }),
  );
  const keySwatch = { x: left, y: Math.round(top + small - swatchSize), width: swatchSize, height: swatchSize };
  top += keyLines.length * smallLineHeight + pad;

  const panel: PlacedUsPanel = {
    id: p.id,
    unit: p.unit,
    frame: { x: x + 0.5, y: y + 0.5, width: panelWidth - 1, height: panelHeight - 1 },
    headingLines,
    value,
    marker: { text: p.marker, fontSize: small },
    unitInline: unitInline ? { text: p.unitWord, fontSize } : null,
    unitLines,
    squares,
    squareOutlines,
    plus,
    keySwatch,
    keyLines,
    tip: p.tip,
  };
  return { panel, height: top - y - offset };
}

/** Each figure's panel as a mark and every label, for the annotation layer. */
export function getUnitedStatesAnnotationTargets(layout: UnitedStatesLayout): AnnotationTargets {
  return {
    marks: layout.panels.map((panel) => ({ id: panel.id, box: panel.frame })),
    labels: layout.panels.flatMap((panel) =>
      [...panel.headingLines, panel.value, ...panel.unitLines, ...panel.keyLines, ...(panel.plus ? [panel.plus] : [])].map(
        (text) => text.box,
      ),
    ),
  };
}
