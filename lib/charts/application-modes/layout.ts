import type { AnnotationTargets } from '@/lib/charts/annotation/layout';
import { fitFontSize, getBaseFontSize, getLeastFontSize } from '@/lib/charts/shared/fit-font-size';
import { round1 } from '@/lib/charts/shared/numbers';
import { MODE_IDS, type ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { Locale } from '@/lib/i18n/routing';
import { COLUMNS_MIN_WIDTH, FONT_SIZE_CURVE, MARGIN, MIN_FONT_SIZE } from './constants';
import { getModeBottom, layoutModeColumn, MODE_SPACING, type ModeSpacing } from './mode-column';
import { getModeMarker, getModeNotes } from './notes';
import { placeTextBlock } from './text-block';
import type { Translate } from '@/lib/i18n/translator';
import { toModeTree } from './tree';
import type { Box, ModeNote, PlacedMode, PlacedText } from './types';

/** `t` is the applicationModes namespace; `locale` picks the rows' column of each pair. */
export type ApplicationModesLayoutOptions = {
  width: number;
  height?: number;
  /** The smallest text allowed (large-text images); the layout fits `height` without going under it. */
  minFontSize?: number;
  locale: Locale;
  t: Translate;
  /** Each mode's definition under its name (default); the presentation's whole picture leaves them to the steps before it. */
  definitions?: boolean;
  /** Columns of systems under each mode: a slide of one mode sets them two abreast. */
  itemColumns?: number;
  /** Where `height` does not fit at the least size: close the systems up, then leave out the root (ChartRenderOptions.closeUp). */
  closeUp?: boolean;
};

export type ApplicationModesLayout = {
  width: number;
  height: number;
  fontSize: number;
  /** The tree's root, over the modes; none where an image must close up to fit (its title names the tree). */
  root: { box: Box; texts: PlacedText[] } | null;
  /** Links from the root to each mode. */
  rootPath: string;
  modes: PlacedMode[];
  notes: ModeNote[];
};

/** How large the definitions are against the systems' labels: smaller on pages, the same in large-text images (muted still). */
const DEFINITION_RATIO = 0.92;

type PlaceOptions = {
  locale: Locale;
  t: Translate;
  /** The definitions' size against the labels', or null for none. */
  definitionRatio: number | null;
  itemColumns: number;
  spacing: ModeSpacing;
  /** Draw the root over the modes. */
  withRoot: boolean;
};

function place(
  rows: readonly ApplicationModeRow[],
  width: number,
  f: number,
  { locale, t, definitionRatio, itemColumns, spacing, withRoot }: PlaceOptions,
): ApplicationModesLayout {
  const tree = toModeTree(rows);
  const notes = getModeNotes(rows, locale);
  const inner = width - 2 * MARGIN;
  const wide = width >= COLUMNS_MIN_WIDTH;
  const pad = f * 0.6;

  const rootLabel = placeTextBlock('root', t('root'), { x: 0, top: 0, width: inner - 2 * pad, fontSize: f * 1.1, fontWeight: 700 });
  const rootWidth = rootLabel.width + 2 * pad;
  const rootX = wide ? MARGIN + (inner - rootWidth) / 2 : MARGIN;
  const rootBox = { x: round1(rootX), y: MARGIN, width: round1(rootWidth), height: round1(rootLabel.height + 2 * pad) };
  const root = placeTextBlock('root', t('root'), {
    x: rootX + pad,
    top: MARGIN + pad,
    width: rootWidth,
    fontSize: f * 1.1,
    fontWeight: 700,
  });
  const rootBottom = withRoot ? rootBox.y + rootBox.height : MARGIN;

  const modeNodes = tree.children ?? [];
  const modes: PlacedMode[] = [];
  const links: string[] = [];
  if (wide) {
    const gap = Math.round(f * (spacing === MODE_SPACING.normal ? 1.5 : 1));
    const columnWidth = Math.floor((inner - gap * (modeNodes.length - 1)) / modeNodes.length);
    const top = withRoot ? rootBottom + f * 2 : MARGIN;
    const elbowY = round1(rootBottom + f);
    const rootCx = round1(rootBox.x + rootBox.width / 2);
    modeNodes.forEach((node, i) => {
      const x = MARGIN + i * (columnWidth + gap);
      const mode = layoutModeColumn(node, {
        x,
        top,
        width: columnWidth,
        fontSize: f,
        definitionRatio,
        itemColumns,
        spacing,
        colour: colourOf(node.data),
        marker: markerFor(node.data),
        locale,
        t,
      });
      modes.push(mode);
      if (withRoot) links.push(`M${rootCx},${rootBottom}V${elbowY}H${mode.badge.cx}V${mode.box.y}`);
    });
  } else {
    const spineX = round1(MARGIN + pad * 2);
    const x = MARGIN + f * 2;
    let top = withRoot ? rootBottom + f : MARGIN;
    for (const node of modeNodes) {
      const mode = layoutModeColumn(node, {
        x,
        top,
        width: inner + MARGIN - x,
        fontSize: f,
        definitionRatio,
        itemColumns,
        spacing,
        colour: colourOf(node.data),
        marker: markerFor(node.data),
        locale,
        t,
      });
      modes.push(mode);
      if (withRoot) links.push(`M${spineX},${rootBottom}V${round1(mode.box.y + mode.box.height / 2)}H${mode.box.x}`);
      top = getModeBottom(mode) + f * 1.4;
    }
  }

  // Each mode keeps its colour when drawn alone (a slide of one mode).
  function colourOf(datum: (typeof modeNodes)[number]['data']) {
    return datum.kind === 'mode' ? MODE_IDS.indexOf(datum.id) : 0;
  }

  function markerFor(datum: (typeof modeNodes)[number]['data']) {
    return datum.kind === 'mode' ? getModeMarker(notes, datum.id) : '';
  }

  const bottom = Math.max(...modes.map(getModeBottom));
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    fontSize: f,
    root: withRoot ? { box: rootBox, texts: root.texts } : null,
    rootPath: links.join(''),
    modes,
    notes: notes.map(({ marker, text }) => ({ marker, text })),
  };
}

