import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getThemeCss } from '@/lib/charts/palette';
import { HTML_LANG, routing } from '@/lib/i18n/routing';
import { THEME_BOOT_SCRIPT } from '@/lib/theme';
import '../globals.css';

// Every page reads data/ (or DATA_DIR, set when the server starts) when it is asked for, not when it
// is built, so `DATA_DIR=… npm start` changes every chart without a rebuild. Rendering takes a few
// milliseconds per page (docs/PERFORMANCE.md); the data is read once per process.
export const dynamic = 'force-dynamic';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'common' });
  return {
    title: { default: t('siteTitle'), template: `%s · ${t('siteTitle')}` },
    description: t('siteTagline'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#12161d' },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });

  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      <head>
        {/* Inline and first in <head>: sets data-theme before the first paint. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} suppressHydrationWarning />
        <style dangerouslySetInnerHTML={{ __html: getThemeCss() }} />
      </head>
      <body>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {/* No message provider here: client components get their words as props, or from a ClientMessages around them. */}
        <SiteHeader />
        <main id="content">{children}</main>
        <SiteFooter />
      </body>
    </html>
  );
}
