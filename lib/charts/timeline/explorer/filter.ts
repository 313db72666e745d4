import type { TimelineItem } from '../types';
import type { ExplorerState } from './state';

/** Text searched for each milestone: titles and summaries in both languages. */
export type SearchIndex = Readonly<Record<string, string>>;

/** Case- and width-insensitive form for matching (full-width digits match ASCII ones). */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function matchesQuery(index: SearchIndex, id: string, query: string): boolean {
  const needle = normaliseSearchText(query);
  return needle === '' || (index[id] ?? '').includes(needle);
}

/** The milestones a search marks in the chart: the visible ones while there is a query, none without. */
export function getMatchIds(query: string, visible: readonly Pick<TimelineItem, 'id'>[]): ReadonlySet<string> {
  return new Set(query.trim() ? visible.map((item) => item.id) : []);
}

/** The milestones that pass the stage and category filters and the search, in date order. */
export function getVisibleItems<Item extends Pick<TimelineItem, 'id' | 'stage' | 'category'>>(
  items: readonly Item[],
  state: Pick<ExplorerState, 'stages' | 'categories' | 'query'>,
  index: SearchIndex,
): Item[] {
  return items.filter(
    (item) =>
      (state.stages.length === 0 || state.stages.includes(item.stage)) &&
      (state.categories.length === 0 || state.categories.includes(item.category)) &&
      matchesQuery(index, item.id, state.query),
  );
}

/** Where `query` occurs in `text` (case-insensitive), for highlighting. */
export function findMatches(text: string, query: string): [number, number][] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const haystack = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    ranges.push([at, at + needle.length]);
  }
  return ranges;
}

/** The milestone before or after `id` among the visible ones (clamped at the ends). */
export function getNeighbour<Item extends { id: string }>(visible: readonly Item[], id: string | null, step: -1 | 1): Item | null {
  if (visible.length === 0) return null;
  const at = visible.findIndex((item) => item.id === id);
  if (at === -1) return step === 1 ? visible[0]! : visible[visible.length - 1]!;
  return visible[Math.min(visible.length - 1, Math.max(0, at + step))]!;
}
