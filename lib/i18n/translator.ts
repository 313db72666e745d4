import { createTranslator } from 'next-intl';
import { loadMessages } from './messages';
import type { Locale } from './routing';
import type { Translate } from './translate';

export type { Translate };

/** Dates in messages read as in China, where the deck's events happened. */
export const TIME_ZONE = 'Asia/Shanghai';

/**
 * next-intl's translator for one namespace, for code outside a page's request scope: chart
 * renderers (which also draw images and embeds), route handlers and tests. Pages may use
 * `getTranslations` instead; both format with next-intl.
 */
export async function getTranslator(locale: Locale, namespace: string): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: namespace as never, timeZone: TIME_ZONE });
  return (key, values) => (t as unknown as Translate)(key, values);
}
