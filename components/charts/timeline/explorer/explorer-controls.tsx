'use client';

import { useText } from '@/components/i18n/text-provider';
import type { FormEvent } from 'react';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { CATEGORY_STYLE } from '@/lib/charts/timeline/categories';
import type { ExplorerAction, ExplorerState, ExplorerView } from '@/lib/charts/timeline/explorer/state';
import { getShapePath } from '@/lib/charts/timeline/shapes';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import { StateLink } from './state-link';
import type { HistoryMode } from './use-explorer-state';

export type ExplorerControlsProps = {
  state: ExplorerState;
  act: (action: ExplorerAction, mode?: HistoryMode) => void;
  input: TimelineInput;
  shown: number;
  /** Until the page is interactive, the form submits as a plain GET and zoom buttons are off. */
  hydrated: boolean;
  hrefFor: (state: ExplorerState) => string;
};

const VIEWS: ExplorerView[] = ['chart', 'list'];

/**
 * Filters, search, zoom and view: a GET form, so they also work with JavaScript off. On a phone
 * the stage and kind boxes fold away (open while one is chosen), so the first event is on the first screen.
 */
export function ExplorerControls({ state, act, input, shown, hydrated, hrefFor }: ExplorerControlsProps) {
  const t = useText('timeline.explorer');
  const total = input.items.length;
  const chosen = state.stages.length + state.categories.length;
  const onSubmit = (event: FormEvent) => {
    if (hydrated) event.preventDefault();
  };
  return (
    <form className="timeline-controls no-print" method="get" onSubmit={onSubmit} aria-label={t('filters')}>
      {state.selected ? <input type="hidden" name="m" value={state.selected} /> : null}
      <details className="timeline-controls__filters" open={chosen > 0 || undefined}>
        <summary>{t('filterGroups', { count: chosen })}</summary>
        <fieldset className="timeline-controls__group">
          <legend>{t('stages')}</legend>
          {input.stages.map((stage) => (
            <label key={stage.id} className="timeline-controls__check">
              <input
                type="checkbox"
                name="stage"
                value={stage.id}
                checked={state.stages.includes(stage.id)}
                onChange={() => act({ type: 'toggleStage', stage: stage.id })}
              />
              <span className={`timeline-controls__swatch timeline-controls__swatch--${stage.rank}`} aria-hidden="true" />
              {stage.name}
            </label>
          ))}
        </fieldset>
        <fieldset className="timeline-controls__group">
          <legend>{t('categories')}</legend>
          {input.legend.map(({ category, label }) => (
            <label key={category} className="timeline-controls__check">
              <input
                type="checkbox"
                name="category"
                value={category}
                checked={state.categories.includes(category)}
                onChange={() => act({ type: 'toggleCategory', category })}
              />
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path
                  d={getShapePath(CATEGORY_STYLE[category].shape, 8, 8, 5.5)}
                  fill={CSS_PALETTE.series[CATEGORY_STYLE[category].color]}
                />
              </svg>
              {label}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="timeline-controls__search">
        <label htmlFor="timeline-search">{t('search')}</label>
        <input
          id="timeline-search"
          type="search"
          name="q"
          value={state.query}
          placeholder={t('searchPlaceholder')}
          onChange={(event) => act({ type: 'setQuery', query: event.target.value }, state.query ? 'replace' : 'push')}
        />
        <output className="timeline-controls__count" htmlFor="timeline-search" aria-live="polite">
          {state.query.trim() ? t('matches', { count: shown }) : t('count', { shown, total })}
        </output>
        {hydrated ? null : <button type="submit">{t('apply')}</button>}
        {state.stages.length + state.categories.length > 0 || state.query ? (
          <StateLink href={hrefFor({ ...state, stages: [], categories: [], query: '' })} onNavigate={() => act({ type: 'clearFilters' })}>
            {t('clear')}
          </StateLink>
        ) : null}
      </div>
      <div className="timeline-controls__zoom" role="group" aria-label={t('zoom')}>
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => act({ type: 'pan', by: -(state.domain[1] - state.domain[0]) / 3 })}
          aria-label={t('panLeft')}
        >
          ←
        </button>
        <button type="button" disabled={!hydrated} onClick={() => act({ type: 'zoom', factor: 1 / 1.6 })} aria-label={t('zoomOut')}>
          −
        </button>
        <button type="button" disabled={!hydrated} onClick={() => act({ type: 'zoom', factor: 1.6 })} aria-label={t('zoomIn')}>
          +
        </button>
        <button
          type="button"
          disabled={!hydrated}
          onClick={() => act({ type: 'pan', by: (state.domain[1] - state.domain[0]) / 3 })}
          aria-label={t('panRight')}
        >
          →
        </button>
        <button type="button" disabled={!hydrated} onClick={() => act({ type: 'resetZoom' })}>
          {t('reset')}
        </button>
      </div>
      <div className="timeline-controls__view" role="group" aria-label={t('view')}>
        {VIEWS.map((view) => (
          <StateLink
            key={view}
            href={hrefFor({ ...state, view: state.view === view ? 'auto' : view })}
            onNavigate={() => act({ type: 'setView', view: state.view === view ? 'auto' : view })}
            aria-current={state.view === view ? 'true' : undefined}
            className="timeline-controls__view-link"
          >
            {t(view === 'chart' ? 'viewChart' : 'viewList')}
          </StateLink>
        ))}
      </div>
    </form>
  );
}
