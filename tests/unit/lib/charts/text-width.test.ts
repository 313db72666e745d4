import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Blob, Buffer, Face, Font, shape } from 'harfbuzzjs';
import { describe, expect, test } from 'vitest';
import { getTextWidth, getWrapTokens, wrapText } from '@/lib/charts/text-width';
import { toStraightQuotes } from '@/lib/charts/image-png';
import { CHART_FONT_SOURCES } from '@/lib/fonts/chart-fonts';

/** A line's width in a font file, shaped by HarfBuzz as a renderer would, in ems. */
function getShapedWidth(font: { font: Font; upem: number }, text: string): number {
  const buffer = new Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  shape(font.font, buffer);
  // A character the font lacks (glyph 0) is not drawn in it.
  const glyphs = buffer.getGlyphInfos();
  return buffer.getGlyphPositions().reduce((sum, glyph, i) => sum + (glyphs[i]!.codepoint === 0 ? 0 : glyph.xAdvance), 0) / font.upem;
}

function loadFont(file: string) {
  const face = new Face(new Blob(readFileSync(file).buffer as ArrayBuffer), 0);
  return { font: new Font(face), upem: face.upem };
}

/** Every text of the messages and every line of the data, in both languages. */
function getSiteTexts(): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const locale of ['zh', 'en'])
    for (const file of readdirSync(path.join('messages', locale)))
      collect(JSON.parse(readFileSync(path.join('messages', locale, file), 'utf8')));
  for (const file of readdirSync('data').filter((name) => name.endsWith('.csv')))
    texts.push(...readFileSync(path.join('data', file), 'utf8').split('\n').filter(Boolean));
  return texts;
}

describe('getTextWidth', () => {
  const texts = getSiteTexts();
  // English images straighten curly quotes (the font's are full-width); Chinese text keeps them full-width.
  const asDrawn = (text: string) =>
    /[\u2e80-\u9fff]/.test(text)
      ? text
      : toStraightQuotes(text)
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"');

  test.each([
    ['regular', 400, CHART_FONT_SOURCES[0]!],
    ['bold', 700, CHART_FONT_SOURCES[1]!],
  ] as const)('is never narrower than the %s image font (Noto Sans SC) draws any message or data line', (_, weight, file) => {
    const font = loadFont(file);
    expect(texts.length).toBeGreaterThan(500);
    const narrow = texts.filter((text) => getTextWidth(text, 100, weight) < 100 * getShapedWidth(font, asDrawn(text)) - 0.5);
    expect(narrow).toEqual([]);
  });

  test('errs wide by no more than the browser’s wider fallback font does: English labels within 15 % of the image font', () => {
    const font = loadFont(CHART_FONT_SOURCES[0]!);
    const english = texts.filter((text) => !/[\u2e80-\u9fff]/.test(text) && text.length > 3);
    const estimated = english.reduce((sum, text) => sum + getTextWidth(text, 1), 0);
    const drawn = english.reduce((sum, text) => sum + getShapedWidth(font, asDrawn(text)), 0);
    expect(estimated / drawn).toBeGreaterThan(1);
    expect(estimated / drawn).toBeLessThan(1.15);
  });

  test('counts curly quotes full-width in Chinese and as straight quotes in English, bold wider than regular', () => {
    expect(getTextWidth('“号”', 10)).toBe(30);
    expect(getTextWidth('France’s', 10)).toBeCloseTo(getTextWidth("France's", 10));
    expect(getTextWidth('Provinces', 20, 700)).toBeGreaterThan(getTextWidth('Provinces', 20));
  });
});

const SINGLE_CHARACTER = /^[\u3400-\u9fff][，。、；：！？）》」』”]*$/;

describe('wrapText', () => {
  // Titles from the deck that used to leave a character alone on a line ("开/通", "印/发", "纲/要").
  const TITLES = [
    '中央人民政府门户网站开通',
    '《2006—2020年国家信息化发展战略》印发',
    '全国政府系统政务信息化建设2001—2005年规划纲要',
    '国务院办公厅下发建设全国政府行政首脑机关办公决策服务系统的通知',
    '“17号文件”：国家信息化领导小组关于我国电子政务建设指导意见',
  ];

  test.each(TITLES)('breaks %s between phrases at every width of five characters or more: no line is a lone character', (title) => {
    for (let width = 100; width <= 600; width += 10) {
      const lines = wrapText(title, 20, width);
      expect(lines.join('')).toBe(title);
      expect(
        lines.filter((line) => SINGLE_CHARACTER.test(line)),
        `${width}`,
      ).toEqual([]);
    }
  });

  test('keeps a note marker with the word it annotates, in Chinese and English', () => {
    expect(getWrapTokens('拥有个人电脑的家庭：约 1000万⁴').at(-1)).toMatch(/万⁴$/);
    for (let width = 80; width <= 400; width += 5) {
      for (const line of wrapText('拥有个人电脑的家庭：约 1000万⁴', 22, width)) expect(line).not.toMatch(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
      for (const line of wrapText('Households online: 7 million⁵', 22, width)) expect(line).not.toMatch(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    }
  });

  test('Latin text breaks at spaces and keeps every word whole', () => {
    expect(wrapText('Fifth meeting of the National Informatisation Leading Group', 20, 200)).toEqual([
      'Fifth meeting of the',
      'National',
      'Informatisation',
      'Leading Group',
    ]);
  });
});
