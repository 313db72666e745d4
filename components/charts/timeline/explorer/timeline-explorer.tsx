'use client';

import { useText } from '@/components/i18n/text-provider';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useHydrated } from '@/components/site/use-hydrated';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getMatchIds, getNeighbour, getVisibleItems, type SearchIndex } from '@/lib/charts/timeline/explorer/filter';
import type { ExplorerState } from '@/lib/charts/timeline/explorer/state';
import { encodeExplorerState } from '@/lib/charts/timeline/explorer/url';
import { isInWindow, type Domain } from '@/lib/charts/timeline/explorer/zoom';
import { formatWindow } from '@/lib/charts/timeline/explorer/window';
import { VERTICAL_BELOW } from '@/lib/charts/timeline/orientation';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import { DetailPanel } from './detail-panel';
import { ExplorerControls } from './explorer-controls';
import { MilestoneList } from './milestone-list';
import { OverviewStrip } from './overview-strip';
import { useChartGestures, type GestureFrame } from './use-chart-gestures';
import { useExplorerState, type HistoryMode } from './use-explorer-state';
import './explorer.css';

type ExplorerDrawingModule = typeof import('./explorer-drawing');
/** The chart's layout and drawing code, loaded when the view first changes (or a hand or the focus comes near it). */
const loadExplorerDrawing = (): Promise<ExplorerDrawingModule> => import('./explorer-drawing');

export type TimelineExplorerProps = {
  locale: Locale;
  /** The milestones in the page's language, laid out again here for each zoom window. */
  input: TimelineInput;
  searchIndex: SearchIndex;
  /** Read from the URL on the server, so a shared link renders the same view before any JavaScript. */
  initialState: ExplorerState;
  title: string;
  description: string;
  /** Shown under the chart: the deck gives France no start year. */
  contextNotes: string[];
  /** Milestones to highlight and a lecturer's note, from the page's URL: drawn in every view. */
  annotation?: Annotation | null;
  /**
   * The chart for `initialState` as the server drew it (ExplorerDrawing's markup), shown until the view
   * changes, and the x range of its time axis across the page, which the gestures map from until then.
   */
  serverDrawing: { markup: string; range: readonly [number, number] };
};

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/** Widths the across-the-page layout is redrawn at, so a resize redraws it only every so often. */
const WIDTH_STEP = 40;

/**
 * The width the across-the-page layout is drawn for: the server's wide variant until the page is
 * interactive, then the plot's own width, so a tablet or a half-screen window gets labels laid out
 * for its width at their full size instead of a wide drawing shrunk to fit.
 */
