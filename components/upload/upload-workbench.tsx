'use client';

import { useText, useTextLocale } from '@/components/i18n/text-provider';
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useHydrated } from '@/components/site/use-hydrated';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { ProblemTable, type UploadProblem } from './problem-table';
import './upload.css';

export type UploadWorkbenchProps = {
  datasetId: string;
  /** Largest file the server accepts, in bytes; larger files are refused before sending. */
  maxBytes: number;
  /** Column name → its label in the page's language, for the problem list. */
  columnLabels: Readonly<Record<string, string>>;
  /** Whether the shipped content is a chart (labelled "shipped data") or only a placeholder. */
  hasChart: boolean;
  /** The chart and table of the shipped data, rendered on the server. */
  children: ReactNode;
};

/** Problems as the server answers them: the first ones listed, and how many there are in all. */
type Problems = { listed: UploadProblem[]; total: number };
type Preview = { file: string; count: number; html: string; warnings: Problems };
type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; file: string }
  | { kind: 'failed'; file: string; errors: Problems; warnings: Problems }
  | { kind: 'refused'; message: string };

type PreviewBody =
  | { ok: true; rows: unknown[]; warnings: UploadProblem[]; warnings_total?: number; html: string }
  | { ok: false; errors: UploadProblem[]; warnings: UploadProblem[]; errors_total?: number; warnings_total?: number };

const toProblems = (listed: UploadProblem[] | undefined, total: number | undefined): Problems => ({
  listed: listed ?? [],
  total: total ?? listed?.length ?? 0,
});

/**
 * The dataset's chart, and a file drop that sends a CSV to the server for checking. Passing
 * rows come back drawn as chart markup (so no chart code ships to the browser) and replace
 * the shipped chart until reset; nothing is stored anywhere but in this component's state.
 */
export function UploadWorkbench({ datasetId, maxBytes, columnLabels, hasChart, children }: UploadWorkbenchProps) {
  const t = useText('upload');
  const locale = useTextLocale();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const problems = useRef<HTMLDivElement>(null);
  const latest = useRef(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  // Choosing a file needs this component running; until it hydrates the input stays disabled.
  const ready = useHydrated();

  useEffect(() => {
    if (status.kind === 'failed') problems.current?.focus();
  }, [status]);
  useEffect(() => {
    if (preview) banner.current?.focus();
  }, [preview]);

  async function check(file: File) {
    const request = ++latest.current;
    if (input.current) input.current.value = '';
    if (file.size > maxBytes) {
      setStatus({ kind: 'refused', message: t('tooLarge', { file: file.name, size: file.size }) });
      return;
    }
    setStatus({ kind: 'checking', file: file.name });
    let response: Response;
    let body: PreviewBody | null = null;
    try {
      response = await fetch(`/api/datasets/${datasetId}/preview?locale=${locale}`, {
        method: 'POST',
        body: file,
        headers: { 'Content-Type': 'text/csv' },
        cache: 'no-store',
      });
      body = (await response.json().catch(() => null)) as PreviewBody | null;
    } catch {
      if (request === latest.current) setStatus({ kind: 'refused', message: t('network') });
      return;
    }
    if (request !== latest.current) return;
    if (body?.ok) {
      setPreview({ file: file.name, count: body.rows.length, html: body.html, warnings: toProblems(body.warnings, body.warnings_total) });
      setStatus({ kind: 'idle' });
    } else if (body && Array.isArray(body.errors)) {
      setStatus({
        kind: 'failed',
        file: file.name,
        errors: toProblems(body.errors, body.errors_total),
        warnings: toProblems(body.warnings, body.warnings_total),
      });
    } else {
      setStatus({ kind: 'refused', message: t('unexpected', { status: response.status }) });
    }
  }

  function reset() {
    latest.current++;
    setPreview(null);
    setStatus({ kind: 'idle' });
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void check(file);
  }

  return (
    <div className="upload-workbench">
      {preview ? (
        <div className="upload-banner upload-banner--yours" ref={banner} tabIndex={-1} data-testid="upload-banner">
          <p>
            <strong>{t('yourData')}</strong> {t('yourDataDetail', { file: preview.file, count: preview.count })}
          </p>
          <button type="button" onClick={reset}>
            {t('reset')}
          </button>
        </div>
      ) : hasChart ? (
        <p className="upload-banner upload-banner--shipped">{t('shipped')}</p>
      ) : null}

      <div className={preview ? 'upload-chart upload-chart--yours' : 'upload-chart'} data-source={preview ? 'upload' : 'shipped'}>
        {preview ? <div dangerouslySetInnerHTML={{ __html: preview.html }} /> : children}
        <ChartTooltip />
      </div>
      {preview ? (
        <ProblemTable
          problems={preview.warnings.listed}
          total={preview.warnings.total}
          caption={t('warningsCaption')}
          columnLabels={columnLabels}
          tone="warning"
        />
      ) : null}

      <section className="upload-form no-print" aria-labelledby={`${inputId}-heading`}>
        <h2 id={`${inputId}-heading`}>{t('heading')}</h2>
        <p className="upload-form__intro">{t('intro')}</p>
        <div
          className={dragging ? 'upload-drop upload-drop--active' : 'upload-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor={inputId} className="upload-drop__choose">
            {t('choose')}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".csv,text/csv,text/plain"
            disabled={!ready}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void check(file);
            }}
          />
          <span className="upload-drop__hint">{t('drop')}</span>
        </div>

        <div className="upload-status" role="status" aria-live="polite">
          {status.kind === 'checking' ? <p>{t('checking', { file: status.file })}</p> : null}
          {status.kind === 'refused' ? <p className="upload-status__error">{status.message}</p> : null}
        </div>
        {status.kind === 'failed' ? (
          <div className="upload-problems" ref={problems} tabIndex={-1} data-testid="upload-problems">
            <p className="upload-status__error">{t('failed', { file: status.file, count: status.errors.total })}</p>
            <ProblemTable
              problems={status.errors.listed}
              total={status.errors.total}
              caption={t('problemsCaption')}
              columnLabels={columnLabels}
              tone="error"
            />
            <ProblemTable
              problems={status.warnings.listed}
              total={status.warnings.total}
              caption={t('warningsCaption')}
              columnLabels={columnLabels}
              tone="warning"
            />
          </div>
        ) : null}
      </section>
    </div>
  );
}
