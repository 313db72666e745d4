import { createTranslator, type Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/coverage.json';
import zh from '@/messages/zh/coverage.json';

// One tree per locale, so each is compiled once.
const MESSAGES_BY_LOCALE = { zh: { coverage: zh }, en: { coverage: en } };

/** The coverage namespace, synchronously: layout and describe run outside any request. */
export function getCoverageTranslator(locale: Locale): Translate {
  return createTranslator(locale, MESSAGES_BY_LOCALE[locale], 'coverage');
}
