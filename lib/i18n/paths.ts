import { LOCALES, type Locale } from './routing';

/** A page's path in a locale: every page lives under its locale, `/zh/timeline`, `/en` for the overview. */
export function localeHref(locale: Locale, href: string): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}

/** A pathname without its locale prefix: `/zh/timeline` → `/timeline`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split('/');
  if (!LOCALES.includes(first as Locale)) return pathname || '/';
  return rest.length ? `/${rest.join('/')}` : '/';
}
