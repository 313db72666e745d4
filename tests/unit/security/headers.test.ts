import { createRequire } from 'node:module';
import { afterEach, describe, expect, test, vi } from 'vitest';

const require = createRequire(import.meta.url);
// The matcher Next itself uses for `source` patterns.
const { pathToRegexp } = require('next/dist/compiled/path-to-regexp') as { pathToRegexp: (source: string) => RegExp };
const CONFIG_PATH = require.resolve('../../../next.config.js');

type Header = { key: string; value: string };
type HeaderRule = { source: string; headers: Header[] };

/** next.config.js as Next would load it with this NODE_ENV. */
async function loadHeaderRules(nodeEnv: 'production' | 'development'): Promise<HeaderRule[]> {
  vi.stubEnv('NODE_ENV', nodeEnv);
  delete require.cache[CONFIG_PATH];
  const config = require(CONFIG_PATH) as { headers: () => Promise<HeaderRule[]> };
  return config.headers();
}

function getHeadersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (pathToRegexp(rule.source).test(pathname)) {
      for (const { key, value } of rule.headers) headers[key.toLowerCase()] = value;
    }
  }
  return headers;
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete require.cache[CONFIG_PATH];
});

describe('next.config.js headers()', () => {
  test('every route gets nosniff, a referrer policy, a permissions policy and a CSP', async () => {
    const rules = await loadHeaderRules('production');
    for (const pathname of ['/zh', '/en/timeline', '/api/datasets', '/charts/coverage.png', '/embed/coverage']) {
      const headers = getHeadersFor(rules, pathname);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['content-security-policy']).toContain("default-src 'self'");
    }
  });

  test("the production CSP never allows 'unsafe-eval' and keeps plugins and foreign bases out", async () => {
    const rules = await loadHeaderRules('production');
    const csp = getHeadersFor(rules, '/zh')['content-security-policy']!;
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  });

  test('embeds may be framed by any site; every other route by none', async () => {
    const rules = await loadHeaderRules('production');
    expect(getHeadersFor(rules, '/embed/coverage')['content-security-policy']).toContain('frame-ancestors *');
    expect(getHeadersFor(rules, '/embed/coverage')['x-frame-options']).toBeUndefined();
    for (const pathname of ['/', '/zh', '/en/timeline', '/api/datasets', '/charts/coverage.png']) {
      expect(getHeadersFor(rules, pathname)['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(getHeadersFor(rules, pathname)['x-frame-options']).toBe('DENY');
    }
  });

  test("the development CSP allows 'unsafe-eval', which the dev server's refresh needs", async () => {
    const rules = await loadHeaderRules('development');
    expect(getHeadersFor(rules, '/zh')['content-security-policy']).toContain("'unsafe-eval'");
  });
});
