import Papa from 'papaparse';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const list = await import('@/app/api/datasets/route');
const one = await import('@/app/api/datasets/[id]/route');

const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://localhost${url}`, { headers });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe('GET /api/datasets', () => {
  test('lists every dataset with titles, row counts and columns', async () => {
    const response = list.GET(get('/api/datasets'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { id: string; rows: number; columns: string[]; title_zh: string }[];
    expect(body.map((d) => d.id)).toEqual([
      'website-coverage',
      'milestones',
      'france-internet',
      'us-downsizing',
      'stages',
      'application-modes',
      'country-profiles',
      'definitions',
      'definition-elements',
      'networks',
      'network-links',
      'reengineering',
      'comparisons',
      'government-organisation',
      'country-facts',
      'internet-users',
      'egdi',
    ]);
    expect(body.find((d) => d.id === 'milestones')).toMatchObject({ rows: 20, title_zh: '中国电子政务大事记（1992—2006）' });
    expect(body.find((d) => d.id === 'website-coverage')?.columns).toContain('share_qualifier');
  });
});

describe('GET /api/datasets/{id}', () => {
  test('returns typed rows (numbers as numbers, empty as null) with columns and source', async () => {
    const response = await one.GET(get('/api/datasets/website-coverage'), params('website-coverage'));
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.json();
    expect(body.rows[0]).toMatchObject({ level_id: 'state-council-departments', share_pct: 96, units_total: null });
    expect(body.columns.map((c: { name: string }) => c.name)).toContain('source_slide');
    expect(body.source.slides).toEqual([58]);
  });

  test('names the credit and licence of data from beyond the deck instead of slides', async () => {
    const body = await (await one.GET(get('/api/datasets/internet-users'), params('internet-users'))).json();
    expect(body.source).toMatchObject({ credit_en: 'Data: ITU via World Bank WDI / Our World in Data', licence: 'CC BY 4.0', slides: [] });
    expect(body.rows.find((r: { code: string; year: number }) => r.code === 'CHN' && r.year === 2005)).toMatchObject({
      internet_users_pct: 8.52326,
    });
  });

  test('answers 304 to a matching If-None-Match and sets Cache-Control', async () => {
    const first = await one.GET(get('/api/datasets/stages'), params('stages'));
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age');
    const again = await one.GET(get('/api/datasets/stages', { 'if-none-match': etag }), params('stages'));
    expect(again.status).toBe(304);
  });

  test('answers 304 to the weakened tag a gzipping proxy sends back, in a list, with ETag and Cache-Control', async () => {
    const first = await one.GET(get('/api/datasets/milestones?format=csv'), params('milestones'));
    const etag = first.headers.get('etag')!;
    const again = await one.GET(get('/api/datasets/milestones?format=csv', { 'if-none-match': `"old", W/${etag}` }), params('milestones'));
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
  });

  test('?format=csv is a UTF-8 CSV attachment with a BOM that reads back to the same rows', async () => {
    const response = await one.GET(get('/api/datasets/milestones?format=csv'), params('milestones'));
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="milestones.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(20);
    expect(parsed.data.find((r) => r.id === 'document-17')).toMatchObject({ date: '2002-08-17', source_slide: '52' });
  });

  test('an unknown id is a 404 with an error naming the known ids', async () => {
    const response = await one.GET(get('/api/datasets/nope'), params('nope'));
    expect(response.status).toBe(404);
    expect((await response.json()).error).toContain('milestones');
  });

  test('an unknown format is a 400', async () => {
    const response = await one.GET(get('/api/datasets/stages?format=xml'), params('stages'));
    expect(response.status).toBe(400);
  });
});
