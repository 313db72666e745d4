import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getCommonChartCharacters, getFullChartCharacters } from '@/lib/fonts/chart-font-characters';
import { ChartFontMissingError, loadChartFontFiles } from '@/lib/fonts/chart-fonts';
import { getGb2312Characters } from '@/lib/fonts/gb2312';

describe('getGb2312Characters', () => {
  test('has the 6,763 hanzi of GB2312 and its symbols, and no ASCII', () => {
    const characters = [...getGb2312Characters()];
    expect(characters.filter((char) => char >= '\u4e00' && char <= '\u9fff')).toHaveLength(6763);
    expect(characters).toEqual(expect.arrayContaining(['政', '务', '，', '。', '“', '”', '（', '）']));
    expect(characters.some((char) => char.codePointAt(0)! < 0x80)).toBe(false);
  });
});

describe('getCommonChartCharacters', () => {
  test('covers ASCII, punctuation and every character of the messages and data, and not much else', () => {
    const characters = new Set(getCommonChartCharacters());
    for (const char of 'Aa0%…—–·×÷→“”（）覆盖率国务院') expect(characters.has(char)).toBe(true);
    expect(characters.size).toBeLessThan(2500);
  });
});

describe('getFullChartCharacters', () => {
  test('adds all of GB2312', () => {
    const characters = new Set(getFullChartCharacters());
    for (const char of '覆盖率齄鼹') expect(characters.has(char)).toBe(true);
  });
});

describe('loadChartFontFiles', () => {
  test('gives a small regular and bold TTF for the site’s own text, made once per process', async () => {
    const files = await loadChartFontFiles('政府网站覆盖率 Coverage');
    expect(files.map((file) => file.replace(/.*\//, '').replace(/-\w+\.ttf$/, ''))).toEqual([
      'NotoSansSC_400Regular',
      'NotoSansSC_700Bold',
    ]);
    for (const file of files) expect(statSync(file).size).toBeLessThan(1_000_000);
    expect(await loadChartFontFiles('国务院')).toBe(files);
  }, 30_000);

  test('gives the GB2312 subset for text beyond the messages and data', async () => {
    const files = await loadChartFontFiles('鼹鼠');
    for (const file of files) expect(statSync(file).size).toBeGreaterThan(2_000_000);
  }, 30_000);

  test('fails with a message naming the font when the package is missing', async () => {
    await expect(loadChartFontFiles('', '/nonexistent-project')).rejects.toBeInstanceOf(ChartFontMissingError);
    await expect(loadChartFontFiles('', '/nonexistent-project')).rejects.toThrow(/NotoSansSC_400Regular\.ttf.*empty boxes/);
  });
});
