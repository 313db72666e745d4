'use client';

import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useText, useTextLocale } from '@/components/i18n/text-provider';
import type { Locale } from '@/lib/i18n/routing';
import type { DeckPosition } from '@/lib/present/deck';
import { pressDeckKey, type DeckState } from '@/lib/present/keys';
import { clampDeckPosition, moveDeck } from '@/lib/present/navigate';
import type { SpeakerNotes } from '@/lib/present/speaker-notes';
import { toDeckQuery } from '@/lib/present/url';
import { useDeckSync } from './use-deck-sync';

export type PresentedSlide = {
  id: string;
  /** "3 / 8: Milestones". */
  label: string;
  steps: number;
  stepLabels?: string[];
  content: ReactNode;
  speakerNotes: SpeakerNotes;
};

export type PresenterControllerProps = { slides: PresentedSlide[]; initial: DeckPosition };

/** Where the timer started, kept for the tab's life so a reload does not restart the lecture's clock. */
const START_KEY = 'egov-presenter-start';

function readStart(): number {
  const stored = Number(window.sessionStorage.getItem(START_KEY));
  if (Number.isFinite(stored) && stored > 0 && stored <= Date.now()) return stored;
  const now = Date.now();
  window.sessionStorage.setItem(START_KEY, String(now));
  return now;
}

function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

const RESTART_EVENT = 'egov-presenter-restart';

function subscribeToSeconds(tick: () => void): () => void {
  const timer = window.setInterval(tick, 1000);
  return () => window.clearInterval(timer);
}
const getSecond = () => Math.floor(Date.now() / 1000) * 1000;

function subscribeToRestart(change: () => void): () => void {
  window.addEventListener(RESTART_EVENT, change);
  return () => window.removeEventListener(RESTART_EVENT, change);
}

function restartTimer() {
  window.sessionStorage.setItem(START_KEY, String(Date.now()));
  window.dispatchEvent(new Event(RESTART_EVENT));
}

const getNothing = () => null;

/** The time of day and the time since the lecture started, ticking each second once the page runs. */
function Clock() {
  const t = useText('present.presenter');
  const locale = useTextLocale();
  const now = useSyncExternalStore(subscribeToSeconds, getSecond, getNothing);
  const start = useSyncExternalStore(subscribeToRestart, readStart, getNothing);
  const time =
    now === null ? '--:--' : new Date(now).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="presenter__time">
      <p>
        <span className="presenter__time-label">{t('clock')}</span> <span className="presenter__clock">{time}</span>
      </p>
      <p>
        <span className="presenter__time-label">{t('elapsed')}</span>{' '}
        <span className="presenter__elapsed" data-testid="presenter-elapsed">
          {now === null || start === null ? '--:--' : formatElapsed(now - start)}
        </span>{' '}
        <button type="button" onClick={restartTimer}>
          {t('resetTimer')}
        </button>
      </p>
    </div>
  );
}

