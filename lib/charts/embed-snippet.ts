import type { Locale } from '../i18n/routing';
import type { Theme } from '../theme';

export type EmbedUrlOptions = {
  /** The site's origin, e.g. https://example.org. */
  origin: string;
  chart: string;
  locale: Locale;
  theme: Theme;
  /** More query parameters, such as the timeline's view state. */
  extra?: URLSearchParams;
};

/** Column widths a fixed-height embed can be sized for: a phone, a narrow LMS column, a page's text column, a wide page. */
export const EMBED_WIDTHS = [360, 640, 800, 1000] as const;
export type EmbedWidth = (typeof EMBED_WIDTHS)[number];

/** The height an iframe starts at, before the embed reports its own. */
export const EMBED_DEFAULT_HEIGHT = 560;

export function getEmbedUrl({ origin, chart, locale, theme, extra }: EmbedUrlOptions): string {
  const query = new URLSearchParams({ lang: locale });
  if (theme !== 'light') query.set('theme', theme);
  for (const [name, value] of extra ?? []) query.set(name, value);
  return `${origin}/embed/${chart}?${query}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An iframe of fixed height: works everywhere, including pages that strip scripts. */
export function getFixedEmbedSnippet(url: string, title: string, height = EMBED_DEFAULT_HEIGHT): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * An iframe that takes the height of its content: the embed posts `egov-embed-height` messages and
 * the small script sets the height of the frame they came from (only frames from this site).
 */
export function getResponsiveEmbedSnippet(url: string, title: string, height = EMBED_DEFAULT_HEIGHT): string {
  const origin = /^https?:\/\/[^/]+/.exec(url)?.[0] ?? '';
  const listener =
    `(function(){addEventListener('message',function(e){var d=e.data;if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=='egov-embed-height')return;` +
    `var f=document.querySelectorAll('iframe[data-egov-embed]');for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=d.height+'px'})})();`;
  const iframe = getFixedEmbedSnippet(url, title, height).replace('<iframe ', '<iframe data-egov-embed ');
  return `${iframe}\n<script>${listener}</script>`;
}
