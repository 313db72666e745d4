import { describe, expect, test } from 'vitest';
import { readCsvRecords } from '@/lib/csv/read-records';

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
