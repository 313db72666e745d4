import { createTranslator } from 'next-intl';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/applicationModes.json';
import zh from '@/messages/zh/applicationModes.json';

const MESSAGES = { zh, en };

/** The applicationModes namespace, synchronously: layout and describe run outside any request. */
export function getApplicationModesTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: { applicationModes: MESSAGES[locale] }, namespace: 'applicationModes' });
  return (key, values) => (t as unknown as Translate)(key, values);
}
