import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { DataDirNotice } = await import('@/components/data/data-dir-notice');
const { clearDatasetCache, loadDataset } = await import('@/lib/datasets/load');

const HEADER =
  'stage_id,stage_rank,name_zh,name_en,start,end,start_event_zh,start_event_en,end_event_zh,end_event_en,description_zh,description_en,source_slide';
const text = (html: string) => html.replace(/<[^>]+>/g, '');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-notice-'));
  vi.stubEnv('DATA_DIR', dir);
  clearDatasetCache();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  clearDatasetCache();
  rmSync(dir, { recursive: true, force: true });
});

describe('DataDirNotice', () => {
  test('a rejected DATA_DIR file is named with each problem’s line, column and reason, in the page’s language', async () => {
    writeFileSync(path.join(dir, 'stages.csv'), `${HEADER}\nexploration,1,摸索,Exploration,1992,2002-13,a,A,b,B,c,C,46\n`);
    const loaded = loadDataset('stages');
    const zh = text(renderToStaticMarkup(await DataDirNotice({ loaded, locale: 'zh' })));
    expect(zh).toContain('DATA_DIR/stages.csv 未通过检查');
    expect(zh).toContain('页面显示的是随附的 data/stages.csv');
    expect(zh).toContain('第 2 行，列 end：&quot;2002-13&quot; 不是日期');
    const en = text(renderToStaticMarkup(await DataDirNotice({ loaded, locale: 'en' })));
    expect(en).toContain('DATA_DIR/stages.csv did not pass the checks');
    expect(en).toContain('line 2, column end: &quot;2002-13&quot; is not a date');
  });

  test('an accepted DATA_DIR file is named as the source; without DATA_DIR there is no notice', async () => {
    writeFileSync(path.join(dir, 'stages.csv'), `${HEADER}\nexploration,1,摸索,Exploration,1992,2002-08,a,A,b,B,c,C,46\n`);
    const fromDir = renderToStaticMarkup(await DataDirNotice({ loaded: loadDataset('stages'), locale: 'en' }));
    expect(text(fromDir)).toBe('Loaded from DATA_DIR/stages.csv (instead of the shipped file).');
    vi.unstubAllEnvs();
    clearDatasetCache();
    expect(await DataDirNotice({ loaded: loadDataset('stages'), locale: 'en' })).toBeNull();
  });
});
