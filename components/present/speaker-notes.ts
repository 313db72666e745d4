import 'server-only';
import { loadChartText } from '@/components/charts/chart-text';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import type { StageRow } from '@/lib/datasets/stages';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import { getTranslator } from '@/lib/i18n/translator';
import type { SpeakerNotes } from '@/lib/present/speaker-notes';

export type { SpeakerNotes };

/**
 * A chart's speaker notes, from its own words and rows: its description (what it shows), its source
 * line (the deck's slides) and its notes (where the deck disagrees with itself or with known facts).
 * `view`: a view of its page (a one-slide file of it), which the description then follows.
 */
export async function getChartSpeakerNotes(chart: AnyChartManifest, locale: Locale, view?: URLSearchParams): Promise<SpeakerNotes> {
  const data = chart.getData(CHART_MANIFESTS);
  const [text, described, notes] = await Promise.all([
    // Another of its page's figures (trends' EGDI) is credited with its own source.
    (async () => (view && (await chart.loadViewText?.(view, data, locale))) || loadChartText(chart, locale))(),
    chart.describe?.(data, locale, view),
    chart.getNotes?.(data, locale) ?? [],
  ]);
  return { summary: described ?? text.subtitle ?? text.title, source: text.source, notes };
}

/** The three stages' slide: each stage, its years and what marked it, from the stages' rows. */
export async function getStagesSpeakerNotes(stages: readonly StageRow[], source: string, locale: Locale): Promise<SpeakerNotes> {
  const t = await getTranslator(locale, 'present.speaker');
  const items = [...stages]
    .sort((a, b) => a.stage_rank - b.stage_rank)
    .map((stage) =>
      t('stage', {
        name: localized(stage, 'name', locale),
        start: localized(stage, 'start_event', locale),
        description: localized(stage, 'description', locale),
      }),
    );
  return { summary: t('stages', { count: items.length, list: items.join(t('separator')) }), source, notes: [] };
}

/** Notes for a slide of the lecture's own (title, sources), from the `present.speaker` messages. */
export async function getMessageSpeakerNotes(key: 'title' | 'sources', locale: Locale): Promise<SpeakerNotes> {
  const t = await getTranslator(locale, 'present.speaker');
  return { summary: t(key), notes: [] };
}