function SpeakerNotesPanel({ notes, step }: { notes: SpeakerNotes; step: number }) {
  const t = useText('present.speaker');
  const stepNote = notes.steps?.[step - 1];
  return (
    <section className="presenter__notes" aria-labelledby="presenter-notes-heading">
      <h2 id="presenter-notes-heading">{t('heading')}</h2>
      {stepNote ? (
        <p className="presenter__step-note" data-testid="presenter-step-note">
          {stepNote}
        </p>
      ) : null}
      <p className="presenter__summary">{notes.summary}</p>
      {notes.source ? <p className="presenter__source">{notes.source}</p> : null}
      {notes.notes.length > 0 ? (
        <>
          <h3>{t('notesHeading')}</h3>
          <ul className="presenter__deck-notes">
            {notes.notes.map((note, index) => (
              <li key={index}>
                <span className="presenter__marker">{note.marker}</span> {note.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** One slide as the audience sees it at a step, drawn in the box's shape. */
function SlideScreen({ slide, step, hidden }: { slide: PresentedSlide; step: number; hidden?: boolean }) {
  return (
    <section className={`present-slide present-slide--${slide.id}`} aria-label={slide.label} hidden={hidden} data-step={step}>
      {slide.content}
    </section>
  );
}

/**
 * The presenter's controls: the same keys as the deck (a clicker's PageDown, PageUp, arrows, space),
 * each move posted to the audience window and each of its moves followed; the URL keeps the place.
 */
export function PresenterController({ slides, initial }: PresenterControllerProps) {
  const t = useText('present.presenter');
  const tc = useText('present.controls');
  const locale = useTextLocale() as Locale;
  const steps = slides.map((slide) => slide.steps);
  const [state, setState] = useState<DeckState>({ position: initial, blank: false, typed: '' });
  const { position, blank, typed } = state;
  const stateRef = useRef(state);
  const stepsRef = useRef(steps);
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    stateRef.current = state;
    stepsRef.current = steps;
  });

  const connected = useDeckSync('presenter', { position, blank }, (synced) => {
    const next = { ...stateRef.current, position: clampDeckPosition(stepsRef.current, synced.position), blank: synced.blank };
    stateRef.current = next;
    setState(next);
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('a, button, input, textarea, select')) {
        if (event.key === 'Enter' || event.key === ' ') return;
      }
      const result = pressDeckKey(stepsRef.current, stateRef.current, { key: event.key, shiftKey: event.shiftKey });
      if (!result.handled || result.openPresenter) return;
      event.preventDefault();
      if (result.toggleFullscreen) {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      }
      stateRef.current = result.state;
      setState(result.state);
    };
    window.addEventListener('keydown', onKey);
    root.current?.setAttribute('data-listening', '');
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${toDeckQuery(position)}`);
  }, [position]);

  const move = (type: 'next' | 'previous') =>
    setState((s) => ({ ...s, position: moveDeck(steps, s.position, { type }), blank: false, typed: '' }));

  const current = slides[position.slide - 1]!;
  const next = moveDeck(steps, position, { type: 'next' });
  const atEnd = next.slide === position.slide && next.step === position.step;
  const nextSlide = slides[next.slide - 1]!;
  const nextStepLabel = nextSlide.steps > 1 ? nextSlide.stepLabels?.[next.step - 1] : undefined;
  const nextLabel = atEnd
    ? t('end')
    : next.slide === position.slide
      ? t('nextStep', { step: next.step, steps: nextSlide.steps })
      : `${t('nextSlide', { slide: next.slide })}: ${nextSlide.label.replace(/^[^:：]*[:：]\s*/, '')}`;
  const currentLabel =
    current.steps > 1
      ? t('currentStep', { slide: position.slide, total: slides.length, step: position.step, steps: current.steps })
      : t('current', { slide: position.slide, total: slides.length });
  const currentStepLabel = current.steps > 1 ? current.stepLabels?.[position.step - 1] : undefined;

  return (
    <div className="presenter" ref={root}>
      <header className="presenter__bar">
        <h1 className="presenter__title">{t('title')}</h1>
        <p className="presenter__progress" data-testid="presenter-progress" aria-live="polite">
          {typed ? tc('typed', { typed }) : currentLabel}
        </p>
        <Clock />
        <p className="presenter__status" data-connected={connected || undefined}>
          {connected ? t('connected') : t('notConnected')}{' '}
          {connected ? null : (
            <a href={`/${locale}/present?${toDeckQuery(position)}`} target="egov-audience">
              {t('audience')}
            </a>
          )}
        </p>
      </header>
      <div className="presenter__current">
        <div className="presenter__screen" data-testid="presenter-current">
          {slides.map((slide, index) => (
            <SlideScreen
              key={slide.id}
              slide={slide}
              step={index === position.slide - 1 ? position.step : slide.steps}
              hidden={index !== position.slide - 1}
            />
          ))}
          {blank ? <p className="presenter__blanked">{t('blanked')}</p> : null}
        </div>
        <div className="presenter__nav">
          <button type="button" onClick={() => move('previous')} aria-label={tc('previous')}>
            ←
          </button>
          <button type="button" onClick={() => move('next')} aria-label={tc('next')}>
            →
          </button>
          {currentStepLabel ? <p className="presenter__step-label">{currentStepLabel}</p> : null}
        </div>
      </div>
      <div className="presenter__side">
        <div className="presenter__next">
          <p className="presenter__next-label" data-testid="presenter-next">
            {nextLabel}
            {nextStepLabel && !atEnd ? <span className="presenter__next-step"> · {nextStepLabel}</span> : null}
          </p>
          {atEnd ? null : (
            <div className="presenter__screen presenter__screen--next" inert aria-hidden="true">
              <SlideScreen slide={nextSlide} step={next.step} />
            </div>
          )}
        </div>
        <SpeakerNotesPanel notes={current.speakerNotes} step={position.step} />
      </div>
    </div>
  );
}
