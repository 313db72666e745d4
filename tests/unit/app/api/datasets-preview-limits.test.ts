import { describe, expect, test, vi } from 'vitest';
import { MILESTONES_HEADER, milestoneRow } from './upload-fixtures';

vi.mock('server-only', () => ({}));
const { POST } = await import('@/app/api/datasets/[id]/preview/route');
const { PREVIEW_LIMITS, previewQueue } = await import('@/app/api/datasets/[id]/preview/render-preview');

type Body = { ok: boolean; rows?: unknown[]; chart?: string; html?: string; errors?: { code: string; message: string }[]; error?: string };

async function preview(id: string, body: BodyInit, locale = 'en', headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/datasets/${id}/preview?locale=${locale}`, { method: 'POST', body, headers });
  const response = await POST(request, { params: Promise.resolve({ id }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, size: text.length, body: JSON.parse(text) as Body };
}

const milestones = (count: number) =>
  [MILESTONES_HEADER, ...Array.from({ length: count }, (_, i) => milestoneRow(`event-${i}`, String(1990 + (i % 17))))].join('\n');

describe('POST /api/datasets/{id}/preview draws no more than a reader can use', () => {
  test(`up to ${PREVIEW_LIMITS.chartRows} rows are drawn as the chart`, async () => {
    const { status, body } = await preview('milestones', milestones(PREVIEW_LIMITS.chartRows));
    expect(status).toBe(200);
    expect(body.chart).toBe('drawn');
  });

  test('more rows than a chart can show: the table instead, with a note that says so, in both languages', async () => {
    const count = PREVIEW_LIMITS.chartRows + 1;
    const en = await preview('milestones', milestones(count));
    expect(en.status).toBe(200);
    expect(en.body.chart).toBe('too_many');
    expect(en.body.html).not.toContain('<svg');
    expect(en.body.html).toContain(`A chart is drawn from at most ${PREVIEW_LIMITS.chartRows} rows and these data have ${count}`);
    expect(en.body.html?.match(/<tr>/g)).toHaveLength(count + 1);
    const zh = await preview('milestones', milestones(count), 'zh');
    expect(zh.body.html).toContain(`图表最多根据 ${PREVIEW_LIMITS.chartRows} 行数据绘制，这份数据有 ${count} 行`);
  });

  test(`the table lists the first ${PREVIEW_LIMITS.tableRows} rows and its caption gives the full count; every row still comes back as data`, async () => {
    const { status, body, size } = await preview('milestones', milestones(4_000));
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(4_000);
    expect(body.html?.match(/<tr>/g)).toHaveLength(PREVIEW_LIMITS.tableRows + 1);
    expect(body.html).toContain('the first 200 of 4,000 rows');
    expect(body.html).toContain('event-199');
    expect(body.html).not.toContain('event-200<');
    expect(size).toBeLessThan(2_000_000);
    const zh = await preview('milestones', milestones(4_000), 'zh');
    expect(zh.body.html).toContain('共 4,000 行，显示前 200 行');
  });

  test('a form upload is a 415 that says how to send the file', async () => {
    const form = new FormData();
    form.append('file', new Blob([milestones(2)]), 'milestones.csv');
    const { status, body } = await preview('milestones', form);
    expect(status).toBe(415);
    expect(body.errors?.[0]?.code).toBe('multipart_form');
  });

  test('when previews are already being drawn and eight wait, another is told to retry shortly (503)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = Array.from({ length: 10 }, () => previewQueue.run(() => gate));
    expect(previewQueue.load).toEqual({ running: 2, waiting: 8 });
    const busy = await preview('milestones', milestones(2));
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('2');
    expect(busy.body.error).toContain('busy');
    release();
    await Promise.all(held);
    expect((await preview('milestones', milestones(2))).status).toBe(200);
  });
});
