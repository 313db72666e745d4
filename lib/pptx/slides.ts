import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { StageRow } from '@/lib/datasets/stages';
import type { Annotation } from '@/lib/charts/annotation/annotation';
import type { PptxChartContent, PptxSlide } from './types';

/** A chart's slide: its title, subtitle and source line as its images show them, its content, its notes and an annotation. */
export function toChartSlide(
  id: string,
  text: { title: string; subtitle?: string; source: string },
  content: PptxChartContent,
  notes: string,
  annotation: Annotation | null = null,
): PptxSlide {
  return {
    id,
    ...(annotation ? { annotation } : {}),
    title: text.title,
    subtitle: content.subtitle === null ? undefined : (content.subtitle ?? text.subtitle),
    source: text.source,
    body: content.body,
    notes,
  };
}

/** The title slide, from the presentation's words (`t` is the present namespace). */
export function toTitleSlide(t: Translate, notes: string): PptxSlide {
  return {
    id: 'title',
    title: t('titleSlide.heading'),
    body: { kind: 'title', course: t('titleSlide.course'), heading: t('titleSlide.heading'), subtitle: t('titleSlide.subtitle') },
    notes,
  };
}

function formatStageDate(date: string, t: Translate): string {
  const [year, month] = date.split('-').map(Number);
  return month ? t('stages.month', { year: year!, month }) : t('stages.year', { year: year! });
}

/** "1992 – Aug 2002", "from Jan 2006", as the presentation's stages slide words them. */
export function formatStagePeriod(stage: StageRow, t: Translate): string {
  const start = formatStageDate(stage.start, t);
  return stage.end ? t('stages.period', { start, end: formatStageDate(stage.end, t) }) : t('stages.since', { start });
}

/** The three stages side by side, as the presentation shows them; `source` names their slides. */
export function toStagesSlide(stages: readonly StageRow[], source: string, locale: Locale, t: Translate, notes: string): PptxSlide {
  const ordered = [...stages].sort((a, b) => a.stage_rank - b.stage_rank);
  return {
    id: 'stages',
    title: t('stages.heading'),
    source,
    body: {
      kind: 'columns',
      columns: ordered.map((stage) => ({
        heading: localized(stage, 'name', locale),
        subheading: formatStagePeriod(stage, t),
        paragraphs: [localized(stage, 'description', locale), t('stages.startEvent', { event: localized(stage, 'start_event', locale) })],
        foot: t('stages.slide', { slide: stage.source_slide }),
      })),
    },
    notes,
  };
}

/**
 * The last slide: where each part came from, the data's address and the site's full public address
 * (`siteUrl`, `dataUrl`: built from the visitor's origin). `t` is the present namespace.
 */
export function toClosingSlide(
  parts: readonly { title: string; source: string }[],
  { siteUrl, dataUrl }: { siteUrl: string; dataUrl: string },
  t: Translate,
  notes: string,
): PptxSlide {
  return {
    id: 'sources',
    title: t('sources.heading'),
    body: {
      kind: 'closing',
      deck: t('sources.deck'),
      parts: [...parts],
      data: { label: t('sources.data'), url: dataUrl },
      site: { label: t('sources.site'), url: siteUrl },
      thanks: t('sources.thanks'),
    },
    notes,
  };
}
