import { createTranslator } from 'next-intl';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/france.json';
import zh from '@/messages/zh/france.json';

const MESSAGES = { zh, en };

/** The france namespace, synchronously: layout and describe run outside any request. */
export function getFranceTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: { france: MESSAGES[locale] }, namespace: 'france' });
  return (key, values) => (t as unknown as Translate)(key, values);
}
