import { toProblem, type Problem } from '../datasets/problems';
import { scanRecord } from './scan-record';
import type { WorkMeter } from './work-meter';

export type CsvRecord = {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
};

export type CsvRecords = {
  header: string[];
  records: CsvRecord[];
  problems: Problem[];
  /** More records followed than `maxRecords`; they were not read. */
  truncated: boolean;
};

/** Fields a line may have: the widest dataset has a few dozen columns. */
export const MAX_FIELDS = 1_000;

export type ReadOptions = {
  /** Records below the header to read at most: a hostile file costs no more than this many. */
  maxRecords?: number;
  meter?: WorkMeter;
};

const NEWLINE = 0x0a;
const DELIMITERS = [',', '\t', ';'];

/**
 * The delimiter, judged from the header line alone (quoted text in data rows can hold any of
 * them): the one the header has most of, commas on a tie or when it has none.
 */
function getDelimiter(source: string, headerStart: number): string {
  const codes = DELIMITERS.map((delimiter) => delimiter.charCodeAt(0));
  const counts = codes.map(() => 0);
  for (let at = headerStart; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === NEWLINE) break;
    const index = codes.indexOf(code);
    if (index !== -1) counts[index]! += 1;
  }
  const best = counts.reduce((chosen, count, index) => (count > counts[chosen]! ? index : chosen), 0);
  return DELIMITERS[best]!;
}

/** Splits CSV text into a header and records, each record knowing the line it starts on. */
export function readCsvRecords(text: string, { maxRecords = Number.POSITIVE_INFINITY, meter }: ReadOptions = {}): CsvRecords {
  // One kind of line break, so that the scanner and our line count agree.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  let at = 0;
  let line = 1;
  while (source.charCodeAt(at) === NEWLINE) {
    at++;
    line++;
  }
  const delimiter = getDelimiter(source, at).charCodeAt(0);
  let steps = 2 * source.length;

  const rows: CsvRecord[] = [];
  const problems: Problem[] = [];
  let truncated = false;
  while (at < source.length) {
    steps++;
    if (source.charCodeAt(at) === NEWLINE) {
      at++;
      line++;
      continue;
    }
    const record = scanRecord(source, at, delimiter, MAX_FIELDS);
    steps += record.visited;
    if (record.fieldCount > MAX_FIELDS) {
      problems.push(toProblem(line, null, 'too_many_columns', { actual: record.fieldCount, max: MAX_FIELDS }));
      // Without a header nothing below it can be read.
      if (rows.length === 0) return { header: [], records: [], problems, truncated };
      at = record.next;
      line += record.lineBreaks;
      continue;
    }
    const blank = record.fields.length === 1 && record.fields[0]!.trim() === '';
    if (!blank && rows.length > maxRecords) {
      truncated = true;
      break;
    }
    if (record.badQuotes) problems.push(toProblem(line, null, 'bad_quotes'));
    if (!blank) rows.push({ line, fields: record.fields });
    at = record.next;
    line += record.lineBreaks;
  }
  if (meter) meter.steps += steps;

  const [head, ...records] = rows;
  if (!head) return { header: [], records: [], problems: [...problems, toProblem(0, null, 'empty_file')], truncated };
  return { header: head.fields.map((name) => name.trim()), records, problems, truncated };
}
