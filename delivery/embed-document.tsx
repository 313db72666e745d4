import type { ReactNode } from 'react';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { HTML_LANG, type Locale } from '@/lib/i18n/routing';
import type { Theme } from '@/lib/theme';
import { EMBED_CSS } from './embed-css';
import { EMBED_HEIGHT_SCRIPT, EMBED_TOOLTIP_SCRIPT } from './embed-scripts';
import type { ImageText } from '@/lib/charts/image-layout';
import { getThemeCss } from '@/lib/charts/palette';

export type EmbedDocumentProps = {
  locale: Locale;
  theme: Theme;
  text: ImageText;
  showTitle: boolean;
  transparent: boolean;
  /** No script elements at all. */
  isStatic: boolean;
  /** The chart's page on the site, and the link text to it. */
  pageUrl: string;
  siteName: string;
  narrow: ReactNode;
  wide: ReactNode;
};

/** A whole HTML document with one chart and nothing of the site around it, for an iframe. */
export function EmbedDocument({
  locale,
  theme,
  text,
  showTitle,
  transparent,
  isStatic,
  pageUrl,
  siteName,
  narrow,
  wide,
}: EmbedDocumentProps) {
  return (
    <html lang={HTML_LANG[locale]} data-theme={theme}>
      {/* A whole document rendered to a string for the embed route, not a Next page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{text.title}</title>
        <link rel="canonical" href={pageUrl} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <style dangerouslySetInnerHTML={{ __html: getThemeCss() + EMBED_CSS }} />
      </head>
      <body className={transparent ? 'embed--transparent' : undefined}>
        <figure className="embed">
          {showTitle ? (
            <>
              <h1 className="embed__title">{text.title}</h1>
              {text.subtitle ? <p className="embed__subtitle">{text.subtitle}</p> : null}
            </>
          ) : null}
          <div className="embed__chart">
            <ResponsiveChart narrow={narrow} wide={wide} />
          </div>
          {showTitle ? (
            <figcaption className="embed__source">
              {text.source} ·{' '}
              <a href={pageUrl} target="_blank" rel="noopener">
                {siteName}
              </a>
            </figcaption>
          ) : null}
        </figure>
        {isStatic ? null : <script dangerouslySetInnerHTML={{ __html: `${EMBED_TOOLTIP_SCRIPT};${EMBED_HEIGHT_SCRIPT}` }} />}
      </body>
    </html>
  );
}
