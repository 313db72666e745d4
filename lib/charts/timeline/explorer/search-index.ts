import { ALIAS_SEPARATOR, type MilestoneRow } from '@/lib/datasets/milestones';
import { normaliseSearchText, type SearchIndex } from './filter';

/**
 * Titles, summaries and the other names a milestone goes by (its `aliases`: 十七号文件, Document 17 …),
 * in both languages, so a search in either finds an event on either page.
 */
export function getSearchIndex(rows: readonly MilestoneRow[]): SearchIndex {
  return Object.fromEntries(
    rows.map((row) => {
      const aliases = row.aliases?.split(ALIAS_SEPARATOR) ?? [];
      const texts = [row.title_zh, row.title_en, row.summary_zh, row.summary_en, ...aliases];
      return [row.id, normaliseSearchText(texts.join(' \u0000 '))];
    }),
  );
}
