'use client';

import { usePathname } from 'next/navigation';
import { stripLocale } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { LocaleLink } from './locale-link';
import { NAV_ITEMS, type NavKey } from './nav-items';

export type SiteNavProps = {
  locale: Locale;
  /** The navigation's accessible name. */
  label: string;
  /** Each page's name in the page's language. */
  items: Record<NavKey, string>;
};

/** The site's pages; the current one is marked for screen readers and styled. */
export function SiteNav({ locale, label, items }: SiteNavProps) {
  const pathname = stripLocale(usePathname() ?? '/');
  const isCurrent = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <LocaleLink locale={locale} href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
              {items[item.key]}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
