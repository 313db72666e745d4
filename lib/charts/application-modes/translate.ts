import { createTranslator, type Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/applicationModes.json';
import zh from '@/messages/zh/applicationModes.json';

// One tree per locale, so each is compiled once.
const MESSAGES_BY_LOCALE = { zh: { applicationModes: zh }, en: { applicationModes: en } };

/** The applicationModes namespace, synchronously: layout and describe run outside any request. */
export function getApplicationModesTranslator(locale: Locale): Translate {
  return createTranslator(locale, MESSAGES_BY_LOCALE[locale], 'applicationModes');
}
