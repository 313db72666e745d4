import Papa from 'papaparse';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { GET } = await import('@/app/api/datasets/[id]/route');
const { POST } = await import('@/app/api/datasets/[id]/validate/route');
const { DATASET_IDS, DATASETS } = await import('@/lib/datasets/registry');

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string, query: string) => GET(new Request(`http://localhost/api/datasets/${id}?${query}`), params(id));

describe('GET /api/datasets/{id}?format=template', () => {
  test('is a CSV attachment with a BOM: the header and two example rows', async () => {
    const response = await get('website-coverage', 'format=template');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="website-coverage-template.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(
      new TextDecoder()
        .decode(bytes)
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(DATASETS['website-coverage'].columns.map((c) => c.name));
    expect(rows[1]?.slice(0, 2)).toEqual(['state-council-departments', '1']);
  });

  test('&header=zh uses the Chinese column labels', async () => {
    const response = await get('website-coverage', 'format=template&header=zh');
    expect(response.headers.get('content-disposition')).toContain('website-coverage-template-zh.csv');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      '层级编号,层级顺序,层级（中文）,层级（英文）,机构总数,总数限定,建站比例（%）,比例限定,时间,说明（中文）,说明（英文）,来源页码',
    );
  });

  // A dataset the site does not ship (the UN's EGDI) has no rows to give as examples.
  test.each(DATASET_IDS.filter((id) => !DATASETS[id].optional))(
    'the %s templates, both headers, pass validation as they are',
    async (id) => {
      for (const query of ['format=template', 'format=template&header=zh']) {
        const template = new Uint8Array(await (await get(id, query)).arrayBuffer());
        const response = await POST(
          new Request(`http://localhost/api/datasets/${id}/validate`, { method: 'POST', body: template }),
          params(id),
        );
        const body = (await response.json()) as { ok: boolean; rows: unknown[]; warnings: unknown[] };
        expect(response.status).toBe(200);
        expect(body.rows).toHaveLength(2);
        expect(body.warnings).toEqual([]);
      }
    },
  );

  test('the template of a dataset not shipped is its header alone, in the UN’s own column names', async () => {
    const text = (await (await get('egdi', 'format=template')).text()).replace(/^\uFEFF/, '');
    expect(text.trim()).toBe(
      'Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index',
    );
  });

  test('an unknown header style is a 400', async () => {
    expect((await get('stages', 'format=template&header=fr')).status).toBe(400);
  });
});
