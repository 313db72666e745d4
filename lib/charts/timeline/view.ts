import type { Domain } from './explorer/zoom';
import type { TimelineChartData } from './types';
import { getVisibleItems } from './explorer/filter';
import { getSearchIndex } from './explorer/search-index';
import { decodeExplorerState } from './explorer/url';

/** The timeline as a view of its page shows it: which rows, which years, which milestone open, which matched. */
export type TimelineView = {
  data: TimelineChartData;
  /** The zoom window, `from`/`to`, in fractional years. */
  domain: Domain;
  /** The open milestone, `m`, drawn as selected. */
  selectedId: string | null;
  /** The milestones the search `q` found, drawn highlighted. */
  matchIds: ReadonlySet<string>;
};

/**
 * The timeline's page state, `?m=…&stage=…&category=…&q=…&from=…&to=…`, applied to its rows, so an
 * embed or a deep link shows the same moment the page would. Unknown milestones and years outside
 * the axis are dropped the way the page drops them.
 */
export function getTimelineView(data: TimelineChartData, query: URLSearchParams): TimelineView {
  const state = decodeExplorerState(query, new Set(data.milestones.map((row) => row.id)));
  const filtered = state.stages.length > 0 || state.categories.length > 0 || state.query.trim() !== '';
  const visible = filtered ? getVisibleItems(data.milestones, state, getSearchIndex(data.milestones)) : data.milestones;
  const ids = new Set(visible.map((row) => row.id));
  return {
    data: filtered ? { ...data, milestones: data.milestones.filter((row) => ids.has(row.id)) } : data,
    domain: state.domain,
    selectedId: state.selected !== null && ids.has(state.selected) ? state.selected : null,
    matchIds: state.query.trim() ? ids : new Set(),
  };
}
