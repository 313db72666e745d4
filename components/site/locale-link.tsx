import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { localeHref } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';

export type LocaleLinkProps = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & {
  locale: Locale;
  /** A path without the locale, e.g. `/timeline`. */
  href: string;
};

/** A link to a page in a locale; plain next/link, so no i18n runtime goes to the browser. */
export function LocaleLink({ locale, href, ...props }: LocaleLinkProps) {
  return <NextLink href={localeHref(locale, href)} {...props} />;
}
