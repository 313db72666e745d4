import { LOCALES, type Locale } from '../i18n/routing';
import { THEMES, type Theme } from '../theme';
import type { ChartMeta } from './chart-meta';

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
  /** The chart's view state (its meta's `viewParams`), as its page reads it. */
  view: URLSearchParams;
};

export type EmbedParamsResult = { ok: true; params: EmbedParams } | { ok: false; error: string };

const FLAGS = ['title', 'transparent', 'static'] as const;

/** A chart as its view parameters concern embeds and images: its id, and what its meta names as its view. */
export type ChartViewParams = Pick<ChartMeta, 'id' | 'viewParams'>;

/** What a URL may carry as a view: `viewParams` where the chart takes one, and every chart's, to name them in messages. */
export type ViewParamsOptions = {
  /** The chart draws a view of its page (it has `renderView`). */
  allowsView: boolean;
  /** The chart's own view parameters. */
  viewParams?: readonly string[];
  /** Every chart, so a parameter of another chart's view is refused by name rather than as unknown. */
  charts: readonly ChartViewParams[];
};

/**
 * Whether `name` is a view parameter: of this chart's when it takes a view, else the message that
 * refuses it ("only for the timeline chart"), or null when no chart has it.
 */
export function readViewParam(name: string, { allowsView, viewParams = [], charts }: ViewParamsOptions): true | string | null {
  if (allowsView && viewParams.includes(name)) return true;
  const owners = charts.filter((chart) => chart.viewParams?.includes(name)).map((chart) => chart.id);
  if (owners.length === 0) return null;
  const named = owners.length === 1 ? `${owners[0]} chart` : `${owners.slice(0, -1).join(', ')} and ${owners.at(-1)} charts`;
  return `Parameter "${name}" is only for the ${named}.`;
}

/** A line per chart that takes a view, for 400 messages: "timeline only: m, stage, …, the view state of the timeline page". */
export function getViewParamsHelp(charts: readonly ChartViewParams[], suffix = ''): string[] {
  return charts.flatMap(({ id, viewParams }) =>
    viewParams?.length ? [`${id} only: ${viewParams.join(', ')}, the view state of the ${id} page${suffix}`] : [],
  );
}

const OWN_PARAMS: ReadonlySet<string> = new Set(['lang', 'theme', 'highlight', 'note', ...FLAGS]);

/** Every parameter an embed URL accepts, for 400 messages. */
export function getEmbedParamsHelp(charts: readonly ChartViewParams[]): string[] {
  return [
    `lang: ${LOCALES.join(' | ')} (default zh)`,
    `theme: ${THEMES.join(' | ')} (default light)`,
    'title: 1 | 0, show the title, subtitle and source (default 1)',
    'transparent: 0 | 1, no background of its own (default 0)',
    'static: 0 | 1, no JavaScript at all (default 0)',
    "highlight: ids of the chart's marks to highlight, comma-separated; note: plain text beside the first, at most 200 characters (what cannot be drawn is left out)",
    ...getViewParamsHelp(charts),
  ];
}

/** Reads an embed URL's query; `options` say which view parameters the chart takes, and which the others do. */
export function parseEmbedParams(query: URLSearchParams, options: ViewParamsOptions): EmbedParamsResult {
  const seen = new Set<string>();
  const view = new URLSearchParams();
  for (const [name, value] of query) {
    const read = readViewParam(name, options);
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
