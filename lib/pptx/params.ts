import { ANNOTATION_PARAMS, NOTE_MAX_LENGTH, type AnnotationQuery } from '@/lib/charts/annotation/annotation';
import { LOCALES, type Locale } from '@/lib/i18n/routing';

/** Every parameter a .pptx URL takes, for 400 messages and the docs. */
export const PPTX_PARAMS_HELP = [
  `lang: ${LOCALES.join(' | ')} (default zh)`,
  `highlight (a chart's file only): ids of the chart's marks to highlight, comma-separated, as its images take them`,
  `note (a chart's file only): plain text beside the first highlighted mark, at most ${NOTE_MAX_LENGTH} characters`,
  'trends (/charts/trends.pptx): countries, axis, from, to, show (internet | egdi); timeline (/charts/timeline.pptx): stage, category, q, m, from, to: the view of its page, as its images take them',
];

export type PptxParams = {
  locale: Locale;
  /** The chart page's view (trends' `countries`, `axis`, `from`, `to`; the timeline's filters and years); empty for the lecture and other charts. */
  view: URLSearchParams;
  /** `highlight` and `note` as given (a chart's file): the chart checks the ids against its marks. */
  annotation?: AnnotationQuery;
};
export type PptxParamsResult = ({ ok: true } & PptxParams) | { ok: false; error: string };

/**
 * Reads a .pptx URL's query: `lang`; for a chart's file (`annotated`) `highlight` and `note`, and
 * where its file follows its page's view (`viewParams`), that view, both checked by the chart as
 * its images' are. Nothing else, so every file the server makes is one of a known few, or one a
 * visitor asked for in terms the chart knows.
 */
export function parsePptxParams(
  query: URLSearchParams,
  { viewParams, annotated = false }: { viewParams?: readonly string[]; annotated?: boolean } = {},
): PptxParamsResult {
  const view = new URLSearchParams();
  const annotation: Record<string, string> = {};
  let lang: string | undefined;
  for (const [name, value] of query) {
    if (annotated && (ANNOTATION_PARAMS as readonly string[]).includes(name)) {
      if (Object.hasOwn(annotation, name)) return { ok: false, error: `Parameter "${name}" is given more than once.` };
      annotation[name] = value;
      continue;
    }
    if (viewParams?.includes(name)) {
      if (view.has(name)) return { ok: false, error: `Parameter "${name}" is given more than once.` };
      view.set(name, value);
      continue;
    }
    if (name !== 'lang') {
      const others = [...(annotated ? ANNOTATION_PARAMS : []), ...(viewParams ?? [])];
      const takes = others.length > 0 ? ['lang', ...others].join(', ') : 'only lang';
      return { ok: false, error: `Unknown parameter "${name}": a PowerPoint file takes ${takes}.` };
    }
    if (lang !== undefined) return { ok: false, error: 'Parameter "lang" is given more than once.' };
    lang = value;
  }
  const locale = lang ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(locale))
    return { ok: false, error: `Unknown lang "${locale}": use ${LOCALES.join(' or ')}.` };
  const hasAnnotation = Object.keys(annotation).length > 0;
  return { ok: true, locale: locale as Locale, view, ...(hasAnnotation ? { annotation } : {}) };
}

/** Where the lecture's PowerPoint file is, in a language: the site's own path, for links. */
export function getLecturePptxPath(locale: Locale): string {
  return `/api/lecture.pptx?lang=${locale}`;
}

/** Where one chart's PowerPoint file is; `query` adds its view (already a query string, defaults left out). */
export function getChartPptxPath(chart: string, locale: Locale, query = ''): string {
  return `/charts/${chart}.pptx?lang=${locale}${query ? `&${query}` : ''}`;
}
