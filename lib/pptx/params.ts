import { LOCALES, type Locale } from '@/lib/i18n/routing';

/** Every parameter a .pptx URL takes, for 400 messages and the docs. */
export const PPTX_PARAMS_HELP = [`lang: ${LOCALES.join(' | ')} (default zh)`];

export type PptxParamsResult = { ok: true; locale: Locale } | { ok: false; error: string };

/** Reads a .pptx URL's query: `lang` and nothing else, so every file the server makes is one of a known few. */
export function parsePptxParams(query: URLSearchParams): PptxParamsResult {
  const names = [...query.keys()];
  const unknown = names.find((name) => name !== 'lang');
  if (unknown !== undefined) return { ok: false, error: `Unknown parameter "${unknown}": a PowerPoint file takes only lang.` };
  if (names.length > 1) return { ok: false, error: 'Parameter "lang" is given more than once.' };
  const lang = query.get('lang') ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(lang)) return { ok: false, error: `Unknown lang "${lang}": use ${LOCALES.join(' or ')}.` };
  return { ok: true, locale: lang as Locale };
}

/** Where the lecture's PowerPoint file is, in a language: the site's own path, for links. */
export function getLecturePptxPath(locale: Locale): string {
  return `/api/lecture.pptx?lang=${locale}`;
}

/** Where one chart's PowerPoint file is. */
export function getChartPptxPath(chart: string, locale: Locale): string {
  return `/charts/${chart}.pptx?lang=${locale}`;
}
