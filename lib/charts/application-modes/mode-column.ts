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
  /** The definition's size against fontSize. */
  definitionRatio: number;
  colour: number;
  marker: string;
  locale: Locale;
  t: Translate;
};

/**
 * One mode as an indented tree: its header (letter badge and name), its definition, then its
 * systems one under another, joined to a spine that drops from the badge.
 */
export function layoutModeColumn(
  node: HierarchyNode<ModeTreeDatum>,
  { x, top, width, fontSize: f, definitionRatio, colour, marker, locale, t }: ModeColumnOptions,
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
  const definition = placeTextBlock(`${datum.id}-definition`, `${localized(first, 'mode_definition', locale)}${marker}`, {
    x: itemX,
    top: y,
    width: itemWidth,
    fontSize: f * definitionRatio,
    tone: 'muted',
  });
  y += definition.height + f * 0.6;

  const items: PlacedItem[] = (node.children ?? []).map((child) => {
    if (child.data.kind !== 'system') throw new Error('a mode’s children are systems');
    const row = child.data.row;
    const label = t('item', { no: row.item_no, system: localized(row, 'system', locale) });
    const block = placeTextBlock(`${datum.id}-${row.item_no}`, label, {
      x: itemX + pad,
      top: y + pad * 0.7,
      width: itemWidth - 2 * pad,
      fontSize: f,
    });
    const box = { x: round1(itemX), y: round1(y), width: round1(itemWidth), height: round1(block.height + pad * 1.4) };
    y += box.height + f * 0.4;
    return {
      key: `${datum.id}-${row.item_no}`,
      no: row.item_no,
      box,
      texts: block.texts,
      tip: t('itemTip', { mode: name, no: row.item_no, system: localized(row, 'system', locale), slide: row.source_slide }),
    };
  });

  const branches = items.map((item) => `M${spineX},${round1(item.box.y + item.box.height / 2)}H${item.box.x}`).join('');
  const lastMiddle = items.length > 0 ? items.at(-1)!.box.y + items.at(-1)!.box.height / 2 : top + headerHeight;
  return {
    id: datum.id,
    colour,
    letter,
    box: { x: round1(x), y: round1(top), width: round1(width), height: round1(headerHeight) },
    badge: { ...badge, text: badgeText },
    texts: nameBlock.texts,
    definition: definition.texts,
    path: `M${spineX},${round1(badge.cy + r)}V${round1(lastMiddle)}${branches}`,
    items,
    tip: t('modeTip', { mode: name, count: items.length, slide: first.source_slide }),
  };
}

/** The lowest point a mode column reaches. */
export function getModeBottom(mode: PlacedMode): number {
  const last = mode.items.at(-1);
  return last ? last.box.y + last.box.height : mode.box.y + mode.box.height;
}
