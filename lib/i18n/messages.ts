import type { Locale } from './routing';
import { MESSAGE_NAMESPACES } from './namespaces';

export type Messages = Record<string, Record<string, unknown>>;

/** All of a locale's messages, keyed by namespace (the file name). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    MESSAGE_NAMESPACES.map(async (namespace) => {
      const file = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: Record<string, unknown> };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
