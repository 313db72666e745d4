import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { localeHref } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

export type LocaleLinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  locale: Locale;
  /** A path without the locale, e.g. `/timeline`. */
  href: string;
};

/**
 * A link to a page in a locale; plain next/link, so no i18n runtime goes to the browser. It does not
 * prefetch: a page's links would otherwise each fetch and parse their page's RSC payload on the
 * phone's main thread while it is still hydrating (pages render per request, so every prefetch is a
 * whole page); a click fetches the page it needs.
 */
export function LocaleLink({ locale, href, prefetch = false, ...props }: LocaleLinkProps) {
  return <NextLink href={localeHref(locale, href)} prefetch={prefetch} {...props} />;
}
