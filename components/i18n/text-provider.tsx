'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CompiledMessages } from '@/lib/i18n/compiled-messages';
import { createCompiledTranslator } from '@/lib/i18n/format-compiled';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

type TextContextValue = { locale: Locale; t: Translate };

const TextContext = createContext<TextContextValue | null>(null);

/** Gives the client components inside the messages they need, already compiled on the server. */
export function TextProvider({ locale, messages, children }: { locale: Locale; messages: CompiledMessages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createCompiledTranslator(locale, messages) }), [locale, messages]);
  return <TextContext value={value}>{children}</TextContext>;
}

function useTextContext(): TextContextValue {
  const value = useContext(TextContext);
  if (!value) throw new Error('useText needs a <ClientMessages> (TextProvider) around the component.');
  return value;
}

/** Translations under one namespace, e.g. useText('timeline.explorer')('zoomIn'). */
export function useText(namespace: string): Translate {
  const { t } = useTextContext();
  return useMemo(() => (key, values) => t(`${namespace}.${key}`, values), [t, namespace]);
}

/** The language of the messages given. */
export function useTextLocale(): Locale {
  return useTextContext().locale;
}
