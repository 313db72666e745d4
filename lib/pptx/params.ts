import { LOCALES, type Locale } from '@/lib/i18n/routing';

/** Every parameter a .pptx URL takes, for 400 messages and the docs. */
export const PPTX_PARAMS_HELP = [
  `lang: ${LOCALES.join(' | ')} (default zh)`,
  'trends only (/charts/trends.pptx): countries, axis, from, to, the view of the trends page, as its images take them',
];

export type PptxParams = {
  locale: Locale;
  /** The chart page's view (trends' `countries`, `axis`, `from`, `to`); empty for the lecture and other charts. */
  view: URLSearchParams;
};
export type PptxParamsResult = ({ ok: true } & PptxParams) | { ok: false; error: string };

/**
 * Reads a .pptx URL's query: `lang`, and for a chart whose file follows its page's view
 * (`viewParams`), that view, checked by the chart as its images' is. Nothing else, so every file
 * the server makes is one of a known few, or a view the chart knows.
 */
export function parsePptxParams(query: URLSearchParams, { viewParams }: { viewParams?: readonly string[] } = {}): PptxParamsResult {
  const view = new URLSearchParams();
  let lang: string | undefined;
  for (const [name, value] of query) {
    if (viewParams?.includes(name)) {
      if (view.has(name)) return { ok: false, error: `Parameter "${name}" is given more than once.` };
      view.set(name, value);
      continue;
    }
    if (name !== 'lang') {
      const takes = viewParams ? `lang, ${viewParams.join(', ')}` : 'only lang';
      return { ok: false, error: `Unknown parameter "${name}": a PowerPoint file takes ${takes}.` };
    }
    if (lang !== undefined) return { ok: false, error: 'Parameter "lang" is given more than once.' };
    lang = value;
  }
  const locale = lang ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(locale))
    return { ok: false, error: `Unknown lang "${locale}": use ${LOCALES.join(' or ')}.` };
  return { ok: true, locale: locale as Locale, view };
}

/** Where the lecture's PowerPoint file is, in a language: the site's own path, for links. */
export function getLecturePptxPath(locale: Locale): string {
  return `/api/lecture.pptx?lang=${locale}`;
}

/** Where one chart's PowerPoint file is; `query` adds its view (already a query string, defaults left out). */
export function getChartPptxPath(chart: string, locale: Locale, query = ''): string {
  return `/charts/${chart}.pptx?lang=${locale}${query ? `&${query}` : ''}`;
}
