import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './routing';
import { MESSAGE_NAMESPACES } from './namespaces';

export type Messages = Record<string, Record<string, unknown>>;

const loaded = new Map<Locale, Promise<Messages>>();

async function importMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    MESSAGE_NAMESPACES.map(async (namespace) => {
      const file = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: Record<string, unknown> };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * All of a locale's messages, keyed by namespace (the file name); the same object on every call.
 * Anything but a known locale is a 404 here, before a file name is built from it or a cache keeps it.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (!isLocale(locale)) notFound();
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = importMessages(locale)));
  return messages;
}
