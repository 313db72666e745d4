import { describe, expect, test } from 'vitest';
import { getEmbedUrl, getFixedEmbedSnippet, getResponsiveEmbedSnippet } from '@/lib/charts/embed-snippet';

const URL_EN = getEmbedUrl({ origin: 'https://dash.example', chart: 'coverage', locale: 'en', theme: 'dark' });

describe('getEmbedUrl', () => {
  test('names the language always and the theme when not light', () => {
    expect(URL_EN).toBe('https://dash.example/embed/coverage?lang=en&theme=dark');
    expect(
      getEmbedUrl({
        origin: 'https://dash.example',
        chart: 'timeline',
        locale: 'zh',
        theme: 'light',
        extra: new URLSearchParams('stage=maturity'),
      }),
    ).toBe('https://dash.example/embed/timeline?lang=zh&stage=maturity');
  });
});

describe('getFixedEmbedSnippet', () => {
  test('is a plain iframe with the height given and the title escaped', () => {
    expect(getFixedEmbedSnippet(URL_EN, 'Coverage "2006" & <more>', 480)).toBe(
      '<iframe src="https://dash.example/embed/coverage?lang=en&amp;theme=dark" title="Coverage &quot;2006&quot; &amp; &lt;more&gt;" width="100%" height="480" style="border:0;width:100%" loading="lazy"></iframe>',
    );
  });
});

describe('getResponsiveEmbedSnippet', () => {
  test('marks the iframe and adds a listener that only trusts messages from the site', () => {
    const snippet = getResponsiveEmbedSnippet(URL_EN, 'Coverage');
    expect(snippet).toMatch(/^<iframe data-egov-embed src=/);
    expect(snippet).toContain(`e.origin!=="https://dash.example"`);
    expect(snippet).toContain("d.type!=='egov-embed-height'");
    expect(snippet).toMatch(/<\/iframe>\n<script>.+<\/script>$/);
  });
});
