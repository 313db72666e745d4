import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHostileClients } from '../../scripts/bench/hostile.mjs';
import { launchBrowser } from './browser';
import { CHART_SVG } from './pages';
import { BASE_URL } from './server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('under hostile traffic', () => {
  test('a student’s pages keep answering with their charts while 1 MB junk uploads and new scale-3 PNGs pour in', async () => {
    const hostile = startHostileClients(BASE_URL, { uploads: 2, images: 2, junk: 1 });
    try {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
      for (const path of ['/zh/coverage', '/en/timeline', '/zh', '/en/france', '/zh/data/milestones']) {
        const response = await tab.goto(`${BASE_URL}${path}`);
        expect([path, response?.status()]).toEqual([path, 200]);
        expect(await tab.content()).toMatch(CHART_SVG);
        const api = await fetch(`${BASE_URL}/api/datasets`);
        expect(api.status).toBe(200);
      }
      await tab.close();
    } finally {
      const statuses = await hostile.stop();
      // Every hostile request was answered: refused as too large, invalid or busy, never a server error.
      expect(Object.keys(statuses).sort()).toEqual(['image', 'junk', 'upload']);
      for (const [kind, byStatus] of Object.entries(statuses)) {
        for (const status of Object.keys(byStatus))
          expect([kind, status]).toEqual([kind, expect.stringMatching(/^(200|304|404|413|422|503)$/)]);
      }
    }
  }, 120_000);
});
