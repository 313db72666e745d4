import { describe, expect, test } from 'vitest';
import { validateCsv } from '@/lib/csv/validate-csv';
import { formatProblem } from '@/lib/datasets/problems';
import { milestones } from '@/lib/datasets/milestones';
import { websiteCoverage } from '@/lib/datasets/website-coverage';

const HEADER = 'id,date,date_qualifier,stage,category,title_zh,title_en,summary_zh,summary_en,note_zh,note_en,source_slide';
const row = (id: string, date: string, extra: Partial<Record<'stage' | 'slide' | 'category', string>> = {}) =>
  `${id},${date},,${extra.stage ?? 'development'},${extra.category ?? 'policy'},标题,Title,摘要,Summary,,,${extra.slide ?? '52'}`;

describe('validateCsv(text, milestones)', () => {
  test('names the line, column and value of a bad date', () => {
    const text = [
      HEADER,
      row('a', '2002'),
      row('b', '2002-08'),
      row('c', '2002-08-17'),
      row('d', '2003'),
      row('e', '2004'),
      row('f', '2002-13-01'),
    ].join('\n');
    const { errors, rows } = validateCsv(text, milestones);
    expect(rows).toHaveLength(5);
    expect(errors.map((e) => formatProblem('data/milestones.csv', e))).toEqual([
      'data/milestones.csv line 7, column date: "2002-13-01" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(formatProblem('data/milestones.csv', errors[0]!, 'zh')).toBe(
      'data/milestones.csv 第 7 行，列 date："2002-13-01" 不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）',
    );
  });

  test('rejects 30 February, an unknown stage, a slide beyond the deck and a duplicate id', () => {
    const text = [
      HEADER,
      row('a', '2003-02-30'),
      row('b', '2003', { stage: 'golden' }),
      row('c', '2003', { slide: '120' }),
      row('d', '2003'),
      row('d', '2004'),
    ].join('\r\n');
    const { errors } = validateCsv(text, milestones);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'date', 'not_date'],
      [3, 'stage', 'not_one_of'],
      [4, 'source_slide', 'above_max'],
      [6, 'id', 'duplicate'],
    ]);
    expect(errors[1]!.message).toBe('"golden" is not one of: exploration, development, maturity');
  });

  test('counts lines through quoted fields that hold commas and line breaks', () => {
    const multiline = `x,2002,,development,policy,标题,"Title, with comma","摘要
第二行",Summary,,,52`;
    const text = [HEADER, multiline, row('y', '2002-99')].join('\n');
    const { rows, errors } = validateCsv(text, milestones);
    expect(rows[0]).toMatchObject({ title_en: 'Title, with comma', summary_zh: '摘要\n第二行' });
    expect(errors).toMatchObject([{ line: 4, column: 'date', code: 'not_date' }]);
  });

  test('reports missing columns on line 1 and rows with too few or too many fields', () => {
    expect(validateCsv('id,date\na,2002', milestones).errors.map((e) => e.column)).toContain('title_en');
    const text = [HEADER, row('a', '2002') + ',extra', 'b,2002'].join('\n');
    expect(validateCsv(text, milestones).errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'too_many_fields'],
      [3, 'too_few_fields'],
    ]);
  });

  test('reports an unclosed quote', () => {
    const text = [HEADER, row('a', '2002'), 'b,"2002,,development'].join('\n');
    expect(validateCsv(text, milestones).errors.some((e) => e.code === 'bad_quotes' && e.line === 3)).toBe(true);
  });

  test('an empty file and a header without rows are errors, not crashes', () => {
    expect(validateCsv('', milestones).errors.map((e) => e.code)).toEqual(['empty_file']);
    expect(validateCsv(HEADER, milestones).errors.map((e) => e.code)).toEqual(['no_rows']);
  });
});

describe('validateCsv(text, websiteCoverage) with what spreadsheets write', () => {
  const header =
    '层级编号,层级顺序,层级（中文）,层级（英文）,机构总数,总数限定,建站比例（%）,比例限定,时间,说明（中文）,说明（英文）,来源页码';

  test('maps Chinese headers, reads 2,000 and 77% and 2006/1, and warns about each', () => {
    const text = `${header}\ncounty-cities,4,县级市,County-level cities,"2,000",more_than,77%,nearly,2006/1,,,58`;
    const { rows, errors, warnings } = validateCsv(text, websiteCoverage);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ units_total: 2000, share_pct: 77, as_of: '2006-01' });
    expect(warnings.map((w) => [w.column, w.message])).toEqual([
      ['units_total', '"2,000" was read as "2000"'],
      ['share_pct', '"77%" was read as "77"'],
      ['as_of', '"2006/1" was read as "2006-01"'],
    ]);
  });

  test('rejects a share above 100 %', () => {
    const text = `${header}\nx,1,a,b,,,101,exact,2006,,,58`;
    expect(validateCsv(text, websiteCoverage).errors).toMatchObject([{ line: 2, column: 'share_pct', code: 'above_max' }]);
  });
});

describe('validateCsv(text, dataset, limits): an answer no larger than it needs to be', () => {
  const header =
    '层级编号,层级顺序,层级（中文）,层级（英文）,机构总数,总数限定,建站比例（%）,比例限定,时间,说明（中文）,说明（英文）,来源页码';

  test('lists the first errors and warnings and counts them all', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `l${i},${i + 1},a,b,"2,000",exact,${i % 2 ? '50%' : 'many'},exact,2006,,,58`);
    const result = validateCsv([header, ...rows].join('\n'), websiteCoverage, { listed: 5 });
    expect(result.errors.map((e) => e.line)).toEqual([2, 4, 6, 8, 10]);
    expect(result.warnings).toHaveLength(5);
    expect(result.totals).toEqual({ errors: 15, warnings: 45 });
  });

  test('echoes at most 80 characters of a cell or a header, ending in …', () => {
    const long = 'X'.repeat(5_000);
    const text = `${header},${'备注'.repeat(1_000)}\n${long},1,a,b,,,50,exact,2006,,,58,`;
    const { errors, warnings } = validateCsv(text, websiteCoverage);
    expect(errors[0]!.message).toBe(`"${'X'.repeat(79)}…" is not one of: lower-case-slug`);
    expect(warnings[0]!.column).toBe(`${'备注'.repeat(39)}备…`);
    expect(warnings[0]!.message_zh.length).toBeLessThan(300);
  });

  test('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = `${header}\n${'𠀀'.repeat(100)},1,a,b,,,50,exact,2006,,,58`;
    const value = validateCsv(text, websiteCoverage).errors[0]!.message.match(/^"(.*)"/)![1]!;
    expect(value.endsWith('…')).toBe(true);
    expect(() => encodeURIComponent(value)).not.toThrow();
  });
});
