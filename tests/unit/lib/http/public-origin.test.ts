import { afterEach, describe, expect, test, vi } from 'vitest';
import { getPinnedOrigin, getPublicOrigin } from '@/lib/http/public-origin';

const BOUND = 'http://127.0.0.1:3901/en/coverage';
const origin = (headers: Record<string, string>) => getPublicOrigin(new Headers(headers), BOUND);

afterEach(() => vi.unstubAllEnvs());

describe('getPublicOrigin(headers, fallback)', () => {
  test('takes the host and scheme nginx forwards, not the address the server is bound to', () => {
    expect(origin({ host: 'dash.example.edu', 'x-forwarded-proto': 'https' })).toBe('https://dash.example.edu');
    expect(origin({ host: '127.0.0.1:3901', 'x-forwarded-host': 'dash.example.edu', 'x-forwarded-proto': 'https' })).toBe(
      'https://dash.example.edu',
    );
  });

  test('takes the first value of a list, as proxies in a chain append theirs', () => {
    expect(origin({ 'x-forwarded-host': 'dash.example.edu, internal:8080', 'x-forwarded-proto': 'https,http' })).toBe(
      'https://dash.example.edu',
    );
  });

  test('reads RFC 7239 Forwarded when the X-Forwarded headers are absent', () => {
    expect(origin({ forwarded: 'for=1.2.3.4;host="dash.example.edu:8443";proto=https, for=5.6.7.8' })).toBe(
      'https://dash.example.edu:8443',
    );
  });

  test('without proxy headers, the Host the browser used (and the fallback scheme)', () => {
    expect(origin({ host: '127.0.0.1:3901' })).toBe('http://127.0.0.1:3901');
    expect(origin({})).toBe('http://127.0.0.1:3901');
  });

  test('ignores values that are not a plain host or scheme, so nothing foreign reaches a URL', () => {
    for (const host of ['evil.com/x', 'a b', 'evil.com@x', '"><script>', 'x:99999']) {
      expect(origin({ 'x-forwarded-host': host, host: 'dash.example.edu' })).toMatch(/^http:\/\/(dash\.example\.edu|127\.0\.0\.1:3901)$/);
    }
    expect(origin({ host: 'dash.example.edu', 'x-forwarded-proto': 'javascript' })).toBe('http://dash.example.edu');
  });

  test('PUBLIC_ORIGIN pins the origin whatever the headers say', () => {
    vi.stubEnv('PUBLIC_ORIGIN', 'https://dash.example.edu/');
    expect(origin({ host: 'attacker.example', 'x-forwarded-proto': 'http' })).toBe('https://dash.example.edu');
  });

  test('a PUBLIC_ORIGIN that is not an http(s) URL is an error, not a silent fallback', () => {
    expect(() => getPinnedOrigin('ftp://dash.example.edu')).toThrow(/PUBLIC_ORIGIN/);
    expect(() => getPinnedOrigin('dash.example.edu')).toThrow();
    expect(getPinnedOrigin('')).toBeNull();
  });
});
