import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { SharePanel } from '@/components/share/share-panel';
import en from '@/messages/en/share.json';
import zh from '@/messages/zh/share.json';

function render(locale: 'zh' | 'en', chartId: 'coverage' | 'timeline') {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Shanghai" messages={{ share: locale === 'en' ? en : zh }}>
      <SharePanel chartId={chartId} title="Coverage & more" />
    </NextIntlClientProvider>,
  );
}

describe('SharePanel', () => {
  test('offers PNG (1920×1080 first) and SVG in the page language, and the chart’s data as CSV', () => {
    const html = render('en', 'coverage');
    expect(html).toContain('<summary>Share and download</summary>');
    expect(html).toContain('href="/charts/coverage.png?preset=16x9&amp;lang=en" download=""');
    expect(html).toContain('href="/charts/coverage.svg?preset=16x9&amp;lang=en" download=""');
    expect(html).toContain('href="/api/datasets/website-coverage?format=csv" download=""');
    expect(html).toContain('<option value="4x3">4:3 (1024×768)</option>');
  });

  test('gives the responsive and the fixed iframe code, with the title escaped', () => {
    const html = render('zh', 'timeline');
    expect(html).toContain('iframe data-egov-embed src=&quot;/embed/timeline?lang=zh&quot; title=&quot;Coverage &amp;amp; more&quot;');
    expect(html).toContain('复制固定高度代码');
    expect(html).toContain('milestones.csv');
    expect(html).toContain('stages.csv');
  });
});
