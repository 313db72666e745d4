import { defineRouting } from 'next-intl/routing';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'zh',
  localePrefix: 'always',
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export function isLocale(value: string | null | undefined): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The `lang` attribute for a locale: the dashboard's Chinese is Simplified, as used in mainland China. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
