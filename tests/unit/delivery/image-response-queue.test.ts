import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
// Drawings that finish when the test says so, so the queue can be filled without timing anything.
const drawings = vi.hoisted(() => ({ started: [] as { svg: string; finish: (png: Uint8Array) => void }[] }));
vi.mock('@/lib/charts/image-png', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/charts/image-png')>()),
  renderPng: vi.fn((svg: string) => new Promise<Uint8Array>((finish) => drawings.started.push({ svg, finish }))),
}));
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { renderPng } = await import('@/lib/charts/image-png');
const { getImageEtag } = await import('@/delivery/image-etag');
const { parseImageParams } = await import('@/lib/charts/image-params');

const CHART = getAvailableChartIds()[0]!;
const FAKE_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const get = (query: string, headers: Record<string, string> = {}) =>
  respondChartImage(new Request(`http://localhost/charts/${CHART}.png?${query}`, { headers }), `${CHART}.png`);

/** Finishes drawings as they start until every response has come back. */
async function finishAll(responses: Promise<Response>[]): Promise<Response[]> {
  let done = false;
  const all = Promise.all(responses).finally(() => (done = true));
  while (!done) {
    // Finishing a drawing twice does nothing, so every one started so far is simply finished again.
    for (const { finish } of drawings.started) finish(FAKE_PNG);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return all;
}

describe('GET /charts/{chart}.png under load', { timeout: 30_000 }, () => {
  test('a conditional request matching the PNG’s ETag gets 304 without anything being drawn', async () => {
    const params = parseImageParams(new URLSearchParams('preset=16x9&scale=3&lang=en&theme=dark'), { allowsView: false, charts: [] });
    const etag = getImageEtag(CHART, 'png', params.ok ? params.params : expect.fail(params.error));
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const response = await get('preset=16x9&scale=3&lang=en&theme=dark', { 'if-none-match': ifNoneMatch });
      expect(response.status).toBe(304);
      expect(response.headers.get('etag')).toBe(etag);
    }
    expect(renderPng).not.toHaveBeenCalled();

    const other = get('preset=16x9&scale=3&lang=en&theme=dark', { 'if-none-match': '"other"' });
    const [drawn] = await finishAll([other]);
    expect(drawn!.status).toBe(200);
    expect(drawn!.headers.get('etag')).toBe(etag);
    expect(renderPng).toHaveBeenCalledTimes(1);
  });

  test('twenty clients asking for the same new PNG share one drawing', async () => {
    vi.mocked(renderPng).mockClear();
    const responses = await finishAll(Array.from({ length: 20 }, () => get('w=800&h=450')));
    expect(responses.map(({ status }) => status)).toEqual(Array(20).fill(200));
    expect(renderPng).toHaveBeenCalledTimes(1);
    expect(new Uint8Array(await responses[0]!.arrayBuffer())).toEqual(FAKE_PNG);
  });

  test('with one drawing running and eight waiting, the next new PNG gets 503 with Retry-After', async () => {
    drawings.started.length = 0;
    let settled = 0;
    const responses = Array.from({ length: 10 }, (_, i) => get(`w=${1000 + i}&h=600`).finally(() => settled++));
    await vi.waitFor(() => expect(settled).toBe(1), { timeout: 20_000 });
    expect(drawings.started).toHaveLength(1);
    const statuses = (await finishAll(responses)).map(({ status }) => status);
    expect(statuses.toSorted()).toEqual([...Array(9).fill(200), 503]);
    const busy = (await Promise.all(responses)).find(({ status }) => status === 503)!;
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(busy.headers.get('cache-control')).toBe('no-store');
    expect(((await busy.json()) as { error: string }).error).toMatch(/busy/);
  });
});
