import type { TimelineChartData } from './timeline/types';
import { getVisibleItems } from './timeline/explorer/filter';
import { getSearchIndex } from './timeline/explorer/search-index';
import { decodeExplorerState } from './timeline/explorer/url';

/**
 * The timeline's rows as its page's view state shows them: the stage and category filters and the
 * search of `?stage=…&category=…&q=…`. (Zoom, `from`/`to`, and the open milestone, `m`, are the
 * page explorer's; the static chart draws the whole period.)
 */
export function applyTimelineView(data: TimelineChartData, view: URLSearchParams): TimelineChartData {
  const state = decodeExplorerState(view, new Set(data.milestones.map((row) => row.id)));
  if (state.stages.length === 0 && state.categories.length === 0 && !state.query.trim()) return data;
  const index = getSearchIndex(data.milestones);
  const visible = new Set(getVisibleItems(data.milestones, state, index).map((row) => row.id));
  return { ...data, milestones: data.milestones.filter((row) => visible.has(row.id)) };
}
