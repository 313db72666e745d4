import type { NextApiRequest, NextApiResponse } from 'next';
import { describe, expect, test, vi } from 'vitest';
import { WorkQueueFullError } from '@/lib/http/work-queue';

vi.mock('server-only', () => ({}));
vi.mock('@/lib/charts/image-png-drawing', () => ({ pngDrawer: { draw: () => Promise.reject(new WorkQueueFullError(5)) } }));
const { default: chartImage } = await import('@/pages/api/charts/[file]');

describe('pages/api/charts/[file] when the PNG queue is full', () => {
  test('passes 503 with Retry-After and no-store through to the client', async () => {
    const headers: Record<string, string | number> = {};
    const sent: { status?: number; body?: Buffer } = {};
    const res = {
      set statusCode(value: number) {
        sent.status = value;
      },
      setHeader: (name: string, value: string | number) => {
        headers[name.toLowerCase()] = value;
      },
      end: (body?: Buffer) => {
        sent.body = body;
      },
    } as unknown as NextApiResponse;
    const req = {
      method: 'GET',
      url: '/charts/coverage.png?preset=16x9&scale=3',
      headers: {},
      query: { file: 'coverage.png' },
    } as unknown as NextApiRequest;
    await chartImage(req, res);
    expect(sent.status).toBe(503);
    expect(headers['retry-after']).toBe('5');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['content-length']).toBe(sent.body!.byteLength);
    expect(JSON.parse(sent.body!.toString())).toMatchObject({ error: expect.stringMatching(/busy/) });
  }, 30_000);
});
