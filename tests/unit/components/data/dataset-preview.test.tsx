import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { renderDatasetPreview } = await import('@/components/data/dataset-preview');
const { DATASET_CHARTS } = await import('@/components/data/dataset-charts');
const { loadRows } = await import('@/lib/datasets/load');
const { DATASET_IDS } = await import('@/lib/datasets/registry');

describe('renderDatasetPreview({id, locale, rows})', () => {
  test('five datasets feed a chart; stages and country profiles do not', () => {
    expect(Object.keys(DATASET_CHARTS).sort()).toEqual([
      'application-modes',
      'france-internet',
      'milestones',
      'us-downsizing',
      'website-coverage',
    ]);
    expect(Object.fromEntries(Object.entries(DATASET_CHARTS).map(([id, chart]) => [id, chart!.chart]))).toEqual({
      'website-coverage': 'coverage',
      milestones: 'timeline',
      'france-internet': 'france',
      'us-downsizing': 'united-states',
      'application-modes': 'application-modes',
    });
  });

  test.each(DATASET_IDS.flatMap((id) => (['zh', 'en'] as const).map((locale) => [id, locale] as const)))(
    '%s (%s): the shipped rows draw both layouts with their footnotes, or a table where there is no chart',
    async (id, locale) => {
      const rows = loadRows(id);
      const { element, chart } = await renderDatasetPreview({ id, locale, rows });
      const html = renderToStaticMarkup(element);
      if (DATASET_CHARTS[id]) {
        expect(chart).toBe('drawn');
        expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(2);
        expect(html).toContain('chart-frame__notes');
      } else {
        expect(chart).toBe('none');
        expect(html).not.toContain('<svg');
      }
      expect(html.match(/<tr>/g)).toHaveLength(rows.length + 1);
    },
  );

  test('withTable: false leaves out the rows (the dataset page shows them in full below)', async () => {
    const { element } = await renderDatasetPreview({
      id: 'website-coverage',
      locale: 'zh',
      rows: loadRows('website-coverage'),
      withTable: false,
    });
    expect(renderToStaticMarkup(element)).not.toContain('<table');
  });
});
