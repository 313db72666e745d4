import { createTranslator, type Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/france.json';
import zh from '@/messages/zh/france.json';

// One tree per locale, so each is compiled once.
const MESSAGES_BY_LOCALE = { zh: { france: zh }, en: { france: en } };

/** The france namespace, synchronously: layout and describe run outside any request. */
export function getFranceTranslator(locale: Locale): Translate {
  return createTranslator(locale, MESSAGES_BY_LOCALE[locale], 'france');
}
