import { describe, expect, test, vi } from 'vitest';
import { MILESTONES_HEADER, milestoneRow } from './upload-fixtures';

vi.mock('server-only', () => ({}));
const list = await import('@/app/api/datasets/route');
const one = await import('@/app/api/datasets/[id]/route');
const validate = await import('@/app/api/datasets/[id]/validate/route');
const preview = await import('@/app/api/datasets/[id]/preview/route');

const ORIGIN = { Origin: 'https://elsewhere.example' };
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}`, { headers: { ...ORIGIN, ...headers } });

describe('the public data API may be read by scripts on any site', () => {
  test('GET /api/datasets and every format of GET /api/datasets/{id} send Access-Control-Allow-Origin: *', async () => {
    const answers = [
      list.GET(get('/api/datasets')),
      await one.GET(get('/api/datasets/milestones'), params('milestones')),
      await one.GET(get('/api/datasets/milestones?format=csv'), params('milestones')),
      await one.GET(get('/api/datasets/milestones?format=template&header=zh'), params('milestones')),
    ];
    for (const response of answers) {
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    }
  });

  test('so are its errors and its 304s, so a script can tell why and revalidate', async () => {
    const missing = await one.GET(get('/api/datasets/nope'), params('nope'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('*');
    const first = await one.GET(get('/api/datasets/stages'), params('stages'));
    const again = await one.GET(get('/api/datasets/stages', { 'If-None-Match': first.headers.get('etag')! }), params('stages'));
    expect(again.status).toBe(304);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('OPTIONS answers the preflight a GET with If-None-Match needs', async () => {
    for (const response of [list.OPTIONS(), one.OPTIONS()]) {
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-allow-methods')).toContain('GET');
      expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    }
  });

  test('the upload checks (validate, preview) do not: other sites’ scripts cannot use them', async () => {
    const csv = [MILESTONES_HEADER, milestoneRow('a', '2003')].join('\n');
    const post = (path: string) => new Request(`http://localhost${path}`, { method: 'POST', body: csv, headers: ORIGIN });
    const answers = [
      await validate.POST(post('/api/datasets/milestones/validate'), params('milestones')),
      await preview.POST(post('/api/datasets/milestones/preview?locale=en'), params('milestones')),
      await validate.POST(post('/api/datasets/nope/validate'), params('nope')),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 404]);
    for (const response of answers) expect(response.headers.has('access-control-allow-origin')).toBe(false);
    expect('OPTIONS' in validate).toBe(false);
  });
});
