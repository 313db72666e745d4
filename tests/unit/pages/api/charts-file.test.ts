import type { NextApiRequest, NextApiResponse } from 'next';
import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { default: chartImage } = await import('@/pages/api/charts/[file]');

/** Just enough of Node's response to see what the handler sends. */
function fakeResponse() {
  const headers: Record<string, string | number> = {};
  const sent: { status: number; body?: Buffer; headers: typeof headers } = { status: 200, headers };
  const res = {
    set statusCode(value: number) {
      sent.status = value;
    },
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = value;
    },
    status(value: number) {
      sent.status = value;
      return res;
    },
    end: (body?: Buffer) => {
      sent.body = body;
    },
  };
  return { res: res as unknown as NextApiResponse, sent };
}

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  ({ method, url, headers, query: { file: url.split('?')[0]!.split('/').pop() } }) as unknown as NextApiRequest;

describe('pages/api/charts/[file] (served at /charts/{file})', () => {
  test('sends the PNG with its Content-Length, not chunked', async () => {
    const { res, sent } = fakeResponse();
    await chartImage(request('/charts/coverage.png?preset=4x3'), res);
    expect(sent.status).toBe(200);
    expect(sent.headers['content-type']).toBe('image/png');
    expect(sent.headers['content-length']).toBe(sent.body!.byteLength);
    expect([...sent.body!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  }, 30_000);

  test('answers HEAD with the length and no body, and a matching ETag with 304', async () => {
    const head = fakeResponse();
    await chartImage(request('/charts/coverage.svg', {}, 'HEAD'), head.res);
    expect(head.sent.body).toBeUndefined();
    expect(Number(head.sent.headers['content-length'])).toBeGreaterThan(1000);
    const cached = fakeResponse();
    await chartImage(request('/charts/coverage.svg', { 'if-none-match': String(head.sent.headers.etag) }), cached.res);
    expect(cached.sent.status).toBe(304);
  });

  test('answers a PNG’s weak ETag with 304', async () => {
    const first = fakeResponse();
    await chartImage(request('/charts/coverage.png?preset=4x3'), first.res);
    const cached = fakeResponse();
    await chartImage(request('/charts/coverage.png?preset=4x3', { 'if-none-match': `W/${String(first.sent.headers.etag)}` }), cached.res);
    expect(cached.sent.status).toBe(304);
    expect(cached.sent.body).toBeUndefined();
  }, 30_000);

  test.each(['__proto__', 'constructor'])('answers ?%s=x with 400 Unknown parameter', async (name) => {
    const { res, sent } = fakeResponse();
    await chartImage(request(`/charts/coverage.png?${name}=x`), res);
    expect(sent.status).toBe(400);
    expect(JSON.parse(sent.body!.toString())).toMatchObject({ error: `Unknown parameter "${name}".` });
  });

  test('passes 400s through and refuses POST', async () => {
    const bad = fakeResponse();
    await chartImage(request('/charts/coverage.png?w=9'), bad.res);
    expect(bad.sent.status).toBe(400);
    const post = fakeResponse();
    await chartImage(request('/charts/coverage.png', {}, 'POST'), post.res);
    expect(post.sent.status).toBe(405);
  });
});
