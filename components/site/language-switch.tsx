'use client';

import NextLink from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { localeHref, stripLocale } from '@/lib/i18n/paths';
import { HTML_LANG, type Locale } from '@/lib/i18n/routing';

export type LanguageSwitchProps = {
  /** The page's language; the link goes to the other one. */
  locale: Locale;
  /** The other language's name, in that language: "English" or "中文". */
  label: string;
  /** The link's accessible name: "Switch to English". */
  switchTo: string;
  className?: string;
};

function useOtherLocaleHref(locale: Locale, query: string): { other: Locale; href: string } {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const path = localeHref(other, stripLocale(usePathname() ?? '/'));
  return { other, href: query ? `${path}?${query}` : path };
}

function SwitchLink({ locale, label, switchTo, className, query }: LanguageSwitchProps & { query: string }) {
  const { other, href } = useOtherLocaleHref(locale, query);
  return (
    <NextLink href={href} prefetch={false} lang={HTML_LANG[other]} hrefLang={HTML_LANG[other]} aria-label={switchTo} className={className}>
      {label}
    </NextLink>
  );
}

function SwitchLinkWithQuery(props: LanguageSwitchProps) {
  const query = useSearchParams()?.toString() ?? '';
  return <SwitchLink {...props} query={query} />;
}

/** Links to the same page, with the same query (a timeline view, a slide), in the other language. */
export function LanguageSwitch(props: LanguageSwitchProps) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  );
}
