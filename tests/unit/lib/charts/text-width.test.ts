import { describe, expect, test } from 'vitest';
import { getWrapTokens, wrapText } from '@/lib/charts/text-width';

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
