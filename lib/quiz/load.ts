import 'server-only';
import { getShareLabel, sortByRank } from '@/lib/charts/coverage/labels';
import { toDefinitions } from '@/lib/concepts/definitions';
import { loadRows } from '@/lib/datasets/load';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import type { QuizSource } from './types';

/** The datasets a quiz asks about, in the page's language; the same ids and order in either language. */
export async function loadQuizSource(locale: Locale): Promise<QuizSource> {
  const [coverage, elements] = await Promise.all([getTranslator(locale, 'coverage'), getTranslator(locale, 'concepts.elements')]);
  const stages = [...loadRows('stages')].sort((a, b) => a.stage_rank - b.stage_rank);
  const modeRows = loadRows('application-modes');
  const modes = [...new Map(modeRows.map((row) => [row.mode_id, row])).values()];
  return {
    milestones: loadRows('milestones').map((row) => ({
      id: row.id,
      date: row.date,
      stage: row.stage,
      title: localized(row, 'title', locale),
      slide: row.source_slide,
    })),
    stages: stages.map((row) => ({ id: row.stage_id, name: localized(row, 'name', locale), slide: row.source_slide })),
    modes: modes.map((row) => ({ id: row.mode_id, name: localized(row, 'mode', locale), slide: row.source_slide })),
    systems: modeRows.map((row) => ({ mode: row.mode_id, name: localized(row, 'system', locale), slide: row.source_slide })),
    levels: sortByRank(loadRows('website-coverage')).map((row) => ({
      id: row.level_id,
      name: localized(row, 'level', locale),
      share: getShareLabel(row, locale, coverage),
      slide: row.source_slide,
    })),
    definitions: toDefinitions(loadRows('definitions'), loadRows('definition-elements'), locale).map((d) => ({
      id: d.id,
      name: d.short,
      slide: d.slide,
      elements: d.elements.map((e) => ({ id: e.id, name: elements(e.id), phrase: e.phrase })),
    })),
  };
}
