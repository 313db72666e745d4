import type { FranceRow } from '@/lib/datasets/france-internet';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';

export const NOTE_MARKERS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'] as const;

export type FranceNote = { metricId: string; marker: string; text: string };

/** The deck's France figures by name, the share they imply, and their notes numbered in row order. */
export type FranceFigures = {
  population: number;
  gdpUsd: number;
  internetUsers: number;
  statedPenetration: number;
  /** users ÷ population, in percent: what the deck's own numbers give. */
  computedPenetration: number;
  householdsWithPc: number;
  householdsOnline: number;
  adultsOnline: number;
  adultsWilling: number;
  /** Adults neither online nor willing: 100 − the other two. */
  adultsRest: number;
  notes: FranceNote[];
  markerOf: (metricId: string) => string;
};

function getValue(rows: readonly FranceRow[], metricId: string): number {
  const row = rows.find((r) => r.metric_id === metricId);
  if (!row) throw new Error(`france-internet has no row "${metricId}"`);
  return row.value;
}

/** The one reshape of the rows for the chart, in one language (its notes). */
export function toFranceFigures(rows: readonly FranceRow[], locale: Locale): FranceFigures {
  const notes: FranceNote[] = [];
  for (const row of rows) {
    const text = localized(row, 'note', locale);
    if (text) notes.push({ metricId: row.metric_id, marker: NOTE_MARKERS[notes.length] ?? `${notes.length + 1}`, text });
  }
  const population = getValue(rows, 'population');
  const internetUsers = getValue(rows, 'internet-users');
  const adultsOnline = getValue(rows, 'adults-egov-users');
  const adultsWilling = getValue(rows, 'adults-egov-willing');
  return {
    population,
    gdpUsd: getValue(rows, 'gdp'),
    internetUsers,
    statedPenetration: getValue(rows, 'internet-penetration'),
    computedPenetration: (internetUsers / population) * 100,
    householdsWithPc: getValue(rows, 'households-with-pc'),
    householdsOnline: getValue(rows, 'households-online'),
    adultsOnline,
    adultsWilling,
    adultsRest: 100 - adultsOnline - adultsWilling,
    notes,
    markerOf: (metricId) => notes.find((n) => n.metricId === metricId)?.marker ?? '',
  };
}
