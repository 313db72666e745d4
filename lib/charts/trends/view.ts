import type { InternetUsersRow } from '@/lib/datasets/internet-users';

export const TRENDS_AXES = ['linear', 'log'] as const;
export type TrendsAxis = (typeof TRENDS_AXES)[number];

/**
 * Which of the trends page's figures an embed, image or PowerPoint file of a view draws: internet use
 * (the default) or the UN's EGDI of the same countries, where a user's file is in DATA_DIR.
 */
export const TRENDS_FIGURES = ['internet', 'egdi'] as const;
export type TrendsFigure = (typeof TRENDS_FIGURES)[number];

/** The parameter that names the figure; the page shows both, so its own URL never carries it. */
export const TRENDS_FIGURE_PARAM = 'show';

/** The countries a page opens with, where the data has them. */
export const DEFAULT_COUNTRIES = ['CHN', 'USA', 'FRA', 'SGP', 'OWID_WRL'] as const;

/** At most this many lines at once: more cannot be told apart, and their end labels no longer fit. */
export const MAX_COUNTRIES = 8;

/** What the trends page shows: which countries (in the order given), which axis, which years. */
export type TrendsView = {
  countries: string[];
  axis: TrendsAxis;
  from: number;
  to: number;
};

/** A page's query as Next gives it, or a URL's. */
export type TrendsQuery = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function getAll(query: TrendsQuery, name: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(name);
  const value = query[name];
  return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
}

/** `countries=CHN,USA`, or repeated as a form without JavaScript sends it (`countries=CHN&countries=USA`). */
function getList(query: TrendsQuery, name: string): string[] {
  return getAll(query, name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** The years the data covers, [first, last]. */
export function getYearRange(rows: readonly InternetUsersRow[]): [number, number] {
  if (rows.length === 0) return [1990, 2023];
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.year);
    last = Math.max(last, row.year);
  }
  return [first, last];
}

/** Every country in the data, by code, in the order of first appearance. */
export function getCountryCodes(rows: readonly InternetUsersRow[]): string[] {
  return [...new Set(rows.map((row) => row.code))];
}

/** The view a page opens with: the five countries (or the data's first five), a linear axis, every year. */
export function getDefaultView(rows: readonly InternetUsersRow[]): TrendsView {
  const codes = getCountryCodes(rows);
  const known = DEFAULT_COUNTRIES.filter((code) => codes.includes(code));
  const [from, to] = getYearRange(rows);
  return { countries: known.length > 0 ? known : codes.slice(0, DEFAULT_COUNTRIES.length), axis: 'linear', from, to };
}

const YEAR = /^\d{4}$/;

/**
 * The view a URL asks for, as the page, its embed and its images show it. What the data does not
 * know is dropped (an old link still opens): unknown countries, an unknown axis, years outside the
 * data (clamped), a `from` after `to` (swapped).
 */
export function getTrendsView(rows: readonly InternetUsersRow[], query: TrendsQuery): TrendsView {
  const fallback = getDefaultView(rows);
  const codes = new Set(getCountryCodes(rows));
  const listed = getList(query, 'countries');
  const known = [...new Set(listed.filter((code) => codes.has(code)))].slice(0, MAX_COUNTRIES);
  // `countries=` (every box unticked) shows no line; a list of nothing the data knows, the defaults.
  const countries = getAll(query, 'countries').length === 0 || (listed.length > 0 && known.length === 0) ? fallback.countries : known;
  const axisText = getAll(query, 'axis')[0];
  const axis = (TRENDS_AXES as readonly string[]).includes(axisText ?? '') ? (axisText as TrendsAxis) : fallback.axis;
  const readYear = (name: string, otherwise: number) => {
    const text = getAll(query, name)[0];
    if (text === undefined || !YEAR.test(text)) return otherwise;
    return Math.min(fallback.to, Math.max(fallback.from, Number(text)));
  };
  const a = readYear('from', fallback.from);
  const b = readYear('to', fallback.to);
  return { countries, axis, from: Math.min(a, b), to: Math.max(a, b) };
}

/** The figure a view asks for: `show=egdi`, or internet use for anything else (an embed drops what it does not know). */
export function getTrendsFigure(query: TrendsQuery): TrendsFigure {
  return getAll(query, TRENDS_FIGURE_PARAM)[0] === 'egdi' ? 'egdi' : 'internet';
}

/** The query string of a view, leaving out what is the default: `countries=CHN,SGP&axis=log&from=1995`. */
export function toTrendsQuery(view: TrendsView, defaults: TrendsView): string {
  const query = new URLSearchParams();
  if (view.countries.join(',') !== defaults.countries.join(',')) query.set('countries', view.countries.join(','));
  if (view.axis !== defaults.axis) query.set('axis', view.axis);
  if (view.from !== defaults.from) query.set('from', String(view.from));
  if (view.to !== defaults.to) query.set('to', String(view.to));
  return query.toString().replace(/%2C/g, ',');
}

/**
 * What is wrong with a view an image URL asks for, or null. The page and its embed drop what they do
 * not know; an image made for a slide says so instead of quietly showing another view.
 */
export function checkTrendsView(view: URLSearchParams, rows: readonly InternetUsersRow[]): string | null {
  const figure = view.get(TRENDS_FIGURE_PARAM);
  if (figure !== null && !(TRENDS_FIGURES as readonly string[]).includes(figure))
    return `Unknown ${TRENDS_FIGURE_PARAM} "${figure}": give ${TRENDS_FIGURES.join(' or ')} (internet use, or the UN's EGDI from your own file).`;
  const codes = getCountryCodes(rows);
  const countries = getList(view, 'countries');
  const unknown = countries.find((code) => !codes.includes(code));
  if (unknown !== undefined)
    return `Unknown country "${unknown}" in countries: give codes of internet-users.csv (${codes.join(', ')}), joined by commas.`;
  if (countries.length > MAX_COUNTRIES) return `countries takes at most ${MAX_COUNTRIES} codes, got ${countries.length}.`;
  const axis = view.get('axis');
  if (axis !== null && !(TRENDS_AXES as readonly string[]).includes(axis))
    return `Unknown axis "${axis}": give ${TRENDS_AXES.join(' or ')}.`;
  const [first, last] = getYearRange(rows);
  for (const name of ['from', 'to'] as const) {
    const value = view.get(name);
    if (value !== null && (!YEAR.test(value) || Number(value) < first || Number(value) > last)) {
      return `${name} must be a year from ${first} to ${last}, got "${value}".`;
    }
  }
  const from = Number(view.get('from') ?? first);
  const to = Number(view.get('to') ?? last);
  if (from > to) return `from must not be after to, got from=${from}&to=${to}.`;
  return null;
}

/** The rows a view shows, for its CSV: its countries in its order, each country's years from `from` to `to`. */
export function getTrendsViewRows(rows: readonly InternetUsersRow[], view: TrendsView): InternetUsersRow[] {
  return view.countries.flatMap((code) =>
    rows.filter((row) => row.code === code && row.year >= view.from && row.year <= view.to).sort((a, b) => a.year - b.year),
  );
}
