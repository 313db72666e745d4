import { LOCALES, type Locale } from '../i18n/routing';
import { isTheme, type Theme } from '../theme';
import type { ChartMeta } from './chart-meta';
import { EMBED_DEFAULT_HEIGHT, getEmbedUrl, getResponsiveEmbedSnippet } from './embed-snippet';

export type OembedTarget = {
  chart: string;
  locale: Locale;
  theme: Theme;
  /** The view the URL names (the chart's `viewParams`: trends' countries or `show=egdi`), which the iframe and thumbnail keep. */
  view: URLSearchParams;
};

/**
 * Which chart a URL of this site shows: a chart page (`/en/coverage`, the overview `/zh`) or an
 * embed (`/embed/coverage?lang=en`), site-relative or absolute on the site's public origin (either
 * scheme: a link pasted as http:// still means this site), among `charts`. Null for anything else, or another site's URL.
 */
export function getOembedTarget(url: string, siteOrigin: string, charts: readonly ChartMeta[]): OembedTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url, siteOrigin);
  } catch {
    return null;
  }
  if (parsed.host !== new URL(siteOrigin).host || !['http:', 'https:'].includes(parsed.protocol)) return null;
  const parts = parsed.pathname.replace(/\/+$/, '').split('/').slice(1);
  const theme = parsed.searchParams.get('theme') ?? 'light';
  if (!isTheme(theme)) return null;
  const viewOf = (meta: ChartMeta) => new URLSearchParams([...parsed.searchParams].filter(([name]) => meta.viewParams?.includes(name)));
  if (parts[0] === 'embed' && parts.length === 2) {
    const meta = charts.find(({ id }) => id === parts[1]);
    const locale = parsed.searchParams.get('lang') ?? 'zh';
    if (!meta || !(LOCALES as readonly string[]).includes(locale)) return null;
    return { chart: meta.id, locale: locale as Locale, theme, view: viewOf(meta) };
  }
  const [locale, route, ...rest] = parts;
  if (!(LOCALES as readonly string[]).includes(locale ?? '') || rest.length > 0) return null;
  const meta = charts.find((candidate) => candidate.route === (route ? `/${route}` : ''));
  return meta ? { chart: meta.id, locale: locale as Locale, theme, view: viewOf(meta) } : null;
}

export type OembedSize = { maxwidth?: number; maxheight?: number };

export type OembedResponse = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
};

const DEFAULT_WIDTH = 960;
const THUMBNAIL = { width: 640, height: 360, minWidth: 320 };

/** The oEmbed 1.0 answer for a chart: a responsive iframe within maxwidth × maxheight and its PNG as thumbnail. */
export function toOembedResponse(
  { chart, locale, theme, view }: OembedTarget,
  { maxwidth, maxheight }: OembedSize,
  {
    origin,
    title,
    siteName,
    thumbnailView = view,
  }: {
    origin: string;
    title: string;
    siteName: string;
    /** The view for the thumbnail image, which refuses one it cannot draw. */ thumbnailView?: URLSearchParams;
  },
): OembedResponse {
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? Infinity);
  const height = Math.min(EMBED_DEFAULT_HEIGHT, maxheight ?? Infinity);
  const url = getEmbedUrl({ origin, chart, locale, theme, extra: view });
  const html = getResponsiveEmbedSnippet(url, title, height)
    .replace('width="100%"', `width="${width}"`)
    .replace('style="border:0;width:100%"', `style="border:0;max-width:100%"`);
  const response: OembedResponse = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: siteName,
    provider_url: `${origin}/${locale}`,
    html,
    width,
    height,
  };

  const scale = Math.min(1, (maxwidth ?? Infinity) / THUMBNAIL.width, (maxheight ?? Infinity) / THUMBNAIL.height);
  const thumbWidth = Math.floor(THUMBNAIL.width * scale);
  if (thumbWidth >= THUMBNAIL.minWidth) {
    const thumbHeight = Math.round((thumbWidth * 9) / 16);
    const query = new URLSearchParams({ w: String(thumbWidth), h: String(thumbHeight), lang: locale });
    if (theme !== 'light') query.set('theme', theme);
    for (const [name, value] of thumbnailView) query.set(name, value);
    Object.assign(response, {
      thumbnail_url: `${origin}/charts/${chart}.png?${query.toString().replace(/%2C/g, ',')}`,
      thumbnail_width: thumbWidth,
      thumbnail_height: thumbHeight,
    });
  }
  return response;
}

/**
 * `alternates` for a chart page's generateMetadata: the `<link rel="alternate" type="application/json+oembed">`,
 * absolute and naming the page's absolute URL, as consumers expect (oEmbed §4).
 */
export function getOembedAlternate(origin: string, pathname: string): { types: Record<string, string> } {
  const page = `${origin}${pathname}`;
  return { types: { 'application/json+oembed': `${origin}/api/oembed?url=${encodeURIComponent(page)}&format=json` } };
}
