'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

export const NAV_ITEMS = [
  { href: '/', key: 'overview' },
  { href: '/timeline', key: 'timeline' },
  { href: '/coverage', key: 'coverage' },
  { href: '/france', key: 'france' },
  { href: '/united-states', key: 'unitedStates' },
  { href: '/application-modes', key: 'applicationModes' },
  { href: '/data', key: 'data' },
  { href: '/present', key: 'present' },
] as const;

export function SiteNav() {
  const t = useTranslations('common.nav');
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === '/' ? pathname === '/' : pathname.startsWith(href));
  return (
    <nav className="site-nav" aria-label={t('label')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(item.href) ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
