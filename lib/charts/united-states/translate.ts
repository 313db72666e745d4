import { createTranslator, type Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/unitedStates.json';
import zh from '@/messages/zh/unitedStates.json';

// One tree per locale, so each is compiled once.
const MESSAGES_BY_LOCALE = { zh: { unitedStates: zh }, en: { unitedStates: en } };

/** The unitedStates namespace, synchronously: layout and describe run outside any request. */
export function getUnitedStatesTranslator(locale: Locale): Translate {
  return createTranslator(locale, MESSAGES_BY_LOCALE[locale], 'unitedStates');
}
