import { describe, expect, test } from 'vitest';
import { readCsvRecords } from '@/lib/csv/read-records';
import { validateCsv } from '@/lib/csv/validate-csv';
import { LISTED_PROBLEMS, UPLOAD_LIMITS } from '@/lib/csv/validate-upload';
import type { WorkMeter } from '@/lib/csv/work-meter';
import { milestones } from '@/lib/datasets/milestones';
import { websiteCoverage } from '@/lib/datasets/website-coverage';

const COVERAGE_HEADER =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
const MILESTONES_HEADER = 'id,date,date_qualifier,stage,category,title_zh,title_en,summary_zh,summary_en,note_zh,note_en,source_slide';

/** Text of about `size` characters built from one hostile pattern, as an attacker would send it. */
const repeat = (pattern: string, size: number, prefix = '') => prefix + pattern.repeat(Math.ceil((size - prefix.length) / pattern.length));

const HOSTILE: Record<string, (size: number) => string> = {
  'blank lines': (size) => repeat('\n', size),
  'blank lines between two rows': (size) => `${repeat('\n', size, 'id\n')}a\n`,
  'blank CRLF lines after a header': (size) => repeat('\r\n', size, `${COVERAGE_HEADER}\r\n`),
  'one cell with no delimiter or line break': (size) => repeat('a', size),
  'one line of commas': (size) => repeat(',', size),
  quotes: (size) => repeat('"', size),
  'quoted line breaks': (size) => repeat('"\n', size),
  'an unclosed quote after each delimiter': (size) => repeat(',"', size),
  'a header of many unknown columns': (size) => repeat('x,', size),
  'rows of one cell': (size) => repeat('a\n', size),
  'rows of the wrong width': (size) => repeat('a,b\n', size, `${COVERAGE_HEADER}\n`),
  'rows whose every cell is normalised or wrong': (size) =>
    repeat('x,1,a,b,"2,000",exact,96%,exact,2006/1,,,99\n', size, `${COVERAGE_HEADER}\n`),
  'one huge row after the header': (size) => repeat('9,', size, `${COVERAGE_HEADER}\n`),
};

function readSteps(text: string) {
  const meter: WorkMeter = { steps: 0 };
  readCsvRecords(text, { meter });
  return meter.steps;
}

function validateSteps(text: string) {
  const meter: WorkMeter = { steps: 0 };
  validateCsv(text, websiteCoverage, { maxRecords: UPLOAD_LIMITS.rows, listed: LISTED_PROBLEMS, meter });
  return meter.steps;
}

describe('the work of reading and checking a CSV grows linearly with its size, whatever it holds', () => {
  test.each(Object.keys(HOSTILE))('%s: readCsvRecords', (name) => {
    const make = HOSTILE[name]!;
    const small = readSteps(make(100_000));
    const large = readSteps(make(200_000));
    expect(large).toBeLessThanOrEqual(2.5 * small + 1_000);
    expect(large).toBeLessThanOrEqual(8 * 200_000);
  });

  test.each(Object.keys(HOSTILE))('%s: validateCsv with the upload limits', (name) => {
    const make = HOSTILE[name]!;
    const small = validateSteps(make(100_000));
    const large = validateSteps(make(200_000));
    expect(large).toBeLessThanOrEqual(2.5 * small + 1_000);
    expect(large).toBeLessThanOrEqual(12 * 200_000);
  });

  test('100,000 blank lines, alone or after a header, are read in about as many steps as there are characters', () => {
    for (const text of ['\n'.repeat(100_000), `id\n${'\n'.repeat(100_000)}a\n`])
      expect(readSteps(text)).toBeLessThanOrEqual(4 * text.length);
  });
});

describe('one upload costs at most the row limit', () => {
  test('reading stops after the limit, and says more records followed', () => {
    const text = repeat('a\n', 1_000_000, 'id\n');
    const { records, truncated } = readCsvRecords(text, { maxRecords: 5 });
    expect(records.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(truncated).toBe(true);
    expect(readCsvRecords('id\na\nb\n\n\n', { maxRecords: 2 }).truncated).toBe(false);
  });

  test('checking stops after the limit too, whatever the rows hold', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `m${i},2002-13-01,,development,policy,标题,Title,摘要,Summary,,,52`);
    const meter: WorkMeter = { steps: 0 };
    const result = validateCsv([MILESTONES_HEADER, ...rows].join('\n'), milestones, { maxRecords: 10, meter });
    expect(result.tooManyRecords).toBe(true);
    expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
