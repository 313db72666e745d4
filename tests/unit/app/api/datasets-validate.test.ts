import iconv from 'iconv-lite';
import { describe, expect, test, vi } from 'vitest';
import {
  COVERAGE_HEADER_EN,
  COVERAGE_HEADER_NAMES,
  COVERAGE_HEADER_ZH,
  MILESTONES_HEADER,
  US_HEADER,
  coverageCsv,
  coverageRow,
  milestoneRow,
} from './upload-fixtures';

vi.mock('server-only', () => ({}));
const { POST } = await import('@/app/api/datasets/[id]/validate/route');

type Problem = { line: number; column: string | null; code: string; message: string; message_zh: string };
type Body = { ok: boolean; rows?: Record<string, unknown>[]; errors?: Problem[]; warnings: Problem[]; encoding?: string };

async function post(id: string, body: string | Uint8Array | ReadableStream | null, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/datasets/${id}/validate`, { method: 'POST', body: body as BodyInit | null, headers });
  const response = await POST(request, { params: Promise.resolve({ id }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

const where = (problems: Problem[] | undefined) => (problems ?? []).map((p) => [p.line, p.column, p.code]);

describe('POST /api/datasets/{id}/validate accepts what spreadsheets save', () => {
  const text = coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '96'), coverageRow('b', 2, '77', { qualifier: 'nearly' })]);

  test('UTF-8 without a BOM: 200 with typed rows, not cached', async () => {
    const { status, headers, body } = await post('website-coverage', text);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ ok: true, encoding: 'utf-8', warnings: [] });
    expect(body.rows?.map((r) => [r.level_id, r.share_pct, r.share_qualifier])).toEqual([
      ['a', 96, 'exact'],
      ['b', 77, 'nearly'],
    ]);
  });

  test('UTF-8 with a BOM', async () => {
    const { status, body } = await post('website-coverage', `\uFEFF${text}`);
    expect(status).toBe(200);
    expect(body.rows?.[0]).toMatchObject({ level_id: 'a', level_zh: '本省1' });
  });

  test('GBK with Chinese headers and CRLF, as Excel on Chinese Windows saves it', async () => {
    const gbk = new Uint8Array(
      iconv.encode(coverageCsv(COVERAGE_HEADER_ZH, [coverageRow('a', 1, '55'), coverageRow('b', 2, '33')], '\r\n'), 'gbk'),
    );
    const { status, body } = await post('website-coverage', gbk);
    expect(status).toBe(200);
    expect(body.encoding).toBe('gb18030');
    expect(body.rows?.map((r) => [r.level_zh, r.share_pct])).toEqual([
      ['本省1', 55],
      ['本省2', 33],
    ]);
  });

  test('GB18030 bytes outside GBK (a four-byte character) read correctly', async () => {
    const rows = [coverageRow('a', 1, '55').replace('本省1', '𠀀省')];
    const { status, body } = await post('website-coverage', new Uint8Array(iconv.encode(coverageCsv(COVERAGE_HEADER_ZH, rows), 'gb18030')));
    expect(status).toBe(200);
    expect(body.rows?.[0]?.level_zh).toBe('𠀀省');
  });

  test('English labels as headers', async () => {
    const { status, body } = await post('website-coverage', coverageCsv(COVERAGE_HEADER_EN, [coverageRow('a', 1, '90')]));
    expect(status).toBe(200);
    expect(body.rows?.[0]?.share_pct).toBe(90);
  });

  test('quoted fields with commas and line breaks, line numbers counted through them', async () => {
    const multiline = `x,2002,,development,policy,标题,"Title, with comma","摘要\r\n第二行",Summary,,,52`;
    const csv = [MILESTONES_HEADER, multiline, milestoneRow('y', '2003')].join('\r\n');
    const { status, body } = await post('milestones', csv);
    expect(status).toBe(200);
    expect(body.rows?.[0]).toMatchObject({ title_en: 'Title, with comma', summary_zh: '摘要\n第二行' });
  });

  test('96% and 96 both read as 96; the percent sign is reported as a warning in both languages', async () => {
    const { status, body } = await post(
      'website-coverage',
      coverageCsv(COVERAGE_HEADER_ZH, [coverageRow('a', 1, '96%'), coverageRow('b', 2, '96')]),
    );
    expect(status).toBe(200);
    expect(body.rows?.map((r) => r.share_pct)).toEqual([96, 96]);
    expect(body.warnings).toEqual([
      { line: 2, column: 'share_pct', code: 'normalised', message: '"96%" was read as "96"', message_zh: '"96%" 已按 "96" 读取' },
    ]);
  });

  test('thousands separators: "240,000" reads as 240000 with a warning', async () => {
    const row = 'federal-employees-cut,联邦政府员工减少,Federal employees cut,"240,000",people,exact,1992,1996,,,74';
    const { status, body } = await post('us-downsizing', `${US_HEADER}\n${row}\n`);
    expect(status).toBe(200);
    expect(body.rows?.[0]?.value).toBe(240000);
    expect(body.warnings).toMatchObject([
      { line: 2, column: 'value', message: '"240,000" was read as "240000"', message_zh: '"240,000" 已按 "240000" 读取' },
    ]);
  });

  test('a date written 2002/8/17 or 2002年8月17日 is normalised to 2002-08-17 with a warning', async () => {
    const csv = [MILESTONES_HEADER, milestoneRow('a', '2002/8/17'), milestoneRow('b', '2002年8月17日')].join('\n');
    const { status, body } = await post('milestones', csv);
    expect(status).toBe(200);
    expect(body.rows?.map((r) => r.date)).toEqual(['2002-08-17', '2002-08-17']);
    expect(body.warnings.map((w) => [w.line, w.column, w.message, w.message_zh])).toEqual([
      [2, 'date', '"2002/8/17" was read as "2002-08-17"', '"2002/8/17" 已按 "2002-08-17" 读取'],
      [3, 'date', '"2002年8月17日" was read as "2002-08-17"', '"2002年8月17日" 已按 "2002-08-17" 读取'],
    ]);
  });

  test('an unknown column is ignored with a warning on line 1', async () => {
    const csv = coverageCsv(`${COVERAGE_HEADER_NAMES},remarks`, [`${coverageRow('a', 1, '50')},hello`]);
    const { status, body } = await post('website-coverage', csv);
    expect(status).toBe(200);
    expect(where(body.warnings)).toEqual([[1, 'remarks', 'unknown_column']]);
    expect(body.warnings[0]?.message_zh).toContain('未知的列 "remarks"');
  });
});

describe('POST /api/datasets/{id}/validate rejects with line, column and reason in both languages', () => {
  test('a bad date', async () => {
    const csv = [MILESTONES_HEADER, milestoneRow('a', '2002'), milestoneRow('b', '2002-13-01')].join('\n');
    const { status, body } = await post('milestones', csv);
    expect(status).toBe(422);
    expect(body.errors).toEqual([
      {
        line: 3,
        column: 'date',
        code: 'not_date',
        message: '"2002-13-01" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
        message_zh: '"2002-13-01" 不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）',
      },
    ]);
  });

  test('an ambiguous date it cannot read names the expected form', async () => {
    const { body } = await post('milestones', [MILESTONES_HEADER, milestoneRow('a', '17/8/2002')].join('\n'));
    expect(body.errors?.[0]).toMatchObject({
      line: 2,
      column: 'date',
      message: expect.stringContaining('expected YYYY, YYYY-MM or YYYY-MM-DD'),
    });
  });

  test('a value outside an enum lists the allowed values', async () => {
    const { status, body } = await post('milestones', [MILESTONES_HEADER, milestoneRow('a', '2002', 'golden')].join('\n'));
    expect(status).toBe(422);
    expect(body.errors?.[0]).toMatchObject({
      line: 2,
      column: 'stage',
      message: '"golden" is not one of: exploration, development, maturity',
      message_zh: '"golden" 不在允许的取值中：exploration, development, maturity',
    });
  });

  test('a share above 100 and a text share', async () => {
    const { body } = await post(
      'website-coverage',
      coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '101'), coverageRow('b', 2, 'lots')]),
    );
    expect(body.errors?.map((e) => [e.line, e.column, e.message_zh])).toEqual([
      [2, 'share_pct', '"101" 大于最大值 100'],
      [3, 'share_pct', '"lots" 不是数字'],
    ]);
  });

  test('a missing column, named on line 1', async () => {
    const header = COVERAGE_HEADER_NAMES.replace(',share_pct', '');
    const row = coverageRow('a', 1, '50').replace(',50,', ',');
    const { status, body } = await post('website-coverage', coverageCsv(header, [row]));
    expect(status).toBe(422);
    expect(body.errors).toMatchObject([
      { line: 1, column: 'share_pct', message: 'the header has no column "share_pct"', message_zh: '表头缺少列 "share_pct"' },
    ]);
  });

  test('rows with too few and too many fields', async () => {
    const csv = coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '50'), 'b,2,x', `${coverageRow('c', 3, '50')},extra`]);
    const { body } = await post('website-coverage', csv);
    expect(body.errors?.map((e) => [e.line, e.code, e.message, e.message_zh])).toEqual([
      [3, 'too_few_fields', 'the row has 3 fields, the header has 12', '该行有 3 个字段，表头有 12 个'],
      [4, 'too_many_fields', 'the row has 13 fields, the header has 12', '该行有 13 个字段，表头有 12 个'],
    ]);
  });

  test('an unclosed quote', async () => {
    const csv = coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '50'), 'b,2,"unclosed,x']);
    const { status, body } = await post('website-coverage', csv);
    expect(status).toBe(422);
    expect(body.errors).toContainEqual(
      expect.objectContaining({
        line: 3,
        code: 'bad_quotes',
        message: 'a quoted field is not closed or a quote is misplaced',
        message_zh: '引号未闭合或位置不正确',
      }),
    );
  });

  test('an empty body and a header without rows', async () => {
    const empty = await post('website-coverage', '');
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual([
      { line: 0, column: null, code: 'empty_file', message: 'the file is empty', message_zh: '文件为空' },
    ]);
    const headerOnly = await post('website-coverage', `${COVERAGE_HEADER_NAMES}\n`);
    expect(headerOnly.body.errors).toMatchObject([{ line: 0, code: 'no_rows', message_zh: '文件只有表头，没有数据行' }]);
  });

  test('a duplicate key', async () => {
    const { body } = await post(
      'website-coverage',
      coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '50'), coverageRow('a', 2, '40')]),
    );
    expect(body.errors).toMatchObject([{ line: 3, column: 'level_id', code: 'duplicate', message: '"a" appears more than once' }]);
  });

  test('over 1 MB is a 413, whether declared in Content-Length or streamed without it', async () => {
    const big = new Uint8Array(1_000_001).fill(0x61);
    const declared = await post('website-coverage', big, { 'content-length': String(big.byteLength) });
    expect(declared.status).toBe(413);
    expect(declared.body.errors).toEqual([
      { line: 0, column: null, code: 'too_large', message: 'the file is larger than 1000000 bytes', message_zh: '文件超过 1000000 字节' },
    ]);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 11; i++) controller.enqueue(new Uint8Array(100_000).fill(0x61));
        controller.close();
      },
    });
    const request = new Request('http://localhost/api/datasets/website-coverage/validate', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const streamed = await POST(request, { params: Promise.resolve({ id: 'website-coverage' }) });
    expect(streamed.status).toBe(413);
  });

  test('more than 5,000 rows is a 413', async () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => coverageRow(`l${i}`, i + 1, '50'));
    const { status, body } = await post('website-coverage', coverageCsv(COVERAGE_HEADER_NAMES, rows));
    expect(status).toBe(413);
    expect(body.errors).toEqual([
      { line: 0, column: null, code: 'too_many_rows', message: 'the file has more than 5000 rows', message_zh: '文件超过 5000 行' },
    ]);
  });

  test('a binary file is a 415', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { status, body } = await post('website-coverage', png);
    expect(status).toBe(415);
    expect(body.errors).toMatchObject([
      { line: 0, code: 'not_text', message_zh: '文件不是 UTF-8、UTF-16（带 BOM）或 GB18030/GBK 编码的文本' },
    ]);
  });

  test('an unknown dataset is a 404', async () => {
    const { status } = await post('nope', 'a,b\n1,2\n');
    expect(status).toBe(404);
  });
});

describe('POST /api/datasets/{id}/validate: Excel’s “Unicode Text” (UTF-16, tab-separated)', () => {
  const tsv = coverageCsv(COVERAGE_HEADER_ZH, [coverageRow('a', 1, '55'), coverageRow('b', 2, '33%')], '\r\n').replaceAll(',', '\t');

  test('UTF-16LE with its BOM, as Excel on Windows saves it: 200, read as tab-separated', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(tsv, 'utf16le')]);
    const { status, body } = await post('website-coverage', bytes, { 'Content-Type': 'text/plain' });
    expect(status).toBe(200);
    expect(body.encoding).toBe('utf-16le');
    expect(body.rows?.map((r) => [r.level_zh, r.share_pct])).toEqual([
      ['本省1', 55],
      ['本省2', 33],
    ]);
    expect(where(body.warnings)).toEqual([[3, 'share_pct', 'normalised']]);
  });

  test('UTF-16BE with its BOM', async () => {
    const bytes = new Uint8Array([0xfe, 0xff, ...Buffer.from(tsv, 'utf16le').swap16()]);
    const { status, body } = await post('website-coverage', bytes);
    expect(status).toBe(200);
    expect(body.encoding).toBe('utf-16be');
    expect(body.rows).toHaveLength(2);
  });
});

describe('POST /api/datasets/{id}/validate: how the file is sent', () => {
  const csv = coverageCsv(COVERAGE_HEADER_NAMES, [coverageRow('a', 1, '50')]);

  test('a form upload (multipart/form-data, as curl -F sends) is a 415 that says to send the bytes as the body', async () => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'coverage.csv');
    const request = new Request('http://localhost/api/datasets/website-coverage/validate', { method: 'POST', body: form });
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const response = await POST(request, { params: Promise.resolve({ id: 'website-coverage' }) });
    expect(response.status).toBe(415);
    const body = (await response.json()) as Body;
    expect(body.ok).toBe(false);
    expect(body.errors).toMatchObject([{ line: 0, column: null, code: 'multipart_form' }]);
    expect(body.errors?.[0]?.message).toContain("curl --data-binary @file.csv -H 'Content-Type: text/csv'");
    expect(body.errors?.[0]?.message_zh).toContain('请直接把文件内容作为请求体发送');
  });

  test.each(['text/csv', 'text/csv; charset=utf-8', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', null])(
    'Content-Type %s is read as the file',
    async (type) => {
      const { status, body } = await post('website-coverage', csv, type === null ? {} : { 'Content-Type': type });
      expect(status).toBe(200);
      expect(body.rows).toHaveLength(1);
    },
  );
});

describe('POST /api/datasets/{id}/validate: the answer stays small, whatever the file', () => {
  type Counted = Body & { errors_total?: number; warnings_total?: number };
  const size = async (id: string, bytes: Uint8Array) => {
    const request = new Request(`http://localhost/api/datasets/${id}/validate`, { method: 'POST', body: bytes as BodyInit });
    const response = await POST(request, { params: Promise.resolve({ id }) });
    const text = await response.text();
    return { status: response.status, bytes: text.length, body: JSON.parse(text) as Counted };
  };

  test('a megabyte of one letter: one problem, its value cut short', async () => {
    const { status, bytes, body } = await size('website-coverage', new Uint8Array(999_999).fill(0x61));
    expect(status).toBe(422);
    expect(bytes).toBeLessThan(10_000);
    expect(body.errors_total).toBe(body.errors?.length);
  });

  test('a megabyte of quotes, of commas, and a header of unknown columns: each answer under 100 KB', async () => {
    const bodies = ['"'.repeat(999_999), ','.repeat(999_999), 'x,'.repeat(499_999), `${COVERAGE_HEADER_NAMES}\n${'\n'.repeat(999_000)}`];
    for (const text of bodies) {
      const { status, bytes, body } = await size('website-coverage', new TextEncoder().encode(text));
      expect(status).toBe(422);
      expect(bytes).toBeLessThan(100_000);
      expect(body.errors?.length).toBeLessThanOrEqual(100);
      expect(body.warnings.length).toBeLessThanOrEqual(100);
    }
  });

  test('thousands of bad rows: the first 100 errors and warnings listed, all of them counted', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => coverageRow(`l${i}`, i + 1, i % 2 ? '50%' : 'lots'));
    const { status, body } = await size('website-coverage', new TextEncoder().encode(coverageCsv(COVERAGE_HEADER_NAMES, rows)));
    expect(status).toBe(422);
    expect(body.errors).toHaveLength(100);
    expect(body.errors_total).toBe(1_500);
    expect(body.errors?.[99]?.line).toBe(200);
    expect(body.warnings).toHaveLength(100);
    expect(body.warnings_total).toBe(1_500);
  });

  test('a passing file says how many warnings there are in all', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => coverageRow(`l${i}`, i + 1, '50%'));
    const { status, body } = await size('website-coverage', new TextEncoder().encode(coverageCsv(COVERAGE_HEADER_NAMES, rows)));
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(150);
    expect(body.warnings).toHaveLength(100);
    expect(body.warnings_total).toBe(150);
  });
});

describe('POST /api/datasets/{id}/validate under a flood', () => {
  test('uploads beyond the bytes the server checks per second get 503 with Retry-After, and pass again later', async () => {
    const { resetUploadBudget } = await import('@/app/api/datasets/[id]/read-upload');
    vi.stubEnv('UPLOAD_CHECK_BYTES_PER_SECOND', '1000000');
    vi.useFakeTimers({ toFake: ['performance'] });
    resetUploadBudget();
    try {
      const megabyte = new TextEncoder().encode('\n'.repeat(999_999));
      expect((await post('milestones', megabyte)).status).toBe(422);
      const refused = await post('milestones', megabyte);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(refused.headers.get('cache-control')).toBe('no-store');
      vi.advanceTimersByTime(1_000);
      expect((await post('milestones', megabyte)).status).toBe(422);
    } finally {
      vi.useRealTimers();
      vi.unstubAllEnvs();
      resetUploadBudget();
    }
  });
});
