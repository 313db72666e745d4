import { describe, expect, test } from 'vitest';
import { allowAnyOrigin, preflightForGet } from '@/lib/http/cors';

describe('CORS for the public data API', () => {
  test('allowAnyOrigin lets scripts on any site read the answer, its ETag and file name included', () => {
    const response = allowAnyOrigin(Response.json({ ok: true }));
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Content-Disposition');
  });

  test('the preflight allows GET with If-None-Match, and is remembered for a day', () => {
    const response = preflightForGet();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('access-control-allow-headers')).toBe('If-None-Match');
    expect(response.headers.get('access-control-max-age')).toBe('86400');
  });
});