/**
 * The root, the three modes and their systems as a tree; three columns when wide, one indented tree
 * when narrow. With `height` (an image, a slide), the largest type that fits; where even the least
 * does not fit and `closeUp` allows, the systems' boxes close up and the root goes before the type shrinks further.
 */
export function layoutApplicationModes(
  rows: readonly ApplicationModeRow[],
  { width, height, minFontSize, locale, t, definitions = true, itemColumns = 1, closeUp = false }: ApplicationModesLayoutOptions,
): ApplicationModesLayout {
  // Its smallest text is the definitions; a large-text image draws them at the labels' size, since
  // at the floor every step smaller costs the whole tree room.
  const definitionRatio = !definitions ? null : minFontSize === undefined ? DEFINITION_RATIO : 1;
  const least =
    minFontSize === undefined
      ? MIN_FONT_SIZE
      : getLeastFontSize(minFontSize, (fontSize) => Math.round(fontSize * (definitionRatio ?? 1) * 10) / 10);
  const base = Math.max(least, getBaseFontSize(width, FONT_SIZE_CURVE));
  const options = { locale, t, definitionRatio, itemColumns, spacing: MODE_SPACING.normal, withRoot: true };
  if (height === undefined) return place(rows, width, base, { ...options, definitionRatio: definitions ? DEFINITION_RATIO : null });
  // An exact size (image export): the largest type that fits, up to half again the width's usual size.
  const start = Math.max(least, Math.round(base * 1.5 * 2) / 2);
  const fit = (spacing: ModeSpacing, withRoot: boolean) =>
    fitFontSize((fontSize: number) => place(rows, width, fontSize, { ...options, spacing, withRoot }), { start, min: least, height })
      .layout;
  // Where even the least size does not fit: the systems close up, then the root (the image's title names the tree) goes.
  let layout = fit(MODE_SPACING.normal, true);
  if (closeUp && layout.height > height) layout = fit(MODE_SPACING.tight, true);
  if (closeUp && layout.height > height) layout = fit(MODE_SPACING.tight, false);
  // Taller than asked where even the least size does not fit: an image then draws it smaller rather than cut off.
  return { ...layout, height: Math.max(height, layout.height) };
}

/** Each mode's box (its definition too) and each system's box (`g2g-1`: its mode and number) as marks, every text as a label. */
export function getApplicationModesAnnotationTargets(layout: ApplicationModesLayout): AnnotationTargets {
  return {
    marks: layout.modes.flatMap((mode) => [
      { id: mode.id, box: mode.box },
      ...mode.definition.map((text) => ({ id: mode.id, box: text.box })),
      ...mode.items.map((item) => ({ id: item.key, box: item.box })),
    ]),
    labels: [
      ...(layout.root?.texts ?? []),
      ...layout.modes.flatMap((mode) => [mode.badge.text, ...mode.texts, ...mode.definition, ...mode.items.flatMap((item) => item.texts)]),
    ].map((text) => text.box),
  };
}
