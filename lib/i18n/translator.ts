import { createTranslator } from 'next-intl';
import { loadMessages } from './messages';
import type { Locale } from './routing';

/** A plain translate function, as chart components take it (they run outside React's request scope too). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Translations for one namespace, usable in pages, route handlers and tests alike. */
export async function getTranslator(locale: Locale, namespace: string): Promise<Translate> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
