import type { MilestoneCategory, StageId } from '@/lib/datasets/milestones';
import { TIMELINE_DOMAIN } from '../dates';
import { clampDomain, panDomain, revealTime, zoomDomain, type Domain } from './zoom';

export type ExplorerView = 'auto' | 'chart' | 'list';

/** What the explorer shows; all of it is in the URL, so a link reopens the same view. */
export type ExplorerState = {
  /** The milestone whose detail is open. */
  selected: string | null;
  /** Stages shown; empty means all. */
  stages: readonly StageId[];
  /** Categories shown; empty means all. */
  categories: readonly MilestoneCategory[];
  query: string;
  domain: Domain;
  view: ExplorerView;
};

export const INITIAL_EXPLORER_STATE: ExplorerState = {
  selected: null,
  stages: [],
  categories: [],
  query: '',
  domain: TIMELINE_DOMAIN,
  view: 'auto',
};

export type ExplorerAction =
  | { type: 'select'; id: string | null }
  | { type: 'toggleStage'; stage: StageId }
  | { type: 'toggleCategory'; category: MilestoneCategory }
  | { type: 'setQuery'; query: string }
  | { type: 'clearFilters' }
  | { type: 'zoom'; factor: number; center?: number }
  | { type: 'pan'; by: number }
  | { type: 'setDomain'; domain: Domain }
  | { type: 'reveal'; time: number }
  | { type: 'resetZoom' }
  | { type: 'setView'; view: ExplorerView }
  | { type: 'restore'; state: ExplorerState };

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function withDomain(state: ExplorerState, domain: Domain): ExplorerState {
  return domain[0] === state.domain[0] && domain[1] === state.domain[1] ? state : { ...state, domain };
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'toggleStage':
      return { ...state, stages: toggle(state.stages, action.stage) };
    case 'toggleCategory':
      return { ...state, categories: toggle(state.categories, action.category) };
    case 'setQuery':
      return state.query === action.query ? state : { ...state, query: action.query };
    case 'clearFilters':
      return { ...state, stages: [], categories: [], query: '' };
    case 'zoom':
      return withDomain(state, zoomDomain(state.domain, action.factor, action.center));
    case 'pan':
      return withDomain(state, panDomain(state.domain, action.by));
    case 'setDomain':
      return withDomain(state, clampDomain(action.domain));
    case 'reveal':
      return withDomain(state, revealTime(state.domain, action.time));
    case 'resetZoom':
      return withDomain(state, TIMELINE_DOMAIN);
    case 'setView':
      return { ...state, view: action.view };
    case 'restore':
      return action.state;
  }
}
