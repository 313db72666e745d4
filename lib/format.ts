import type { Locale } from './i18n/routing';

const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export type FormatNumberOptions = {
  /** Large numbers the way each language reads them: 6001万, 1654亿 / 60.01 million, 165.4 billion. */
  compact?: boolean;
  maximumFractionDigits?: number;
};

/** A number in the locale's style: separators in full (60,011,200) or compact (6001万 / 60.01 million). */
export function formatNumber(value: number, locale: Locale, { compact = false, maximumFractionDigits }: FormatNumberOptions = {}): string {
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }
    : { maximumFractionDigits: maximumFractionDigits ?? 2 };
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/** A percentage given in percent points (38.9 → "38.9%"), with at most `digits` decimals. */
export function formatPercent(value: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: digits }).format(value / 100);
}

const COMPACT_FROM: Record<Locale, number> = { zh: 1e5, en: 1e6 };

/**
 * A count as prose in each language writes it: 24万, 1180亿 and 16000 in Chinese (as the deck does);
 * 240,000 and 118 billion in English.
 */
export function formatCount(value: number, locale: Locale): string {
  if (value >= COMPACT_FROM[locale]) return formatNumber(value, locale, { compact: true });
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0, useGrouping: locale === 'en' }).format(value);
}

/** Items joined as each language lists them in running text: "a, b, c" / "a、b、c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'narrow', type: 'conjunction' }).format(items);
}

/** Slide numbers as ranges: [46, 47, 48, 50, 60] → "46–48, 50, 60" ("46–48、50、60" in Chinese). */
export function formatSlideRanges(slides: readonly number[], locale: Locale): string {
  const sorted = [...new Set(slides)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return formatList(ranges, locale);
}
