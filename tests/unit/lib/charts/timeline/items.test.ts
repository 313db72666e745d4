import { describe, expect, test } from 'vitest';
import { loadTimelineInput } from './fixtures';

describe('toTimelineInput', () => {
  test('dates read at their precision in English', async () => {
    const { items } = await loadTimelineInput('en');
    const dateOf = (id: string) => items.find((i) => i.id === id)!.dateText;
    expect(dateOf('office-decision-system-notice')).toBe('1992 (year only)');
    expect(dateOf('three-golden-projects')).toBe('end of 1993');
    expect(dateOf('government-website-pilots')).toBe('around 1995');
    expect(dateOf('office-automation-notice')).toBe('May 2000');
    expect(dateOf('document-17')).toBe('17 Aug 2002');
  });

  test('dates read at their precision in Chinese', async () => {
    const { items } = await loadTimelineInput('zh');
    const dateOf = (id: string) => items.find((i) => i.id === id)!.dateText;
    expect(dateOf('office-decision-system-notice')).toBe('1992年（仅年份）');
    expect(dateOf('three-golden-projects')).toBe('1993年底');
    expect(dateOf('government-website-pilots')).toBe('1995年左右');
    expect(dateOf('document-17')).toBe('2002年8月17日');
  });

  test('tooltips give date, title and stage in the page language', async () => {
    const en = (await loadTimelineInput('en')).items.find((i) => i.id === 'document-17')!;
    expect(en.tip).toBe('17 Aug 2002: Document No. 17: the Leading Group’s guidelines on building e-government (Development)');
    const zh = (await loadTimelineInput('zh')).items.find((i) => i.id === 'document-17')!;
    expect(zh.tip).toBe('2002年8月17日：“17号文件”：国家信息化领导小组关于我国电子政务建设指导意见（发展阶段）');
  });

  test('milestones come in date order, stages with their periods', async () => {
    const { items, stages } = await loadTimelineInput('en');
    const times = items.map((i) => i.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(items[0]!.id).toBe('office-decision-system-notice');
    expect(stages.map((s) => [s.id, s.start, s.end])).toEqual([
      ['exploration', 1992, 2002 + 8 / 12],
      ['development', 2002 + 7 / 12, 2006],
      ['maturity', 2006, null],
    ]);
  });
});
