import type { MilestoneRow } from '@/lib/datasets/milestones';
import { normaliseSearchText, type SearchIndex } from './filter';

/** Titles and summaries in both languages, so a search in either finds an event on either page. */
export function getSearchIndex(rows: readonly MilestoneRow[]): SearchIndex {
  return Object.fromEntries(
    rows.map((row) => [row.id, normaliseSearchText([row.title_zh, row.title_en, row.summary_zh, row.summary_en].join(' \u0000 '))]),
  );
}
