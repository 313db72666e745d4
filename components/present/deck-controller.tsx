'use client';

import { useText, useTextLocale } from '@/components/i18n/text-provider';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject, type TouchEvent } from 'react';
import { LanguageSwitch } from '@/components/site/language-switch';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';
import type { DeckPosition } from '@/lib/present/deck';
import { isClickerKey, pressDeckKey, type DeckState } from '@/lib/present/keys';
import { clampDeckPosition, moveDeck, type DeckMove } from '@/lib/present/navigate';
import { toDeckQuery } from '@/lib/present/url';
import { useDeckSync } from './use-deck-sync';

export type ControlledSlide = {
  id: string;
  /** "3 / 8: Milestones", the slide's accessible name. */
  label: string;
  steps: number;
  /** What each step shows, announced as it appears. */
  stepLabels?: string[];
  content: ReactNode;
};

export type DeckControllerProps = {
  slides: ControlledSlide[];
  initial: DeckPosition;
  /** The language switch's words: the other language's name and the link's accessible name. */
  languageSwitch: { label: string; switchTo: string };
  /** The lecture as a PowerPoint file, in the deck's language. */
  download?: { href: string; label: string };
};

const SWIPE_MIN = 50;
/** The control bar goes after this long without a mouse move, key or touch, and comes back with the next (a clicker's keys aside). */
const IDLE_MS = 2500;

/** Whether the reader has left mouse and keys alone for IDLE_MS (never while a control of the bar has focus). */
function useIdle(bar: RefObject<HTMLElement | null>): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = 0;
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(!bar.current?.contains(document.activeElement)), IDLE_MS);
    };
    const wakeOnKey = (event: KeyboardEvent) => {
      if (!isClickerKey(event.key)) wake();
    };
    const events = ['pointermove', 'pointerdown', 'focusin'] as const;
    events.forEach((name) => window.addEventListener(name, wake));
    window.addEventListener('keydown', wakeOnKey);
    wake();
    return () => {
      window.clearTimeout(timer);
      events.forEach((name) => window.removeEventListener(name, wake));
      window.removeEventListener('keydown', wakeOnKey);
    };
  }, [bar]);
  return idle;
}

function isOwnControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, select, input, textarea') !== null;
}

/** Opens (or brings back) the presenter view in its own window, at the deck's place. */
function openPresenter(locale: Locale, position: DeckPosition) {
  window.open(`/${locale}/present/presenter?${toDeckQuery(position)}`, 'egov-presenter');
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Shows one server-rendered slide at a time and moves through slides and steps with keys,
 * clicker, swipe or the buttons; the URL follows, so a reload returns to the same place.
 */
export function DeckController({ slides, initial, languageSwitch, download }: DeckControllerProps) {
  const t = useText('present.controls');
  const locale = useTextLocale() as Locale;
  const steps = slides.map((slide) => slide.steps);
  const [state, setState] = useState<DeckState>({ position: initial, blank: false, typed: '' });
  const [announcement, setAnnouncement] = useState('');
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const shown = useRef(initial);
  const { position, blank, typed } = state;
  const current = slides[position.slide - 1]!;
  const bar = useRef<HTMLDivElement>(null);
  const idle = useIdle(bar);

  // The key listener is set up once and reads the latest state and step counts when a key comes.
  const deck = useRef<HTMLDivElement>(null);
  const stateRef = useRef(state);
  const stepsRef = useRef(steps);
  const localeRef = useRef(locale);
  useLayoutEffect(() => {
    stateRef.current = state;
    stepsRef.current = steps;
  });

  // The presenter view, open in another window of this browser, moves this deck and follows it.
  useDeckSync('audience', { position, blank }, (synced) => {
    const next = { ...stateRef.current, position: clampDeckPosition(stepsRef.current, synced.position), blank: synced.blank };
    stateRef.current = next;
    setState(next);
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.key === 'Enter' || event.key === ' ') && isOwnControl(event.target)) return;
      const result = pressDeckKey(stepsRef.current, stateRef.current, { key: event.key, shiftKey: event.shiftKey });
      if (!result.handled) return;
      event.preventDefault();
      if (result.toggleFullscreen) toggleFullscreen();
      if (result.openPresenter) openPresenter(localeRef.current, result.state.position);
      stateRef.current = result.state;
      setState(result.state);
    };
    window.addEventListener('keydown', onKey);
    // Tells whoever drives the deck (a test, a presenter's script) that keys now count.
    deck.current?.setAttribute('data-listening', '');
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (shown.current.slide === position.slide && shown.current.step === position.step) return;
    shown.current = position;
    // The place changes; the rest of the address (an annotation's highlight and note) stays.
    const query = new URLSearchParams(window.location.search);
    for (const [name, value] of new URLSearchParams(toDeckQuery(position))) query.set(name, value);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${query.toString()}`);
    const stepLabel = current.steps > 1 ? current.stepLabels?.[position.step - 1] : undefined;
    setAnnouncement([current.label, stepLabel].filter(Boolean).join('. '));
  }, [position, current]);

  const move = (deckMove: DeckMove) => setState((s) => ({ ...s, position: moveDeck(steps, s.position, deckMove), typed: '' }));

  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onTouchEnd = (event: TouchEvent) => {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = null;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < Math.abs(touch.clientY - start.y)) return;
    if (blank) setState((s) => ({ ...s, blank: false }));
    else move({ type: dx < 0 ? 'next' : 'previous' });
  };

  return (
    <div
      className="present-deck"
      data-blank={blank || undefined}
      data-idle={idle || undefined}
      ref={deck}
      onTouchStart={onTouchStart}
      onTouchEnd={onTouchEnd}
    >
      <div className="present-viewport">
        {slides.map((slide, index) => {
          const isCurrent = index === position.slide - 1;
          return (
            <section
              key={slide.id}
              className={`present-slide present-slide--${slide.id}`}
              aria-roledescription="slide"
              aria-label={slide.label}
              hidden={!isCurrent}
              data-step={isCurrent ? position.step : slide.steps}
            >
              {slide.content}
            </section>
          );
        })}
      </div>
      <div className="present-bar" role="group" aria-label={t('label')} ref={bar}>
        <LocaleLink locale={locale} href="/" className="present-bar__exit">
          {t('exit')}
        </LocaleLink>
        <LanguageSwitch locale={locale} {...languageSwitch} />
        <a
          href={`/${locale}/present/presenter?${toDeckQuery(position)}`}
          target="egov-presenter"
          className="present-bar__presenter"
          aria-keyshortcuts="P"
        >
          {t('presenter')}
        </a>
        {download ? (
          <a href={download.href} download className="present-bar__download">
            {download.label}
          </a>
        ) : null}
        <span className="present-bar__spacer" />
        <p className="present-bar__progress" data-testid="present-progress">
          {typed ? t('typed', { typed }) : t('progress', { slide: position.slide, total: slides.length })}
          {!typed && current.steps > 1 ? ` · ${t('step', { step: position.step, steps: current.steps })}` : null}
        </p>
        <button type="button" onClick={() => move({ type: 'previous' })} aria-label={t('previous')}>
          ←
        </button>
        <button type="button" onClick={() => move({ type: 'next' })} aria-label={t('next')}>
          →
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {t('fullscreen')}
        </button>
      </div>
      <div className="present-blank" hidden={!blank} onClick={() => setState((s) => ({ ...s, blank: false }))} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {blank ? t('blank') : announcement}
      </p>
    </div>
  );
}
