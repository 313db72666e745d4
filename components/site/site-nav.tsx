'use client';

import { usePathname } from 'next/navigation';
import { stripLocale } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { LocaleLink } from './locale-link';

export type SiteNavProps = {
  locale: Locale;
  /** The navigation's accessible name. */
  label: string;
  /** The site's pages in order, each named in the page's language. */
  items: readonly { href: string; label: string }[];
};

/** The site's pages; the current one is marked for screen readers and styled. */
export function SiteNav({ locale, label, items }: SiteNavProps) {
  const pathname = stripLocale(usePathname() ?? '/');
  const isCurrent = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <LocaleLink locale={locale} href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
              {item.label}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
