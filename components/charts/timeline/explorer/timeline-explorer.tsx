'use client';

import { useText } from '@/components/i18n/text-provider';
import {
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
import { KeptServerDrawing } from '@/components/charts/kept-server-drawing';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getNeighbour, getVisibleItems, type SearchIndex } from '@/lib/charts/timeline/explorer/filter';
import type { ExplorerState } from '@/lib/charts/timeline/explorer/state';
import { encodeExplorerState } from '@/lib/charts/timeline/explorer/url';
import { isInWindow, type Domain } from '@/lib/charts/timeline/explorer/zoom';
import { formatWindow } from '@/lib/charts/timeline/explorer/window';
import { layoutTimeline, VERTICAL_BELOW } from '@/lib/charts/timeline/layout';
import type { TimelineGeometry } from '@/lib/charts/timeline/geometry';
import type { TimelineInput } from '@/lib/charts/timeline/types';
import type { Locale } from '@/lib/i18n/routing';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import { TimelineChart } from '../timeline-chart';
import { DetailPanel } from './detail-panel';
import { ExplorerControls } from './explorer-controls';
import { MilestoneList } from './milestone-list';
import { OverviewStrip } from './overview-strip';
import { useChartGestures, type GestureFrame } from './use-chart-gestures';
import { useExplorerState, type HistoryMode } from './use-explorer-state';
import './explorer.css';

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
};

/** The smallest tap target, in CSS pixels (WCAG 2.5.5). */
const TAP_TARGET = 44;
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

/** What the gestures read: the window shown, and (laid out only when a gesture asks) where the time axis runs. */
function getGestureFrame(domain: Domain, getLayouts: () => readonly [TimelineGeometry, TimelineGeometry]): GestureFrame {
  return {
    domain,
    get range() {
      return getLayouts()[1].range;
    },
  };
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
  const visibleInput = useMemo(() => ({ ...input, items: visible }), [input, visible]);
  // The phone's layout gives every milestone a tap target a finger can hit (44 px, none overlapping).
  const wideWidth = useWideWidth(chartArea);
  // Laid out when first asked for: until the view changes, the page keeps the server's drawing
  // (KeptServerDrawing), and only a gesture needs the geometry.
  const getLayouts = useMemo(() => {
    let layouts: TimelineGeometry[] | undefined;
    return () =>
      (layouts ??= [VARIANT_WIDTHS.narrow, wideWidth].map((width) =>
        layoutTimeline(visibleInput, {
          width,
          locale,
          domain: state.domain,
          showContext: true,
          minTarget: width === VARIANT_WIDTHS.narrow ? TAP_TARGET : 0,
        }),
      )) as [narrow: TimelineGeometry, wide: TimelineGeometry];
  }, [visibleInput, locale, state.domain, wideWidth]);
  const unchanged = state === initialState && focusId === initialState.selected && wideWidth === VARIANT_WIDTHS.wide;
  // The list shows the window the zoom buttons set, as the chart does.
  const listed = useMemo(() => visible.filter((item) => isInWindow(item.time, state.domain)), [visible, state.domain]);
  const matchIds = useMemo(() => new Set(state.query.trim() ? visible.map((item) => item.id) : []), [state.query, visible]);

  // The gestures read the latest window when they fire, after this render is committed.
  const frame = useRef<GestureFrame>(getGestureFrame(state.domain, getLayouts));
  useLayoutEffect(() => {
    frame.current = getGestureFrame(state.domain, getLayouts);
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

  useEffect(() => {
    if (!pendingFocus.current || !focusId) return;
    pendingFocus.current = false;
    const marks = chartArea.current?.querySelectorAll<SVGGElement>(`.timeline-mark[data-id="${focusId}"]`) ?? [];
    [...marks].find(isShown)?.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
  const drawChart = () => {
    const [narrow, wide] = getLayouts();
    const rovingId = wide.marks.some((m) => m.id === focusId) ? focusId : (wide.marks[0]?.id ?? null);
    const chart = (geometry: TimelineGeometry) => (
      <TimelineChart
        geometry={geometry}
        palette={CSS_PALETTE}
        title={title}
        description={description}
        selectedId={state.selected}
        matchIds={matchIds}
        marksLabel={t('marks')}
        focusableId={rovingId}
        annotation={annotation}
      />
    );
    return <ResponsiveChart narrow={chart(narrow)} wide={chart(wide)} />;
  };

  return (
    <div className="timeline-explorer" data-view={state.view} data-hydrated={hydrated || undefined} aria-label={t('label')} role="region">
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
        <div ref={chartArea} className="timeline-explorer__plot" onKeyDown={onKeyDown} onClick={onClick}>
          <KeptServerDrawing className="timeline-explorer__drawing" unchanged={unchanged} draw={drawChart} />
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
