import type { UsRow } from '@/lib/datasets/us-downsizing';
import { formatCount } from '@/lib/format';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { getSquareCount, getSquareStep } from './squares';
import type { PanelText } from './types';

/** Footnote markers, one per figure in the deck's order. */
const NOTE_MARKERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

export function getNoteMarker(index: number): string {
  return NOTE_MARKERS[index] ?? String(index + 1);
}

export function getMetricName(row: UsRow, locale: Locale): string {
  return localized(row, 'metric', locale);
}

export function getNote(row: UsRow, locale: Locale): string | null {
  return localized(row, 'note', locale);
}

/** The unit after a number: "people", "个办公室"; empty where the number carries it (US$). */
export function getUnitWord(row: Pick<UsRow, 'unit'>, t: Translate): string {
  return t(`unit.${row.unit}`);
}

/** A number as the language writes it, with a currency sign where the unit needs one: "US$118 billion", "1180亿". */
export function getAmount(value: number, unit: UsRow['unit'], locale: Locale, t: Translate): string {
  return t('amount', { value: formatCount(value, locale), unit });
}

/** The big number of a panel, with the deck's qualifier: "2,000+", "nearly 200" / "2000多", "近200". */
export function getValueLabel(row: UsRow, locale: Locale, t: Translate): string {
  return t(`qualified.${row.qualifier}`, { amount: getAmount(row.value, row.unit, locale, t) });
}

/** Number and unit together: "2,000+ offices", "2000多个办公室", "US$118 billion". */
export function getValueWithUnit(row: UsRow, locale: Locale, t: Translate): string {
  return t('withUnit', { amount: getValueLabel(row, locale, t), unit: getUnitWord(row, t) }).trim();
}

export function getPeriodLabel(row: Pick<UsRow, 'period_start' | 'period_end'>, t: Translate): string {
  return t('period', { start: String(row.period_start), end: String(row.period_end) });
}

/** "= 10,000 people" / "= 10000人": what one square stands for. */
export function getKeyLabel(step: number, row: UsRow, locale: Locale, t: Translate): string {
  const amount = t('withUnit', { amount: getAmount(step, row.unit, locale, t), unit: getUnitWord(row, t) }).trim();
  return t('key', { amount });
}

export function getPanelTip(row: UsRow, locale: Locale, t: Translate): string {
  return t('tip', { metric: getMetricName(row, locale), period: getPeriodLabel(row, t), value: getValueWithUnit(row, locale, t) });
}

/** The rows as the panels read them, every word in one language (`t` is the unitedStates namespace). */
export function getUnitedStatesPanels(rows: readonly UsRow[], locale: Locale, t: Translate): PanelText[] {
  return rows.map((row, index) => ({
    id: row.metric_id,
    unit: row.unit,
    heading: getMetricName(row, locale),
    value: getValueLabel(row, locale, t),
    marker: getNote(row, locale) ? getNoteMarker(index) : '',
    unitWord: getUnitWord(row, t),
    squares: getSquareCount(row.value),
    plus: row.qualifier === 'more_than',
    key: getKeyLabel(getSquareStep(row.value), row, locale, t),
    tip: getPanelTip(row, locale, t),
  }));
}
