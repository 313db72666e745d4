import { LOCALES, type Locale } from '../i18n/routing';
import { THEMES, type Theme } from '../theme';

/** What an embed URL asks for, after validation. */
export type EmbedParams = {
  locale: Locale;
  theme: Theme;
  /** Show the title, subtitle and source line around the chart. */
  title: boolean;
  /** Leave the background to the page around the frame. */
  transparent: boolean;
  /** No script at all: no tooltips and no height messages. */
  static: boolean;
  /** The chart's view state (the timeline's `m`, `stage`, `category`, `q`, `from`, `to`), as its page reads it. */
  view: URLSearchParams;
};

export type EmbedParamsResult = { ok: true; params: EmbedParams } | { ok: false; error: string };

const FLAGS = ['title', 'transparent', 'static'] as const;
export const TIMELINE_VIEW_PARAMS = ['m', 'stage', 'category', 'q', 'from', 'to'] as const;
/** The trends page's view. Its axis is `axis`, not `scale`, which images already take for pixel density. */
export const TRENDS_VIEW_PARAMS = ['countries', 'axis', 'from', 'to'] as const;
// Sets and maps, not objects, so names such as `__proto__` or `constructor` are never taken as known.
const VIEW_PARAMS: ReadonlySet<string> = new Set(TIMELINE_VIEW_PARAMS);
const VIEW_PARAM_CHARTS: ReadonlyMap<string, string> = new Map(
  [...new Set([...TIMELINE_VIEW_PARAMS, ...TRENDS_VIEW_PARAMS])].map((name) => [
    name,
    [
      (TIMELINE_VIEW_PARAMS as readonly string[]).includes(name) ? 'the timeline' : null,
      (TRENDS_VIEW_PARAMS as readonly string[]).includes(name) ? 'trends' : null,
    ]
      .filter(Boolean)
      .join(' and '),
  ]),
);

/** Whether a query parameter is one of the timeline page's view (which its embed and images take over). */
export function isTimelineViewParam(name: string): boolean {
  return VIEW_PARAMS.has(name);
}

/**
 * Whether `name` is a view parameter: of this chart's (`viewParams`) when the chart takes a view,
 * else the message that refuses it ("only for the timeline"), or null when no chart has it.
 */
export function readViewParam(
  name: string,
  allowsView: boolean,
  viewParams: readonly string[] = TIMELINE_VIEW_PARAMS,
): true | string | null {
  if (allowsView && viewParams.includes(name)) return true;
  const charts = VIEW_PARAM_CHARTS.get(name);
  return charts === undefined ? null : `Parameter "${name}" is only for ${charts}.`;
}
const OWN_PARAMS: ReadonlySet<string> = new Set(['lang', 'theme', 'highlight', 'note', ...FLAGS]);

/** Every parameter an embed URL accepts, for 400 messages. */
export const EMBED_PARAMS_HELP = [
  `lang: ${LOCALES.join(' | ')} (default zh)`,
  `theme: ${THEMES.join(' | ')} (default light)`,
  'title: 1 | 0, show the title, subtitle and source (default 1)',
  'transparent: 0 | 1, no background of its own (default 0)',
  'static: 0 | 1, no JavaScript at all (default 0)',
  "highlight: ids of the chart's marks to highlight, comma-separated; note: plain text beside the first, at most 200 characters (what cannot be drawn is left out)",
  `timeline only: ${TIMELINE_VIEW_PARAMS.join(', ')}, the view state of the timeline page`,
  `trends only: ${TRENDS_VIEW_PARAMS.join(', ')}, the view state of the trends page`,
];

/** Reads an embed URL's query; `allowsView` says whether the chart takes a view, `viewParams` which (the timeline's by default). */
export function parseEmbedParams(
  query: URLSearchParams,
  { allowsView, viewParams }: { allowsView: boolean; viewParams?: readonly string[] },
): EmbedParamsResult {
  const seen = new Set<string>();
  const view = new URLSearchParams();
  for (const [name, value] of query) {
    const read = readViewParam(name, allowsView, viewParams);
    const isView = read === true;
    if (read === null && !OWN_PARAMS.has(name)) return { ok: false, error: `Unknown parameter "${name}".` };
    if (typeof read === 'string') return { ok: false, error: read };
    if (seen.has(name)) return { ok: false, error: `Parameter "${name}" is given more than once.` };
    seen.add(name);
    if (isView) view.set(name, value);
  }
  const locale = query.get('lang') ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(locale)) return { ok: false, error: `Unknown lang "${locale}".` };
  const theme = query.get('theme') ?? 'light';
  if (!(THEMES as readonly string[]).includes(theme)) return { ok: false, error: `Unknown theme "${theme}".` };
  const flags: Partial<Record<(typeof FLAGS)[number], boolean>> = {};
  for (const flag of FLAGS) {
    const value = query.get(flag);
    if (value !== null && value !== '0' && value !== '1') return { ok: false, error: `${flag} must be 0 or 1, got "${value}".` };
    flags[flag] = value === null ? flag === 'title' : value === '1';
  }
  return {
    ok: true,
    params: {
      locale: locale as Locale,
      theme: theme as Theme,
      title: flags.title!,
      transparent: flags.transparent!,
      static: flags.static!,
      view,
    },
  };
}
