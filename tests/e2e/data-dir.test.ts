import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './browser';
import { E2E_PORT } from './server';
import { startTestServer, type RunningServer } from './start-server';

// A lecturer's own folder: their province's coverage, and a milestones file with a bad date.
const COVERAGE =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide\n' +
  'province-bodies,1,省直部门,Provincial departments,48,exact,87,exact,2024-06,,,58\n' +
  'county-bodies,2,县级部门,County departments,300,about,41,exact,2024-06,,,58\n';

let dir: string;
let server: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-e2e-data-dir-'));
  writeFileSync(path.join(dir, 'website-coverage.csv'), COVERAGE);
  writeFileSync(path.join(dir, 'milestones.csv'), 'id,date\nbad,2002-13-01\n');
  // The UN's EGDI export as a user downloads it (made-up values; France has no e-participation in 2020).
  copyFileSync(path.resolve('tests/fixtures/EGOV_DATA.csv'), path.join(dir, 'EGOV_DATA_2022.csv'));
  // Mistakes that must not take the site down: a folder, a named pipe and a 200 MB file under datasets' names.
  mkdirSync(path.join(dir, 'stages.csv'));
  execFileSync('mkfifo', [path.join(dir, 'application-modes.csv')]);
  writeFileSync(path.join(dir, 'france-internet.csv'), '');
  truncateSync(path.join(dir, 'france-internet.csv'), 200 * 1024 * 1024);
  server = await startTestServer(E2E_PORT + 1, { DATA_DIR: dir });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('DATA_DIR set when the server starts (no rebuild)', () => {
  test('the startup log says which files it uses and which it rejected, with line and column', () => {
    expect(server.log()).toContain(`DATA_DIR=${dir}: using DATA_DIR/website-coverage.csv`);
    expect(server.log()).toContain(
      'rejected (shipped file served, problems above): milestones, france-internet, stages, application-modes',
    );
    expect(server.log()).toMatch(/DATA_DIR\/milestones\.csv line \d+/);
    expect(server.log()).toContain('DATA_DIR/stages.csv: is not a regular file');
    expect(server.log()).toContain('DATA_DIR/application-modes.csv: is not a regular file');
    expect(server.log()).toContain('DATA_DIR/france-internet.csv: the file is larger than 10485760 bytes');
  });

  test('the coverage page and the overview draw the folder’s figures', async () => {
    // The chart's description is generated from the rows it draws.
    const chartLabel = (html: string) => /<svg\b[^>]*role="img"[^>]*aria-label="([^"]*)"/.exec(html)?.[1] ?? '';
    const coverage = chartLabel(await (await fetch(`${server.baseUrl}/en/coverage`)).text());
    expect(coverage).toContain('Provincial departments 87%; County departments 41%');
    expect(coverage).not.toContain('State Council');
    const overview = chartLabel(await (await fetch(`${server.baseUrl}/en`)).text());
    expect(overview).toContain('87% Provincial departments with a website by 2024');
    expect(overview).not.toContain('State Council');
  });

  test('the rejected file keeps the shipped timeline, and the data page says what to fix', async () => {
    const timeline = await (await fetch(`${server.baseUrl}/en/timeline`)).text();
    expect(timeline).toContain('data-id="document-17"');
    const data = await (await fetch(`${server.baseUrl}/en/data/milestones`)).text();
    expect(data).toContain('DATA_DIR/milestones.csv');
    expect(data).toMatch(/line \d+/);
    expect(data).not.toContain(dir);
  });

  test('a folder, a pipe and an oversized file are named on their data pages while the shipped data serves', async () => {
    for (const [id, says] of [
      ['stages', 'is not a regular file'],
      ['application-modes', 'is not a regular file'],
      ['france-internet', 'larger than 10485760 bytes'],
    ] as const) {
      const response = await fetch(`${server.baseUrl}/en/data/${id}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`DATA_DIR/${id}.csv`);
      expect(html).toContain(says);
      expect(html).not.toContain(dir);
    }
    expect((await fetch(`${server.baseUrl}/en/application-modes`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/charts/france.png?w=640&h=360`)).status).toBe(200);
  });

  test('a user’s EGDI file has its own page: the credit said once, the rows under the file’s name, no empty line in a phone’s card', async () => {
    const html = await (await fetch(`${server.baseUrl}/en/data/egdi`)).text();
    expect(html).toContain('Data: UN DESA, United Nations E-Government Survey');
    expect(html).not.toContain('Source: Data:');
    expect(html).toContain('The data from DATA_DIR/EGOV_DATA_2022.csv');
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.baseUrl}/en/data/egdi`);
    const france2020 = await page
      .locator('.rows-table tbody tr')
      .evaluateAll((rows) =>
        rows
          .map((row) =>
            [...row.querySelectorAll('th, td')].filter((cell) => cell.getClientRects().length > 0).map((cell) => cell.textContent),
          )
          .find((cells) => cells[0] === '2020' && cells[1] === 'France'),
      );
    // Six cells with a value; the empty e-participation index is left out of the card rather than shown as a bare label.
    expect(france2020).toEqual(['2020', 'France', '102', '0.2222', '0.2', '0.22', '0.2466']);
    await browser.close();
  });
});
