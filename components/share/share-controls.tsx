'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { EMBED_WIDTHS, getEmbedUrl, getFixedEmbedSnippet, getResponsiveEmbedSnippet, type EmbedWidth } from '@/lib/charts/embed-snippet';
import { useEmbedHeight } from './use-embed-height';
import { IMAGE_PRESETS, IMAGE_PRESET_IDS, toImageQuery, type ImagePreset } from '@/lib/charts/image-params';
import { NOTE_MAX_LENGTH, type ChartMark } from '@/lib/charts/annotation/annotation';
import type { Locale } from '@/lib/i18n/routing';
import { getChartPptxPath } from '@/lib/pptx/params';
import { isTheme, type Theme } from '@/lib/theme';
import './share-panel.css';

/** The panel's words in the page's language, from the share namespace. */
export type ShareText = {
  label: string;
  snippetLabel: string;
  copy: string;
  fixedLabel: string;
  copyFixed: string;
  /** "Sized for a column of", and each width's name ("640 px"). */
  fixedWidthLabel: string;
  fixedWidths: Record<EmbedWidth, string>;
  imageUrlLabel: string;
  copyUrl: string;
  sizeLabel: string;
  presets: Record<ImagePreset, string>;
  downloadPng: string;
  downloadSvg: string;
  /** "Download CSV: milestones.csv", one per dataset the chart draws. */
  downloadCsv: Record<string, string>;
  /** "Download CSV of this view: trends.csv", for a chart whose view has one. */
  downloadViewCsv: string;
  copied: string;
  copyFailed: string;
  /** The annotate section: its heading, the marks' list and the note's label. */
  annotate: { label: string; highlight: string; note: string };
};

export type ShareControlsProps = {
  chartId: string;
  /** The datasets it draws, each offered as a CSV download. */
  datasets: readonly string[];
  /** The chart's title, for the iframe's accessible name. */
  title: string;
  locale: Locale;
  text: ShareText;
  /** Query parameters of the page that the embed takes over (the timeline's view), read when the panel opens. */
  viewParams?: readonly string[];
  /** The figure's own view, which the page's URL does not carry (`show=egdi`), added to the page's in every link. */
  figure?: Readonly<Record<string, string>>;
  /** The site's public origin, as the server knows it (behind a proxy too), for the absolute URLs handed out. */
  origin: string;
  /** The chart as a one-slide PowerPoint file in the page's language, where it has one, with the annotation; `followsView`: of the page's view. */
  pptx?: { label: string; followsView: boolean };
  /** Whether `/charts/{chart}.csv` gives the rows of the page's view (the whole datasets stay offered too). */
  viewCsv?: boolean;
  /** The marks an annotation may highlight; none, and the annotate section offers only the note. */
  marks?: readonly ChartMark[];
};

