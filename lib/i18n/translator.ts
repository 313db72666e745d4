import { compileMessages, type CompiledMessages } from './compiled-messages';
import { createCompiledTranslator } from './format-compiled';
import { loadMessages } from './messages';
import type { Locale } from './routing';
import type { Translate } from './translate';

export type { Translate };

const compiled = new WeakMap<object, CompiledMessages>();

/**
 * Translations over a message tree, under an optional namespace. Messages are compiled once per tree
 * and formatted with icu-minify, the same whether the build precompiled them (next-intl's
 * `precompile`) or not (tests, and code bundled apart from next-intl's aliases, such as the image
 * route): one formatter everywhere, so no message reaches a formatter that expects the other form.
 */
export function createTranslator(locale: Locale, messages: Record<string, unknown>, namespace?: string): Translate {
  let tree = compiled.get(messages);
  if (!tree) compiled.set(messages, (tree = compileMessages(messages)));
  const t = createCompiledTranslator(locale, tree);
  return namespace ? (key, values) => t(`${namespace}.${key}`, values) : t;
}

/** Translations for one namespace, usable in pages, route handlers and tests alike. */
export async function getTranslator(locale: Locale, namespace: string): Promise<Translate> {
  return createTranslator(locale, await loadMessages(locale), namespace);
}
