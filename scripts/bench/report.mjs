import { formatTable } from './table.mjs';
import { THROUGHPUT_API_PATH } from './routes.mjs';
import { toKb } from './stats.mjs';

const yesNo = (value) => (value ? 'yes' : 'no');
/** A figure as a multiple of a reference measured in the same run: "2.27". */
const ratio = (value, reference) => (value == null || !reference ? '–' : (value / reference).toFixed(2));
const right = (title, value) => ({ title, value, align: 'right' });

/** The bench's results as Markdown sections, one table per figure. */
export function formatReport(results) {
  const sections = [];
  const add = (title, table) => sections.push(`### ${title}\n\n${table}`);

  if (results.routeBundles?.length) {
    add(
      'First-load JS per route (next build, gzip)',
      formatTable(
        [
          { title: 'route', value: (r) => r.route },
          right('chunks', (r) => r.chunks),
          right('raw KB', (r) => toKb(r.rawBytes)),
          right('gzip KB', (r) => toKb(r.gzipBytes)),
        ],
        results.routeBundles,
      ),
    );
  }
  if (results.pages?.length) {
    add(
      'Pages: client JS, HTML and server-rendered chart',
      formatTable(
        [
          { title: 'url', value: (r) => r.url },
          right('JS files', (r) => r.js.scripts),
          right('JS gzip KB', (r) => toKb(r.js.gzipBytes)),
          right('inline JS KB', (r) => toKb(r.js.inlineBytes)),
          right('HTML KB', (r) => toKb(r.htmlBytes)),
          right('HTML gzip KB', (r) => toKb(r.htmlGzipBytes)),
          {
            title: 'chart SVG in HTML',
            value: (r) => (r.chartExpected ? yesNo(r.chartSvgInHtml) : `${yesNo(r.chartSvgInHtml)} (no chart)`),
          },
        ],
        results.pages,
      ),
    );
  }
  const timing = [
    { title: 'url', value: (r) => r.url },
    right('runs', (r) => r.runs),
    right('KB', (r) => toKb(r.bytes)),
    right('median ms', (r) => r.medianMs),
    right('p95 ms', (r) => r.p95Ms),
  ];
  if (results.pageRender?.length) add('Server response time, pages (warm)', formatTable(timing, results.pageRender));
  if (results.svgRender?.length) add('Server render time, chart SVG (warm)', formatTable(timing, results.svgRender));
  if (results.pngRender?.length)
    add(
      'Server render time, chart PNG 1920×1080 (warm process, bitmap not cached: every language and theme round-robin)',
      formatTable(timing, results.pngRender),
    );
  if (results.pngCached?.length)
    add('Chart PNG 1920×1080, same URL again (bitmap from the server cache)', formatTable(timing, results.pngCached));
  if (results.webVitals?.length) {
    const limit = results.webVitals.find((r) => r.url === results.limitPage);
    add(
      'Mobile page load (Moto G4, CPU 4× slower, slow 4G; median of cold loads)',
      formatTable(
        [
          { title: 'url', value: (r) => r.url },
          right('FCP ms', (r) => r.fcpMs),
          right('LCP ms', (r) => r.lcpMs),
          right('ready ms', (r) => r.readyMs ?? '–'),
          right('× limit', (r) => ratio(r.readyMs, limit?.readyMs)),
          right('TBT ms', (r) => r.tbtMs),
          right('CLS', (r) => r.cls),
        ],
        results.webVitals,
      ),
    );
  }
  if (results.throughput?.length) {
    const api = results.throughput.find((r) => r.url === THROUGHPUT_API_PATH);
    add(
      'Throughput (autocannon)',
      formatTable(
        [
          { title: 'url', value: (r) => r.url },
          right('connections', (r) => r.connections),
          right('s', (r) => r.seconds),
          right('req/s', (r) => r.requestsPerSecond),
          right('× API', (r) => ratio(r.requestsPerSecond, api?.requestsPerSecond)),
          right('p50 ms', (r) => r.latencyP50Ms),
          right('p99 ms', (r) => r.latencyP99Ms),
          right('errors', (r) => r.errors),
          right('non-2xx', (r) => r.non2xx),
        ],
        results.throughput,
      ),
    );
  }
  if (results.missing?.length) {
    sections.push(
      `### Not measured (route not there yet)\n\n${results.missing.map(({ url, status }) => `- \`${url}\` answered ${status}`).join('\n')}`,
    );
  }
  return sections.join('\n\n');
}
