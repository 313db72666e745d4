import Papa from 'papaparse';
import { toProblem, type Problem } from '../datasets/problems';

export type CsvRecord = {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  fields: string[];
};

export type CsvRecords = { header: string[]; records: CsvRecord[]; problems: Problem[] };

/**
 * The delimiter, judged from the header line alone: papaparse's own guess looks at data rows
 * too and can pick `;` or `|` from quoted text. Commas unless the header has none.
 */
function getDelimiter(source: string): string {
  const header = source.slice(0, source.indexOf('\n') === -1 ? undefined : source.indexOf('\n'));
  if (header.includes(',')) return ',';
  return ['\t', ';'].find((candidate) => header.includes(candidate)) ?? ',';
}

/** Splits CSV text into a header and records, each record knowing the line it starts on. */
export function readCsvRecords(text: string): CsvRecords {
  // One kind of line break, so that papaparse and our line count agree.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\n') lineStarts.push(i + 1);
  }
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const rows: CsvRecord[] = [];
  const problems: Problem[] = [];
  let cursor = 0;
  Papa.parse<string[]>(source, {
    header: false,
    delimiter: getDelimiter(source),
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      const start = cursor;
      cursor = result.meta.cursor;
      // Skip the whitespace between the previous record's end and this one's first character.
      let first = start;
      while (first > 0 && source[first] === '\n') first++;
      const line = lineAt(first);
      if (result.errors.some((error) => error.type === 'Quotes')) problems.push(toProblem(line, null, 'bad_quotes'));
      const fields = result.data;
      if (fields.length === 1 && fields[0]!.trim() === '') return;
      rows.push({ line, fields });
    },
  });

  const [head, ...records] = rows;
  if (!head) return { header: [], records: [], problems: [...problems, toProblem(0, null, 'empty_file')] };
  return { header: head.fields.map((name) => name.trim()), records, problems };
}
