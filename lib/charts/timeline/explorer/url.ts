import { TIMELINE_CATEGORIES, TIMELINE_STAGES, isCategory, isStageId } from '../categories';
import { INITIAL_EXPLORER_STATE, type ExplorerState, type ExplorerView } from './state';
import { clampDomain, isFullDomain } from './zoom';

/** Search params as Next gives them to a page, or as the browser has them. */
export type SearchParamsInput = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function getAll(params: SearchParamsInput, key: string): string[] {
  const values = params instanceof URLSearchParams ? params.getAll(key) : [params[key] ?? []].flat();
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

const VIEWS: readonly ExplorerView[] = ['auto', 'chart', 'list'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function inOrder<T extends string>(all: readonly T[], chosen: readonly T[]): T[] {
  return all.filter((value) => chosen.includes(value));
}

/**
 * The explorer's state from a URL: `?m=document-17&stage=development&category=policy,meeting
 * &q=…&from=2001&to=2004&view=list`. Unknown values are dropped, so any link opens something.
 */
export function decodeExplorerState(params: SearchParamsInput, knownIds?: ReadonlySet<string>): ExplorerState {
  const [m] = getAll(params, 'm');
  const selected = m && ID.test(m) && (!knownIds || knownIds.has(m)) ? m : null;
  const from = Number(getAll(params, 'from')[0]);
  const to = Number(getAll(params, 'to')[0]);
  const hasDomain = Number.isFinite(from) && Number.isFinite(to) && getAll(params, 'from').length > 0 && getAll(params, 'to').length > 0;
  const view = getAll(params, 'view')[0] as ExplorerView | undefined;
  const query = params instanceof URLSearchParams ? params.get('q') : [params.q ?? ''].flat()[0];
  return {
    selected,
    stages: inOrder(TIMELINE_STAGES, getAll(params, 'stage').filter(isStageId)),
    categories: inOrder(TIMELINE_CATEGORIES, getAll(params, 'category').filter(isCategory)),
    query: (query ?? '').slice(0, 100),
    domain: hasDomain ? clampDomain([from, to]) : INITIAL_EXPLORER_STATE.domain,
    view: view && VIEWS.includes(view) ? view : 'auto',
  };
}

const formatYear = (value: number) => String(Math.round(value * 100) / 100);

/** The URL query for a state (without `?`); defaults are left out, so the plain page has none. */
export function encodeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('m', state.selected);
  if (state.stages.length > 0) params.set('stage', inOrder(TIMELINE_STAGES, state.stages).join(','));
  if (state.categories.length > 0) params.set('category', inOrder(TIMELINE_CATEGORIES, state.categories).join(','));
  if (state.query.trim()) params.set('q', state.query);
  if (!isFullDomain(state.domain)) {
    params.set('from', formatYear(state.domain[0]));
    params.set('to', formatYear(state.domain[1]));
  }
  if (state.view !== 'auto') params.set('view', state.view);
  return params.toString().replace(/%2C/g, ',');
}
