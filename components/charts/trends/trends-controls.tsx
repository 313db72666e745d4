'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/site/use-hydrated';
import { toTrendsQuery, type TrendsAxis, type TrendsView } from '@/lib/charts/trends/view';

export type TrendsControlsProps = {
  countries: readonly { code: string; name: string }[];
  view: TrendsView;
  defaults: TrendsView;
  /** The data's first and last year: the ends of the range sliders. */
  years: readonly [number, number];
  labels: {
    label: string;
    countries: string;
    axis: string;
    linear: string;
    log: string;
    /** "From {year}", with {year} left in. */
    from: string;
    to: string;
    apply: string;
    play: string;
    stop: string;
    /** "Showing up to {year}" */
    playing: string;
  };
};

const PLAY_STEP_MS = 700;

/**
 * The chart's view as a form: without JavaScript it submits (GET) and the server draws the view; with
 * it, every change replaces the URL at once, and "play" steps `to` through the years.
 */
export function TrendsControls({ countries, view, defaults, years, labels }: TrendsControlsProps) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [draft, setDraft] = useState(view);
  const [playing, setPlaying] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const show = (next: TrendsView) => {
    setDraft(next);
    const query = toTrendsQuery(next, defaults);
    router.replace(query ? `?${query}` : '?', { scroll: false });
  };

  const stop = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
    setPlaying(null);
  };
  useEffect(
    () => () => {
      if (timer.current) clearInterval(timer.current);
    },
    [],
  );

  const play = () => {
    const start = draft.from;
    let year = Math.min(start + 1, years[1]);
    setPlaying(year);
    show({ ...draft, to: year });
    timer.current = setInterval(() => {
      year += 1;
      if (year > years[1]) return stop();
      setPlaying(year);
      show({ ...draft, to: year });
    }, PLAY_STEP_MS);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    show(draft);
  };
  const toggle = (code: string, on: boolean) => {
    const chosen = on ? [...draft.countries, code] : draft.countries.filter((c) => c !== code);
    show({ ...draft, countries: countries.map((c) => c.code).filter((c) => chosen.includes(c)) });
  };
  const setYear = (name: 'from' | 'to', value: number) => {
    const next = { ...draft, [name]: value };
    if (next.from > next.to) next[name === 'from' ? 'to' : 'from'] = value;
    show(next);
  };

  return (
    <form className="trends-controls no-print" method="get" aria-label={labels.label} onSubmit={onSubmit}>
      <fieldset className="trends-controls__countries">
        <legend>{labels.countries}</legend>
        {countries.map(({ code, name }) => (
          <label key={code}>
            <input
              type="checkbox"
              name="countries"
              value={code}
              checked={draft.countries.includes(code)}
              onChange={(event) => toggle(code, event.currentTarget.checked)}
            />{' '}
            {name}
          </label>
        ))}
      </fieldset>
      <fieldset className="trends-controls__axis">
        <legend>{labels.axis}</legend>
        {(['linear', 'log'] as const satisfies readonly TrendsAxis[]).map((axis) => (
          <label key={axis}>
            <input type="radio" name="axis" value={axis} checked={draft.axis === axis} onChange={() => show({ ...draft, axis })} />{' '}
            {labels[axis]}
          </label>
        ))}
      </fieldset>
      <div className="trends-controls__years">
        {(['from', 'to'] as const).map((name) => (
          <label key={name}>
            <span>{labels[name].replace('{year}', String(draft[name]))}</span>
            <input
              type="range"
              name={name}
              min={years[0]}
              max={years[1]}
              step={1}
              value={draft[name]}
              onChange={(event) => setDraft({ ...draft, [name]: Number(event.currentTarget.value) })}
              onPointerUp={(event) => setYear(name, Number(event.currentTarget.value))}
              onKeyUp={(event) => setYear(name, Number(event.currentTarget.value))}
            />
          </label>
        ))}
      </div>
      <div className="trends-controls__actions">
        {hydrated ? (
          <button type="button" onClick={playing === null ? play : stop} aria-pressed={playing !== null}>
            {playing === null ? labels.play : labels.stop}
          </button>
        ) : (
          <button type="submit">{labels.apply}</button>
        )}
        <span aria-live="polite" className="trends-controls__status">
          {playing === null ? '' : labels.playing.replace('{year}', String(playing))}
        </span>
      </div>
    </form>
  );
}