function useWideWidth(plot: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState<number>(VARIANT_WIDTHS.wide);
  useLayoutEffect(() => {
    const element = plot.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor((entry?.contentRect.width ?? 0) / WIDTH_STEP) * WIDTH_STEP;
      if (measured >= VERTICAL_BELOW) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [plot]);
  return width;
}

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

/** Zoom, filters, search, keyboard stepping, details and a list view over the timeline, all held in the URL. */
export function TimelineExplorer({
  locale,
  input,
  searchIndex,
  initialState,
  title,
  description,
  contextNotes,
  annotation = null,
  serverDrawing,
}: TimelineExplorerProps) {
  const t = useText('timeline.explorer');
  const tDate = useText('timeline.date');
  const knownIds = useMemo(() => new Set(input.items.map((item) => item.id)), [input.items]);
  const [state, act] = useExplorerState(initialState, knownIds);
  const hydrated = useHydrated();
  const [focusId, setFocusId] = useState<string | null>(initialState.selected);
  const [announcement, setAnnouncement] = useState('');
  const chartArea = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef(false);

  const visible = useMemo(() => getVisibleItems(input.items, state, searchIndex), [input.items, state, searchIndex]);
  const wideWidth = useWideWidth(chartArea);
  // The list shows the window the zoom buttons set, as the chart does.
  const listed = useMemo(() => visible.filter((item) => isInWindow(item.time, state.domain)), [visible, state.domain]);
  const matchIds = useMemo(() => getMatchIds(state.query, visible), [state.query, visible]);

  // The server's drawing stays until the view first changes; then the drawing code is loaded (it is
  // not part of the page's first JavaScript) and the chart is drawn here from then on.
  const [changed, setChanged] = useState(false);
  if (!changed && !(state === initialState && focusId === initialState.selected && wideWidth === VARIANT_WIDTHS.wide)) setChanged(true);
  const [drawing, setDrawing] = useState<ExplorerDrawingModule | null>(null);
  const loadDrawing = useCallback(() => void loadExplorerDrawing().then(setDrawing), []);
  useEffect(() => {
    if (changed) loadDrawing();
  }, [changed, loadDrawing]);
  const layouts = useMemo(
    () =>
      changed && drawing ? drawing.layoutExplorerTimeline({ ...input, items: visible }, { locale, domain: state.domain, wideWidth }) : null,
    [changed, drawing, input, visible, locale, state.domain, wideWidth],
  );

  // The gestures read the latest window when they fire, after this render is committed.
  const frame = useRef<GestureFrame>({ domain: state.domain, range: serverDrawing.range });
  useLayoutEffect(() => {
    frame.current = { domain: state.domain, range: layouts?.[1].range ?? serverDrawing.range };
  });
  const setDomain = useCallback((domain: Domain, mode: HistoryMode) => act({ type: 'setDomain', domain }, mode), [act]);
  useChartGestures(chartArea, frame, setDomain);

  const hrefFor = useCallback((next: ExplorerState) => `?${encodeExplorerState(next)}`, []);
  const hrefForId = useCallback((id: string | null) => hrefFor({ ...state, selected: id }), [hrefFor, state]);

  const announce = (id: string) => {
    const index = visible.findIndex((item) => item.id === id);
    const item = visible[index];
    if (item) setAnnouncement(`${item.tip} · ${t('position', { index: index + 1, total: visible.length })}`);
  };

  const select = (id: string | null) => {
    act({ type: 'select', id });
    if (id) {
      const item = visible.find((i) => i.id === id);
      if (item) act({ type: 'reveal', time: item.time });
      setFocusId(id);
      announce(id);
    }
  };

  const moveFocus = (id: string) => {
    const item = visible.find((i) => i.id === id);
    if (!item) return;
    setFocusId(id);
    pendingFocus.current = true;
    act({ type: 'reveal', time: item.time }, 'replace');
    announce(id);
  };

  // Whether the keyboard was on a milestone when the focus last moved, so focus survives the server's
  // drawing being replaced by this one (the marks it was on leave the page).
  const markHadFocus = useRef(false);
  // Whether the reader last used the keys rather than a pointer: focus is carried over for the keyboard
  // only, so a tap that opens a milestone does not bring its tooltip back with the redrawn mark.
  const usedKeys = useRef(false);
  const showsOwnDrawing = Boolean(layouts && drawing);
  const showedOwnDrawing = useRef(false);
  // A layout effect: between the commit that replaces the drawing and a passive effect, a key pressed
  // would land on the page's body and be lost.
  useLayoutEffect(() => {
    const replaced = showsOwnDrawing && !showedOwnDrawing.current;
    showedOwnDrawing.current = showsOwnDrawing;
    if (!focusId) return;
    const lost =
      replaced && usedKeys.current && markHadFocus.current && (document.activeElement === null || document.activeElement === document.body);
    if (!pendingFocus.current && !lost) return;
    const marks = chartArea.current?.querySelectorAll<SVGGElement>(`.timeline-mark[data-id="${focusId}"]`) ?? [];
    [...marks].find(isShown)?.focus();
    // Until the drawing code has come, the server's drawing stands in; focus moves again once it is replaced.
    if (showsOwnDrawing || !changed) pendingFocus.current = false;
  });
  const onFocusChange = (event: FocusEvent<HTMLDivElement>) => {
    if (event.type === 'focus') markHadFocus.current = Boolean((event.target as Element).closest?.('.timeline-mark'));
    else if (event.relatedTarget) markHadFocus.current = Boolean((event.relatedTarget as Element).closest?.('.timeline-mark'));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    usedKeys.current = true;
    const current = (event.target as Element).closest?.('[data-id]')?.getAttribute('data-id') ?? focusId;
    let target: string | null | undefined;
    if (NEXT_KEYS.has(event.key)) target = getNeighbour(visible, current, 1)?.id;
    else if (PREVIOUS_KEYS.has(event.key)) target = getNeighbour(visible, current, -1)?.id;
    else if (event.key === 'Home') target = visible[0]?.id;
    else if (event.key === 'End') target = visible[visible.length - 1]?.id;
    else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      select(current);
      return;
    } else if (event.key === 'Escape' && state.selected) {
      event.preventDefault();
      act({ type: 'select', id: null });
      return;
    } else return;
    event.preventDefault();
    if (target) moveFocus(target);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const id = (event.target as Element).closest?.('.timeline-mark')?.getAttribute('data-id');
    if (id) select(id);
  };

  const selected = input.items.find((item) => item.id === state.selected) ?? null;
  const outside = visible.length - listed.length;
  const windowText = t('window', formatWindow(state.domain, tDate));
  return (
    <div
      className="timeline-explorer"
      data-view={state.view}
      data-hydrated={hydrated || undefined}
      aria-label={t('label')}
      role="region"
      onPointerEnter={loadDrawing}
      onPointerDown={() => {
        usedKeys.current = false;
        loadDrawing();
      }}
      onFocus={loadDrawing}
    >
      <ExplorerControls state={state} act={act} input={input} shown={listed.length} hydrated={hydrated} hrefFor={hrefFor} />
      {selected ? (
        <DetailPanel
          item={selected}
          previous={getNeighbour(visible, selected.id, -1)}
          next={getNeighbour(visible, selected.id, 1)}
          query={state.query}
          hrefFor={hrefForId}
          onSelect={select}
        />
      ) : null}
      <div className="timeline-explorer__chart">
        <div className="timeline-explorer__overview no-print">
          <OverviewStrip
            items={visible}
            stages={input.stages}
            domain={state.domain}
            palette={CSS_PALETTE}
            label={t('overview')}
            onDomain={setDomain}
          />
          <p className="timeline-explorer__window">
            {windowText}
            {outside > 0 ? ` · ${t('outsideWindow', { count: outside })}` : ''}
          </p>
        </div>
        <div
          ref={chartArea}
          className="timeline-explorer__plot"
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocusChange}
          onBlur={onFocusChange}
        >
          {layouts && drawing ? (
            <div key="drawn" className="timeline-explorer__drawing">
              <drawing.ExplorerDrawing
                layouts={layouts}
                title={title}
                description={description}
                selectedId={state.selected}
                matchIds={matchIds}
                marksLabel={t('marks')}
                focusId={focusId}
                annotation={annotation}
              />
            </div>
          ) : (
            <div key="server" className="timeline-explorer__drawing" dangerouslySetInnerHTML={{ __html: serverDrawing.markup }} />
          )}
        </div>
        {visible.length === 0 ? <p>{t('noneVisible')}</p> : null}
        <p className="timeline-explorer__hint no-print">{t('gestureHint')}</p>
        {contextNotes.map((note) => (
          <p key={note} className="timeline-explorer__context-note">
            {note}
          </p>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="timeline-explorer__list">
        <p className="timeline-list__window">
          {windowText}
          {outside > 0 ? ` · ${t('outsideWindow', { count: outside })}` : ''}
        </p>
        <MilestoneList
          items={listed}
          stages={input.stages}
          selectedId={state.selected}
          query={state.query}
          hrefFor={(id) => hrefForId(id)}
          onSelect={select}
        />
      </div>
    </div>
  );
}
