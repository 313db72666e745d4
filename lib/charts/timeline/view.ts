import { TIMELINE_CATEGORIES, TIMELINE_STAGES } from './categories';
import { TIMELINE_DOMAIN } from './dates';
import { formatWindow } from './explorer/window';
import { isFullDomain, MIN_SPAN, type Domain } from './explorer/zoom';
import type { Translate } from '@/lib/i18n/translator';
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

const YEAR = /^\d{4}(\.\d{1,2})?$/;

function checkList(view: URLSearchParams, name: string, known: readonly string[]): string | null {
  const unknown = (view.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .find((value) => value !== '' && !known.includes(value));
  return unknown === undefined ? null : `Unknown ${name} "${unknown}": give ${known.join(', ')}, or several joined by commas.`;
}

/**
 * What is wrong with a view an image URL asks for, or null. The page and its embed drop what they do
 * not know, so an old link still opens; an image made for a slide says so instead of quietly
 * showing another view.
 */
export function checkTimelineView(view: URLSearchParams, knownIds: ReadonlySet<string>): string | null {
  const problem = checkList(view, 'stage', TIMELINE_STAGES) ?? checkList(view, 'category', TIMELINE_CATEGORIES);
  if (problem) return problem;
  const m = view.get('m');
  if (m !== null && !knownIds.has(m)) return `Unknown milestone m="${m}": give the id of a row of milestones.csv.`;
  const q = view.get('q');
  if (q !== null && q.length > 100) return `q is a search of at most 100 characters, got ${q.length}.`;
  const from = view.get('from');
  const to = view.get('to');
  if ((from === null) !== (to === null)) return 'Give both from and to (years such as from=2001&to=2006), or neither.';
  if (from === null || to === null) return null;
  const [min, max] = TIMELINE_DOMAIN;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!YEAR.test(value) || Number(value) < min || Number(value) > max) {
      return `${name} must be a year from ${min} to ${max} (such as 2001 or 2001.5), got "${value}".`;
    }
  }
  if (Number(to) - Number(from) < MIN_SPAN) return `to must be at least ${MIN_SPAN} of a year after from, got from=${from}&to=${to}.`;
  return null;
}

/**
 * A view in words, for the subtitle of its image: the years shown and how many of the events, e.g.
 * "Showing 2001–2005; Showing 8 of 20 events". Null for the whole chart, which keeps its own subtitle.
 */
export function describeTimelineView(data: TimelineChartData, query: URLSearchParams, t: Translate): string | null {
  const view = getTimelineView(data, query);
  const parts: string[] = [];
  if (!isFullDomain(view.domain)) {
    parts.push(
      t(
        'explorer.window',
        formatWindow(view.domain, (key, values) => t(`date.${key}`, values)),
      ),
    );
  }
  if (view.data.milestones.length < data.milestones.length) {
    parts.push(t('explorer.count', { shown: view.data.milestones.length, total: data.milestones.length }));
  }
  return parts.length > 0 ? parts.join(t('explorer.viewSeparator')) : null;
}
