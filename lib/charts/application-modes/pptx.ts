import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { PptxChartContent } from '@/lib/pptx/types';
import { getModeMarker, getModeNotes } from './notes';
import { toModeTree } from './tree';

/**
 * The three modes side by side as shapes and text: each mode's name, its definition (with the
 * number of its note, where the deck's definition has a slip) and its systems in the deck's
 * numbering.
 */
export function toApplicationModesPptx(rows: readonly ApplicationModeRow[], locale: Locale): PptxChartContent {
  const notes = getModeNotes(rows, locale);
  const columns = (toModeTree(rows).children ?? []).flatMap((node) => {
    if (node.data.kind !== 'mode') return [];
    const first = node.data.rows[0]!;
    return [
      {
        heading: localized(first, 'mode', locale),
        id: node.data.id,
        paragraphs: [`${localized(first, 'mode_definition', locale)}${getModeMarker(notes, node.data.id)}`],
        items: node.data.rows.map((row) => `${row.item_no}. ${localized(row, 'system', locale)}`),
        itemIds: node.data.rows.map((row) => `${row.mode_id}-${row.item_no}`),
      },
    ];
  });
  return { body: { kind: 'columns', columns } };
}
