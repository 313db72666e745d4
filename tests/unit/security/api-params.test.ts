import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const one = await import('@/app/api/datasets/[id]/route');
const validate = await import('@/app/api/datasets/[id]/validate/route');
const preview = await import('@/app/api/datasets/[id]/preview/route');
const { DATASET_IDS, DATASETS } = await import('@/lib/datasets/registry');

const HOSTILE = [`<script>alert("x")</script>`, `&amp;&`, `"'`, '中文', '../../etc/passwd', '%00', '\u0000', ' ', ''];
const anyText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const anyId = fc.oneof(fc.constantFrom(...DATASET_IDS), anyText);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

function toUrl(path: string, query: Record<string, string>) {
  const url = new URL(`http://localhost${path}`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url;
}

/** The error body is JSON with a message: never HTML, so an echoed `<script>` is inert text. */
async function expectJsonError(response: Response) {
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { error?: string; ok?: boolean };
  expect(typeof body.error === 'string' || body.ok === false).toBe(true);
}

describe('GET /api/datasets/{id} with any id and query', () => {
  test('answers 200, 400 or 404, never throws, and errors are JSON', async () => {
    await fc.assert(
      fc.asyncProperty(anyId, fc.dictionary(fc.constantFrom('format', 'header', 'x', 'id'), anyText, { maxKeys: 3 }), async (id, query) => {
        const response = await one.GET(new Request(toUrl(`/api/datasets/${encodeURIComponent(id)}`, query)), params(id));
        expect([200, 400, 404]).toContain(response.status);
        if (response.status !== 200) await expectJsonError(response);
      }),
      { numRuns: 300 },
    );
  });

  test('an id with markup comes back only inside a JSON string, exactly as sent', async () => {
    const id = `<script>alert("x")</script>&中文`;
    const response = await one.GET(new Request(toUrl('/api/datasets/x', {})), params(id));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain(id);
  });
});

describe('POST /api/datasets/{id}/validate with any body', () => {
  const CSV_PIECES = [
    ',',
    '"',
    '""',
    '\n',
    '\r\n',
    '\uFEFF',
    '中文',
    '<script>',
    '&',
    '=1+1',
    '1e309',
    '-',
    '2002-13-01',
    'id',
    'date',
    '  ',
  ];
  const csvLike = fc
    .array(fc.oneof(fc.constantFrom(...CSV_PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 })
    .map((parts) => parts.join(''));
  const anyBody = fc.oneof(
    csvLike.map((text) => new TextEncoder().encode(text)),
    fc.uint8Array({ maxLength: 400 }),
  );

  test('answers a 2xx or a 4xx with JSON (e.g. 413 too large, 415 not text, 422 invalid), never throws', async () => {
    await fc.assert(
      fc.asyncProperty(anyId, anyBody, async (id, body) => {
        const request = new Request('http://localhost/api/datasets/x/validate', { method: 'POST', body });
        const response = await validate.POST(request, params(id));
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type')).toContain('application/json');
        await response.json();
      }),
      { numRuns: 300 },
    );
  });

  test('the real header with hostile cells is a 200 or 422, never a 500', async () => {
    for (const id of DATASET_IDS) {
      const download = await one.GET(new Request(toUrl(`/api/datasets/${id}`, { format: 'csv' })), params(id));
      const header = (await download.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]!;
      const cells = header.split(',').map(() => `"<script>alert(""x"")</script> & 中文"`);
      const request = new Request(`http://localhost/api/datasets/${id}/validate`, {
        method: 'POST',
        body: `${header}\n${cells.join(',')}\n`,
      });
      const response = await validate.POST(request, params(id));
      expect([200, 422]).toContain(response.status);
    }
  });
});

describe('POST /api/datasets/{id}/preview with markup in the uploaded cells', () => {
  const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>&'中文`;

  /** The shipped CSV with the hostile text appended to every Chinese and English text cell. */
  async function getHostileCsv(id: string) {
    const download = await one.GET(new Request(toUrl(`/api/datasets/${id}`, { format: 'csv' })), params(id));
    const parsed = Papa.parse<Record<string, string>>((await download.text()).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    const rows = parsed.data.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, cell]) => [column, /_(zh|en)$/.test(column) && cell ? `${cell} ${HOSTILE}` : cell]),
      ),
    );
    return Papa.unparse(rows, { columns: parsed.meta.fields });
  }

  // A dataset the site does not ship (the UN's EGDI) has no rows to download and make hostile.
  test.each(DATASET_IDS.filter((id) => !DATASETS[id].optional))('%s: the chart and table HTML show the text escaped', async (id) => {
    for (const locale of ['zh', 'en']) {
      const request = new Request(`http://localhost/api/datasets/${id}/preview?locale=${locale}`, {
        method: 'POST',
        body: await getHostileCsv(id),
      });
      const response = await preview.POST(request, params(id));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { ok: boolean; html?: string };
      expect(body.html).toBeTypeOf('string');
      expect(body.html).not.toMatch(/<script|<img/i);
      expect(body.html).not.toContain('alert("x")');
      expect(body.html).toContain('&lt;script&gt;');
    }
  });
});
