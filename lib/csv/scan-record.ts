const QUOTE = 0x22;
const NEWLINE = 0x0a;
const SPACE = 0x20;

export type ScannedRecord = {
  fields: string[];
  /** Offset just past the line break that ends the record, or the end of the text. */
  next: number;
  /** Line breaks inside quoted fields plus the one that ends the record. */
  lineBreaks: number;
  /** A quoted field is not closed, or text follows its closing quote. */
  badQuotes: boolean;
  /** Characters looked at. */
  visited: number;
  /** Fields the record has, kept or not: only the first `maxFields` are kept. */
  fieldCount: number;
};

/**
 * The record that starts at `from`, in text whose line breaks are all `\n`. Each character is
 * looked at once, so reading a file record by record is linear in its length whatever it holds.
 */
export function scanRecord(source: string, from: number, delimiter: number, maxFields = Number.POSITIVE_INFINITY): ScannedRecord {
  const fields: string[] = [];
  let fieldCount = 0;
  let at = from;
  let lineBreaks = 0;
  let badQuotes = false;
  for (;;) {
    let value: string;
    if (source.charCodeAt(at) === QUOTE) {
      let end = at + 1;
      let doubled = false;
      for (; end < source.length; end++) {
        const code = source.charCodeAt(end);
        if (code === NEWLINE) lineBreaks++;
        else if (code === QUOTE) {
          if (source.charCodeAt(end + 1) !== QUOTE) break;
          doubled = true;
          end++;
        }
      }
      value = source.slice(at + 1, end);
      if (doubled) value = value.replaceAll('""', '"');
      if (end >= source.length) {
        badQuotes = true;
        at = end;
      } else {
        // Spaces may follow the closing quote; other text is kept, but the quoting is wrong.
        const afterQuote = end + 1;
        at = afterQuote;
        while (source.charCodeAt(at) === SPACE) at++;
        const rest = scanPlain(source, at, delimiter);
        if (rest > at) {
          badQuotes = true;
          value += source.slice(afterQuote, rest);
        }
        at = rest;
      }
    } else {
      const end = scanPlain(source, at, delimiter);
      value = source.slice(at, end);
      at = end;
    }
    // Past the limit fields are only counted: a line of a million commas builds no million strings.
    if (fieldCount++ < maxFields) fields.push(value);
    if (at >= source.length) return { fields, next: at, lineBreaks, badQuotes, visited: at - from, fieldCount };
    if (source.charCodeAt(at) === NEWLINE)
      return { fields, next: at + 1, lineBreaks: lineBreaks + 1, badQuotes, visited: at + 1 - from, fieldCount };
    at++;
  }
}

/** The offset of the next delimiter or line break at or after `from`, or the end of the text. */
function scanPlain(source: string, from: number, delimiter: number): number {
  let at = from;
  while (at < source.length) {
    const code = source.charCodeAt(at);
    if (code === delimiter || code === NEWLINE) break;
    at++;
  }
  return at;
}