function subscribeToTheme(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const getTheme = (): Theme => {
  const theme = document.documentElement.dataset.theme;
  return isTheme(theme) ? theme : 'light';
};
const getServerTheme = (): Theme => 'light';

/** Embed code, image URL and downloads for one chart, in the page's language and current theme. */
export function ShareControls({
  chartId,
  datasets,
  title,
  locale,
  text: t,
  viewParams,
  figure,
  origin,
  pptx,
  viewCsv = false,
  marks = [],
}: ShareControlsProps) {
  const theme = useSyncExternalStore(subscribeToTheme, getTheme, getServerTheme);
  const [preset, setPreset] = useState<ImagePreset>('16x9');
  const [status, setStatus] = useState('');
  const [pageView, setPageView] = useState<URLSearchParams>();
  const view = figure ? new URLSearchParams([...(pageView ?? []), ...Object.entries(figure)]) : pageView;
  const [open, setOpen] = useState(false);
  const [fixedWidth, setFixedWidth] = useState<EmbedWidth>(640);
  const [highlight, setHighlight] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');
  const id = useId();

  // Marks in the chart's order, whatever order they were ticked in.
  const annotation = {
    highlight: marks
      .filter((mark) => highlight.includes(mark.id))
      .map((mark) => mark.id)
      .join(','),
    note: note.trim(),
  };
  const extra = new URLSearchParams(view);
  if (annotation.highlight) extra.set('highlight', annotation.highlight);
  if (annotation.note) extra.set('note', annotation.note);
  const embedUrl = getEmbedUrl({ origin, chart: chartId, locale, theme, extra });
  const embedPath = new URL(embedUrl).pathname + new URL(embedUrl).search;
  const fixedHeight = useEmbedHeight(embedPath, fixedWidth, open);
  const imageQuery = toImageQuery({ ...IMAGE_PRESETS[preset], scale: 1, locale, theme, view, annotation });
  const imagePath = (format: 'png' | 'svg') => `/charts/${chartId}.${format}${imageQuery ? `?${imageQuery}` : ''}`;
  const viewQuery = new URLSearchParams(view).toString().replace(/%2C/g, ',');
  const pptxParams = new URLSearchParams(pptx?.followsView ? view : undefined);
  if (annotation.highlight) pptxParams.set('highlight', annotation.highlight);
  if (annotation.note) pptxParams.set('note', annotation.note);
  const pptxQuery = pptxParams.toString().replace(/%2C/g, ',');
  const fields = [
    { key: 'snippet', label: t.snippetLabel, button: t.copy, text: getResponsiveEmbedSnippet(embedUrl, title) },
    { key: 'fixed', label: t.fixedLabel, button: t.copyFixed, text: getFixedEmbedSnippet(embedUrl, title, fixedHeight) },
    { key: 'image', label: t.imageUrlLabel, button: t.copyUrl, text: `${origin}${imagePath('png')}` },
  ];

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t.copied);
    } catch {
      setStatus(t.copyFailed);
    }
  };

  return (
    <details
      className="share-panel"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (!event.currentTarget.open || !viewParams) return;
        const page = new URLSearchParams(window.location.search);
        setPageView(new URLSearchParams([...page].filter(([name]) => viewParams.includes(name))));
      }}
    >
      <summary>{t.label}</summary>
      <div className="share-panel__body">
        <fieldset className="share-panel__annotate">
          <legend>{t.annotate.label}</legend>
          {marks.length > 0 ? (
            <fieldset className="share-panel__marks">
              <legend>{t.annotate.highlight}</legend>
              {marks.map((mark) => (
                <label key={mark.id}>
                  <input
                    type="checkbox"
                    value={mark.id}
                    checked={highlight.includes(mark.id)}
                    onChange={(event) => {
                      const { checked } = event.currentTarget;
                      setHighlight((ids) => (checked ? [...ids, mark.id] : ids.filter((other) => other !== mark.id)));
                    }}
                  />{' '}
                  {mark.label}
                </label>
              ))}
            </fieldset>
          ) : null}
          <label className="share-panel__note">
            {t.annotate.note}{' '}
            <input type="text" maxLength={NOTE_MAX_LENGTH} value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          </label>
        </fieldset>
        <label className="share-panel__size">
          {t.sizeLabel}{' '}
          <select value={preset} onChange={(event) => setPreset(event.target.value as ImagePreset)}>
            {IMAGE_PRESET_IDS.map((option) => (
              <option key={option} value={option}>
                {t.presets[option]}
              </option>
            ))}
          </select>
        </label>
        <p className="share-panel__links">
          <a href={imagePath('png')} download>
            {t.downloadPng}
          </a>
          <a href={imagePath('svg')} download>
            {t.downloadSvg}
          </a>
          {pptx ? (
            <a href={getChartPptxPath(chartId, locale, pptxQuery)} download>
              {pptx.label}
            </a>
          ) : null}
          {viewCsv ? (
            <a href={`/charts/${chartId}.csv${viewQuery ? `?${viewQuery}` : ''}`} download>
              {t.downloadViewCsv}
            </a>
          ) : null}
          {datasets.map((dataset) => (
            <a key={dataset} href={`/api/datasets/${dataset}?format=csv`} download>
              {t.downloadCsv[dataset]}
            </a>
          ))}
        </p>
        {fields.map((field) => (
          <div className="share-panel__field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            {field.key === 'fixed' ? (
              <label className="share-panel__width">
                {t.fixedWidthLabel}{' '}
                <select value={fixedWidth} onChange={(event) => setFixedWidth(Number(event.target.value) as EmbedWidth)}>
                  {EMBED_WIDTHS.map((width) => (
                    <option key={width} value={width}>
                      {t.fixedWidths[width]}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <textarea
              id={`${id}-${field.key}`}
              readOnly
              rows={field.key === 'image' ? 1 : 3}
              value={field.text}
              onFocus={(event) => event.currentTarget.select()}
            />
            <button type="button" onClick={() => copy(field.text)}>
              {field.button}
            </button>
          </div>
        ))}
        <p className="share-panel__status" role="status">
          {status}
        </p>
      </div>
    </details>
  );
}
