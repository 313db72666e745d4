import { createTranslator } from 'next-intl';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/unitedStates.json';
import zh from '@/messages/zh/unitedStates.json';

const MESSAGES = { zh, en };

/** The unitedStates namespace, synchronously: layout and describe run outside any request. */
export function getUnitedStatesTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: { unitedStates: MESSAGES[locale] }, namespace: 'unitedStates' });
  return (key, values) => (t as unknown as Translate)(key, values);
}
