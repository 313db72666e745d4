'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { explorerReducer, type ExplorerAction, type ExplorerState } from '@/lib/charts/timeline/explorer/state';
import { decodeExplorerState, encodeExplorerState } from '@/lib/charts/timeline/explorer/url';

/** push: a new Back/Forward step (selection, filters); replace: update in place (dragging, typing). */
export type HistoryMode = 'push' | 'replace';

/** The explorer's state, mirrored in the URL; Back and Forward restore earlier states. */
export function useExplorerState(initial: ExplorerState, knownIds: ReadonlySet<string>) {
  const [state, dispatch] = useReducer(explorerReducer, initial);
  const pending = useRef<HistoryMode | null>(null);

  const act = useCallback((action: ExplorerAction, mode: HistoryMode = 'push') => {
    pending.current = pending.current === 'push' ? 'push' : mode;
    dispatch(action);
  }, []);

  useEffect(() => {
    const mode = pending.current;
    pending.current = null;
    if (!mode) return;
    const query = encodeExplorerState(state);
    if (query === window.location.search.replace(/^\?/, '')) return;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [state]);

  useEffect(() => {
    const restore = () => {
      pending.current = null;
      dispatch({ type: 'restore', state: decodeExplorerState(new URLSearchParams(window.location.search), knownIds) });
    };
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, [knownIds]);

  return [state, act] as const;
}
