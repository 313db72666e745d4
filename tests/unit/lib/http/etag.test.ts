import { describe, expect, test } from 'vitest';
import { getEtag, withEtag } from '@/lib/http/etag';
import { matchesIfNoneMatch } from '@/lib/http/if-none-match';

const BODY = '{"rows":[]}';
const ETAG = getEtag(BODY);
const HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Encoding' };

const ask = (ifNoneMatch?: string) =>
  withEtag(
    new Request('http://localhost/api/x', { headers: ifNoneMatch === undefined ? {} : { 'If-None-Match': ifNoneMatch } }),
    BODY,
    HEADERS,
  );

describe('matchesIfNoneMatch(header, etag), as RFC 9110 §13.1.2 says', () => {
  test('compares weakly: W/"x" (what nginx’s gzip sends back) matches "x", and the other way round', () => {
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('"ABC"', '"abc"')).toBe(false);
  });

  test('* matches any representation; an absent or empty header matches none', () => {
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch(' * ', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('', '"abc"')).toBe(false);
  });

  test('finds the tag anywhere in a list, with any whitespace around the commas', () => {
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x",W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x" ,\t W/"abc" , "y"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "y"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('abc', '"abc"')).toBe(false);
  });
});

describe('withEtag(request, body, headers)', () => {
  test('answers 200 with the body, its ETag and length when the client has nothing or something else', async () => {
    for (const response of [ask(), ask('"other"')]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toBe(ETAG);
      expect(response.headers.get('content-length')).toBe(String(BODY.length));
      expect(await response.text()).toBe(BODY);
    }
  });

  test('answers 304 to the same tag, weakened, in a list, or *, repeating ETag, Cache-Control and Vary', async () => {
    for (const ifNoneMatch of [ETAG, `W/${ETAG}`, `"stale",  W/${ETAG}`, '*']) {
      const response = ask(ifNoneMatch);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('etag')).toBe(ETAG);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toBeNull();
    }
  });

  test('a 304 leaves out Vary when the 200 has none, and keeps CORS headers given to it', () => {
    const request = new Request('http://localhost/api/x', { headers: { 'If-None-Match': ETAG } });
    const response = withEtag(request, BODY, { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' });
    expect(response.status).toBe(304);
    expect(response.headers.has('vary')).toBe(false);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  test('an error answer is never turned into a 304', () => {
    const request = new Request('http://localhost/api/x', { headers: { 'If-None-Match': '*' } });
    expect(withEtag(request, BODY, HEADERS, 404).status).toBe(404);
  });
});
