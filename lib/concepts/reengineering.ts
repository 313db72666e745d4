import type { ReengineeringKind, ReengineeringRow } from '@/lib/datasets/reengineering';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

export type ReengineeringItem = { id: string; name: string; text: string; slide: number };
export type Reengineering = Record<ReengineeringKind, ReengineeringItem[]>;

/** The rows grouped by kind, each group in the deck's order, in the page's language. */
export function toReengineering(rows: readonly ReengineeringRow[], locale: Locale): Reengineering {
  const groups: Reengineering = { definition: [], stage: [], signal: [], method: [], case: [] };
  for (const row of [...rows].sort((a, b) => a.rank - b.rank))
    groups[row.kind].push({
      id: row.item_id,
      name: localized(row, 'name', locale),
      text: localized(row, 'text', locale),
      slide: row.source_slide,
    });
  return groups;
}
