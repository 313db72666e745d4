import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { ShareControls } = await import('@/components/share/share-controls');
const { getShareText } = await import('@/components/share/share-panel');
const { getChartMeta } = await import('@/components/charts/registry');

async function render(locale: 'zh' | 'en', chartId: 'coverage' | 'timeline') {
  const chart = getChartMeta(chartId);
  const text = await getShareText(chart, locale);
  return renderToStaticMarkup(
    <ShareControls
      chartId={chartId}
      datasets={chart.datasets}
      title="Coverage & more"
      locale={locale}
      text={text}
      origin="https://dash.example.edu"
    />,
  );
}

describe('SharePanel', () => {
  test('offers PNG (1920×1080 first) and SVG in the page language, and the chart’s data as CSV', async () => {
    const html = await render('en', 'coverage');
    expect(html).toContain('<summary>Share and download</summary>');
    expect(html).toContain('href="/charts/coverage.png?preset=16x9&amp;lang=en" download=""');
    expect(html).toContain('href="/charts/coverage.svg?preset=16x9&amp;lang=en" download=""');
    expect(html).toContain('href="/api/datasets/website-coverage?format=csv" download="">Download CSV: website-coverage.csv</a>');
    expect(html).toContain('<option value="4x3">4:3 (1024×768)</option>');
  });

  test('hands out absolute URLs on the public origin it is given, in the HTML served (no script needed)', async () => {
    const html = await render('en', 'coverage');
    expect(html).toContain('https://dash.example.edu/charts/coverage.png?preset=16x9&amp;lang=en</textarea>');
    expect(html).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('gives the responsive and the fixed iframe code, with the title escaped', async () => {
    const html = await render('zh', 'timeline');
    expect(html).toContain(
      'iframe data-egov-embed src=&quot;https://dash.example.edu/embed/timeline?lang=zh&quot; title=&quot;Coverage &amp;amp; more&quot;',
    );
    expect(html).toContain('复制固定高度代码');
    expect(html).toContain('milestones.csv');
    expect(html).toContain('stages.csv');
  });
});
