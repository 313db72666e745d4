/** What the bench measures. Routes that answer 404 are reported as missing, not measured. */
export const LOCALES = ['zh', 'en'];

/** Page paths after the locale; `chart` says whether the page shows a chart SVG. */
export const PAGES = [
  { path: '', chart: true },
  { path: '/timeline', chart: true },
  { path: '/coverage', chart: true },
  { path: '/france', chart: true },
  { path: '/united-states', chart: true },
  { path: '/application-modes', chart: true },
  { path: '/data', chart: false },
  { path: '/data/milestones', chart: true },
];

export const CHART_IDS = ['timeline', 'coverage', 'france', 'united-states', 'application-modes', 'overview'];

export const PNG_QUERY = 'preset=16x9';
const IMAGE_LANGS = ['zh', 'en'];
const IMAGE_THEMES = ['light', 'dark', 'projector'];
/** Bitmaps the server keeps (MAX_ENTRIES in lib/charts/image-png-cache.ts): uncached timing needs more urls than this. */
export const PNG_CACHE_ENTRIES = 24;

/** The JSON API is the yardstick: the report gives each page's requests per second as a ratio to it. */
export const THROUGHPUT_API_PATH = '/api/datasets/milestones';
export const THROUGHPUT_PATHS = ['/zh', '/zh/coverage', '/en/timeline', THROUGHPUT_API_PATH, '/charts/coverage.png'];

export function getPageUrls() {
  return LOCALES.flatMap((locale) => PAGES.map((page) => ({ ...page, url: `/${locale}${page.path}` })));
}

export const getEmbedUrls = () => CHART_IDS.map((id) => `/embed/${id}?static=1`);
export const getSvgUrls = () => CHART_IDS.map((id) => `/charts/${id}.svg`);
export const getPngUrls = () => CHART_IDS.map((id) => `/charts/${id}.png?${PNG_QUERY}`);

/** Every language and theme of a 1920×1080 PNG, per chart. */
export const getPngVariantUrls = (pngUrl) =>
  IMAGE_LANGS.flatMap((lang) => IMAGE_THEMES.map((theme) => `${pngUrl}&lang=${lang}&theme=${theme}`));

/** Splits urls into those the server answers with 2xx and those it does not (status kept). */
export async function probe(baseUrl, urls) {
  const found = [];
  const missing = [];
  for (const url of urls) {
    const response = await fetch(baseUrl + url, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.ok) found.push(url);
    else missing.push({ url, status: response.status });
  }
  return { found, missing };
}
