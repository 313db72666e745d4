import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { POST } = await import('@/app/api/datasets/[id]/validate/route');
const { DATASET_IDS, DATASETS } = await import('@/lib/datasets/registry');

type Problem = { line: number; column: string | null; code: string; message: string; message_zh: string };

const ROW_CODES = new Set([
  'required',
  'not_integer',
  'not_number',
  'below_min',
  'above_max',
  'not_date',
  'not_one_of',
  'duplicate',
  'too_few_fields',
  'too_many_fields',
]);
type Body = { ok: boolean; rows?: unknown[]; errors?: Problem[]; warnings: Problem[] };

/** Lines in the bytes as the validator counts them: LF, CRLF and lone CR each end a line. */
function countLines(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
  }
  return lines;
}

async function validate(id: string, bytes: Uint8Array) {
  const request = new Request(`http://localhost/api/datasets/${id}/validate`, { method: 'POST', body: bytes as BodyInit });
  const response = await POST(request, { params: Promise.resolve({ id }) });
  expect(response.headers.get('content-type')).toContain('application/json');
  return { status: response.status, body: (await response.json()) as Body };
}

function expectSaneAnswer(status: number, body: Body, bytes: Uint8Array) {
  expect(status === 200 || (status >= 400 && status < 500)).toBe(true);
  expect(body.ok).toBe(status === 200);
  const lines = countLines(bytes);
  for (const problem of [...(body.errors ?? []), ...body.warnings]) {
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.message_zh.length).toBeGreaterThan(0);
  }
  if (status !== 200) expect(body.errors?.length).toBeGreaterThan(0);
}

const anyDataset = fc.constantFrom(...DATASET_IDS);

/** CSV-shaped text for a dataset: its real header (names or Chinese labels) and rows of cells that are often nearly right. */
const csvFor = (id: (typeof DATASET_IDS)[number]) => {
  const columns = DATASETS[id].columns;
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      ' ',
      '96',
      '96%',
      '240,000',
      '2002/8/17',
      '2002-13-01',
      '2006-01',
      'exact',
      'nearly',
      'more_than',
      'g2g',
      'x',
      '58',
      '-1',
      '1e3',
      '中文',
      '"',
      '""',
      'a,b',
      'a\nb',
      '=1+1',
    ),
    fc.string({ maxLength: 6 }),
  );
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const row = fc.array(cell, { minLength: columns.length - 2, maxLength: columns.length + 1 }).map((cells) => cells.map(quote).join(','));
  const header = fc.boolean().map((zh) => columns.map((c) => (zh ? c.label_zh : c.name)).join(','));
  return fc
    .tuple(header, fc.array(row, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('utf-8', 'utf-8-bom', 'gbk'))
    .map(([head, rows, newline, encoding]) => {
      const text = [head, ...rows].join(newline);
      if (encoding === 'gbk') return new Uint8Array(iconv.encode(text, 'gbk'));
      const bytes = new TextEncoder().encode(text);
      return encoding === 'utf-8' ? bytes : new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    });
};

describe('POST /api/datasets/{id}/validate, for any body', () => {
  test('any byte string: 200 or 4xx JSON, never a throw or 500, every problem on a line within the input', async () => {
    await fc.assert(
      fc.asyncProperty(anyDataset, fc.uint8Array({ maxLength: 600 }), async (id, bytes) => {
        const { status, body } = await validate(id, bytes);
        expectSaneAnswer(status, body, bytes);
      }),
      { numRuns: 250 },
    );
  });

  test('any text of CSV punctuation and line breaks, in UTF-8 or GBK', async () => {
    const piece = fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', '\uFEFF', '中文', '96%', '2002/8/17', ' ', 'id', 'x');
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 80 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(anyDataset, text, fc.boolean(), async (id, csv, gbk) => {
        const bytes = gbk ? new Uint8Array(iconv.encode(csv, 'gbk')) : new TextEncoder().encode(csv);
        const { status, body } = await validate(id, bytes);
        expectSaneAnswer(status, body, bytes);
      }),
      { numRuns: 250 },
    );
  });

  test('CSV-shaped files with the real header: 200 or 422, and every row error names a line below the header', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyDataset.chain((id) => fc.tuple(fc.constant(id), csvFor(id))),
        async ([id, bytes]) => {
          const { status, body } = await validate(id, bytes);
          expectSaneAnswer(status, body, bytes);
          expect([200, 422]).toContain(status);
          for (const error of body.errors ?? []) if (ROW_CODES.has(error.code)) expect(error.line).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
