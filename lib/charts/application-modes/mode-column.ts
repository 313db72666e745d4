import type { HierarchyNode } from '@visx/hierarchy';
import { round1 } from '@/lib/charts/shared/numbers';
import type { Translate } from '@/lib/i18n/translator';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { placeTextBlock } from './text-block';
import type { ModeTreeDatum } from './tree';
import type { PlacedItem, PlacedMode } from './types';

export type ModeColumnOptions = {
  x: number;
  top: number;
  width: number;
  fontSize: number;
  /** The definition's size against fontSize; null leaves the definition out. */
  definitionRatio: number | null;
  /** Columns of systems side by side, filled top to bottom (a slide of one mode: two). */
  itemColumns?: number;
  /** Item boxes' padding and the gap between them, in font sizes: less where a whole tree must fit a short image. */
  spacing?: ModeSpacing;
  colour: number;
  marker: string;
  locale: Locale;
  t: Translate;
};

export type ModeSpacing = { itemPad: number; itemGap: number };
export const MODE_SPACING = {
  normal: { itemPad: 0.35, itemGap: 0.4 },
  tight: { itemPad: 0.2, itemGap: 0.2 },
} as const satisfies Record<string, ModeSpacing>;

/**
 * One mode as an indented tree: its header (letter badge and name), its definition, then its
 * systems one under another, joined to a spine that drops from the badge. With `itemColumns`, the
 * systems stand in columns, each with its spine, the later ones joined to the first by a branch
 * above them.
 */
export function layoutModeColumn(
  node: HierarchyNode<ModeTreeDatum>,
  {
    x,
    top,
    width,
    fontSize: f,
    definitionRatio,
    itemColumns = 1,
    spacing = MODE_SPACING.normal,
    colour,
    marker,
    locale,
    t,
  }: ModeColumnOptions,
): PlacedMode {
  const datum = node.data;
  if (datum.kind !== 'mode') throw new Error('layoutModeColumn needs a mode node');
  const first = datum.rows[0]!;
  const name = localized(first, 'mode', locale);
  const pad = f * 0.5;
  const r = f * 0.85;

  const nameX = x + pad + 2 * r + pad;
  const nameBlock = placeTextBlock(`${datum.id}-name`, name, {
    x: nameX,
    top: top + pad,
    width: x + width - pad - nameX,
    fontSize: f,
    fontWeight: 700,
  });
  const headerHeight = Math.max(2 * r, nameBlock.height) + 2 * pad;
  const badge = { cx: round1(x + pad + r), cy: round1(top + headerHeight / 2), r: round1(r) };
  const letter = datum.id.slice(2).toUpperCase();
  const letterSize = f * 1.05;
  const badgeText = {
    key: `${datum.id}-letter`,
    x: badge.cx,
    y: round1(badge.cy + letterSize * 0.36),
    text: letter,
    fontSize: round1(letterSize),
    fontWeight: 700 as const,
    tone: 'inverse' as const,
    box: { x: round1(badge.cx - r * 0.7), y: round1(badge.cy - r * 0.7), width: round1(r * 1.4), height: round1(r * 1.4) },
  };

  const spineX = badge.cx;
  const indent = spineX - x + f;
  const itemX = x + indent;
  const itemWidth = width - indent;
  let y = top + headerHeight + f * 0.5;
  const definition =
    definitionRatio === null
      ? { texts: [], height: 0 }
      : placeTextBlock(`${datum.id}-definition`, `${localized(first, 'mode_definition', locale)}${marker}`, {
          x: itemX,
          top: y,
          width: itemWidth,
          fontSize: f * definitionRatio,
          tone: 'muted',
        });
  if (definitionRatio !== null) y += definition.height + f * 0.6;

  const systems = (node.children ?? []).map((child) => {
    if (child.data.kind !== 'system') throw new Error('a mode’s children are systems');
    return child.data.row;
  });
  const columns = Math.max(1, Math.min(itemColumns, systems.length));
  const perColumn = Math.ceil(systems.length / columns);
  // Columns after the first hang from a branch across their tops, each with a spine of its own.
  const branchY = round1(y);
  if (columns > 1) y += f * 0.6;
  const columnGap = f;
  const columnWidth = (width - (spineX - x) - (columns - 1) * columnGap) / columns;
  const itemPad = f * spacing.itemPad;
  const blocks = systems.map((row, index) => {
    const column = Math.floor(index / perColumn);
    const columnSpine = spineX + column * (columnWidth + columnGap);
    const label = t('item', { no: row.item_no, system: localized(row, 'system', locale) });
    const boxX = column === 0 ? itemX : columnSpine + f;
    const boxWidth = column === 0 ? columnWidth - (itemX - spineX) : columnWidth - f;
    const block = placeTextBlock(`${datum.id}-${row.item_no}`, label, { x: boxX + pad, top: 0, width: boxWidth - 2 * pad, fontSize: f });
    return { row, column, columnSpine, boxX, boxWidth, label, height: round1(block.height + itemPad * 2) };
  });
  // Each column stacks its systems from the same top.
  const bottoms = Array.from({ length: columns }, () => y);
  const items: PlacedItem[] = blocks.map(({ row, column, boxX, boxWidth, label, height }) => {
    const boxTop = bottoms[column]!;
    bottoms[column] = boxTop + (height + f * spacing.itemGap);
    const block = placeTextBlock(`${datum.id}-${row.item_no}`, label, {
      x: boxX + pad,
      top: boxTop + itemPad,
      width: boxWidth - 2 * pad,
      fontSize: f,
    });
    return {
      key: `${datum.id}-${row.item_no}`,
      no: row.item_no,
      box: { x: round1(boxX), y: round1(boxTop), width: round1(boxWidth), height: round1(height) },
      texts: block.texts,
      tip: t('itemTip', { mode: name, no: row.item_no, system: localized(row, 'system', locale), slide: row.source_slide }),
    };
  });

  const middle = (item: PlacedItem) => round1(item.box.y + item.box.height / 2);
  const spines = Array.from({ length: columns }, (_, column) => {
    const inColumn = items.filter((_, index) => blocks[index]!.column === column);
    const columnSpine = round1(blocks[column * perColumn]!.columnSpine);
    const start = column === 0 ? `M${spineX},${round1(badge.cy + r)}` : `M${columnSpine},${branchY}`;
    const end = inColumn.length > 0 ? middle(inColumn.at(-1)!) : round1(top + headerHeight);
    const branches = inColumn.map((item) => `M${columnSpine},${middle(item)}H${item.box.x}`).join('');
    return `${start}V${end}${branches}`;
  });
  const across = columns > 1 ? `M${spineX},${branchY}H${round1(blocks[(columns - 1) * perColumn]!.columnSpine)}` : '';
  return {
    id: datum.id,
    colour,
    letter,
    box: { x: round1(x), y: round1(top), width: round1(width), height: round1(headerHeight) },
    badge: { ...badge, text: badgeText },
    texts: nameBlock.texts,
    definition: definition.texts,
    path: spines.join('') + across,
    items,
    tip: t('modeTip', { mode: name, count: items.length, slide: first.source_slide }),
  };
}

/** The lowest point a mode column reaches. */
export function getModeBottom(mode: PlacedMode): number {
  return Math.max(mode.box.y + mode.box.height, ...mode.items.map((item) => item.box.y + item.box.height));
}
