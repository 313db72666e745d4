import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { MAX_FIELDS, readCsvRecords } from '@/lib/csv/read-records';

describe('readCsvRecords(text)', () => {
  test('splits on commas even when quoted text in the rows is full of semicolons and bars', () => {
    const text = 'id,facts,note\na,"one; two; three","x | y; z"\nb,"four; five",\n';
    const { header, records } = readCsvRecords(text);
    expect(header).toEqual(['id', 'facts', 'note']);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'one; two; three', 'x | y; z'],
      ['b', 'four; five', ''],
    ]);
  });

  test('reads a tab- or semicolon-separated file whose header has no comma', () => {
    expect(readCsvRecords('id\tvalue\na\t1,5\n').records[0]?.fields).toEqual(['a', '1,5']);
    expect(readCsvRecords('id;value\na;2\n').records[0]?.fields).toEqual(['a', '2']);
  });

  test('gives each record the line it starts on, through CRLF, blank lines and quoted line breaks', () => {
    const { records } = readCsvRecords('id,text\r\na,"one\r\ntwo"\r\n\r\nb,three\r\n');
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ]);
  });
});

describe('readCsvRecords(text) on what spreadsheets write', () => {
  const cell = fc.oneof(
    fc.constantFrom('', ' ', 'a', '中文', 'a,b', 'say "hi"', 'one\ntwo', 'one\r\ntwo', '""', '\t', 'x;y', ' padded '),
    fc.string({ maxLength: 6 }),
  );
  const file = fc.record({
    header: fc.array(fc.constantFrom('id', 'name', '名称', 'value'), { minLength: 2, maxLength: 5 }),
    rows: fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    blankLinesAfter: fc.array(fc.nat(3), { maxLength: 9 }),
    bom: fc.boolean(),
  });

  test('any rows written as CSV read back exactly, each on the line where it starts', () => {
    fc.assert(
      fc.property(file, ({ header, rows, newline, blankLinesAfter, bom }) => {
        let text = bom ? '\uFEFF' : '';
        let line = 1;
        const expected: { line: number; fields: string[] }[] = [];
        [header, ...rows].forEach((fields, i) => {
          const written = Papa.unparse([fields], { newline });
          if (i > 0) expected.push({ line, fields: fields.map((f) => f.replace(/\r\n?/g, '\n')) });
          line += written.split(/\r\n|\r|\n/).length;
          const blanks = blankLinesAfter[i] ?? 0;
          text += written + newline + newline.repeat(blanks);
          line += blanks;
        });
        const read = readCsvRecords(text);
        expect(read.header).toEqual(header);
        expect(read.records).toEqual(expected);
        expect(read.problems).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('judges the delimiter from the header it has most of, after any blank lines', () => {
    expect(readCsvRecords('Level, English\tShare\tNote\nx\t1\t\n').header).toEqual(['Level, English', 'Share', 'Note']);
    expect(readCsvRecords('\n\nid\tvalue\na\t1\n').records).toEqual([{ line: 4, fields: ['a', '1'] }]);
  });

  test('an unclosed quote and text after a closing quote are bad quotes on the record’s line', () => {
    const { records, problems } = readCsvRecords('id,text\na,"fine"\nb,"closed"late\nc,"never closed\nd,x\n');
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'bad_quotes'],
      [4, 'bad_quotes'],
    ]);
  });

  test('a header wider than MAX_FIELDS is one problem on line 1, and nothing below it is read', () => {
    const read = readCsvRecords(`${','.repeat(999_999)}\na,b\n`);
    expect(read.header).toEqual([]);
    expect(read.records).toEqual([]);
    expect(read.problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [1, 'too_many_columns', `the line has 1000000 fields; a line may have at most ${MAX_FIELDS}`],
    ]);
  });

  test('a data line wider than MAX_FIELDS is reported on its line and the others are read', () => {
    const read = readCsvRecords(`id,value\na,1\n${'x,'.repeat(MAX_FIELDS)}\nb,2\n`);
    expect(read.records).toEqual([
      { line: 2, fields: ['a', '1'] },
      { line: 4, fields: ['b', '2'] },
    ]);
    expect(read.problems.map((p) => [p.line, p.code])).toEqual([[3, 'too_many_columns']]);
  });
});
