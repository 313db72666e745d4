import { readdirSync } from 'node:fs';
import path from 'node:path';
import { notFound } from 'next/navigation';
import { isLocale, type Locale } from './routing';

export type Messages = Record<string, Record<string, unknown>>;

const loaded = new Map<Locale, Promise<Messages>>();

/**
 * Each file under `messages/{locale}/` is one namespace, named by the file (`coverage.json` →
 * `coverage`), so a chart's messages need no list of their own.
 */
function listNamespaces(locale: Locale): string[] {
  const files = readdirSync(path.join(process.cwd(), 'messages', locale)).filter((file) => file.endsWith('.json'));
  return files.map((file) => file.slice(0, -'.json'.length)).sort();
}

async function importMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    listNamespaces(locale).map(async (namespace) => {
      const file = (await import(`../../messages/${locale}/${namespace}.json`)) as { default: Record<string, unknown> };
      return [namespace, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * All of a locale's messages, keyed by namespace; the same object on every call.
 * Anything but a known locale is a 404 here, before a file name is built from it or a cache keeps it.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (!isLocale(locale)) notFound();
  let messages = loaded.get(locale);
  if (!messages) loaded.set(locale, (messages = importMessages(locale)));
  return messages;
}
