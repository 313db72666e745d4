import { createTranslator } from 'next-intl';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import en from '@/messages/en/coverage.json';
import zh from '@/messages/zh/coverage.json';

const MESSAGES = { zh, en };

/** The coverage namespace, synchronously: layout and describe run outside any request. */
export function getCoverageTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: { coverage: MESSAGES[locale] }, namespace: 'coverage' });
  return (key, values) => (t as unknown as Translate)(key, values);
}
