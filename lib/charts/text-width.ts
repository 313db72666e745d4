import { ADVANCE_CHARACTERS, BOLD_ADVANCES, REGULAR_ADVANCES } from './text-advances';

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

const toAdvanceMap = (advances: number[]) => new Map([...ADVANCE_CHARACTERS].map((character, i) => [character, (advances[i] ?? 0) / 1000]));
const ADVANCES = { regular: toAdvanceMap(REGULAR_ADVANCES), bold: toAdvanceMap(BOLD_ADVANCES) };
/** Curly quotes: full-width in Chinese text (CJK fonts draw them so), a straight quote's width in Latin text. */
const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };
/** A character the tables do not list, e.g. from an uploaded file: wider than most Latin letters. */
const UNLISTED = 0.75;

/**
 * The width of a line of text, without a DOM to measure it (charts are laid out on the server),
 * from the advance widths of the fonts it is drawn in: the wider of Noto Sans SC (chart images) and
 * DejaVu Sans (Debian's fallback, wider than Windows' and macOS's system fonts), so text laid out
 * with it fits wherever it is drawn. CJK characters and full-width forms are one em wide.
 */
export function getTextWidth(text: string, fontSize: number, fontWeight = 400): number {
  const advances = fontWeight >= 600 ? ADVANCES.bold : ADVANCES.regular;
  const chinese = CJK.test(text);
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef)) ems += 1;
    else if (char in QUOTES) ems += chinese ? 1 : advances.get(QUOTES[char]!)!;
    else ems += advances.get(char) ?? UNLISTED;
  }
  return ems * fontSize;
}

/** Latin words with their trailing spaces; each CJK character alone, with the punctuation and note markers that may not start a line. */
const CHARACTER_TOKENS =
  /[\u2e80-\u9fff\uff00-\uffef][，。、；：）》」』\u00b9\u00b2\u00b3\u2070-\u2079]*|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g;
const RUNS = /[\u2e80-\u9fff\uff00-\uffef]+|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g;
/**
 * Punctuation that may not start a line (it joins the word before) or end one (it joins the word
 * after). Note markers (¹ ²…) close too: a marker keeps to the word it annotates.
 */
const CLOSING = /^[，。、；：！？）》」』”’,.;:!?)\]\u00b9\u00b2\u00b3\u2070-\u2079]+$/;
const OPENING = /^[（《「『“‘([]+$/;
const SINGLE_CJK = /^[\u3400-\u9fff]$/;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/**
 * The pieces a line may break between. Latin text breaks at spaces. Chinese breaks between words
 * (Intl.Segmenter's dictionary), and a one-character word stays with a neighbour, so no line starts
 * or ends with a lone character cut from its phrase ("开/通", "印/发"); punctuation keeps to its side.
 */
export function getWrapTokens(text: string): string[] {
  if (!CJK.test(text) || !segmenter) return text.match(CHARACTER_TOKENS) ?? [];
  const words = (text.match(RUNS) ?? []).flatMap((run) =>
    CJK.test(run) ? Array.from(segmenter.segment(run), (part) => part.segment) : [run],
  );
  const tokens: string[] = [];
  let carry = '';
  const last = () => tokens[tokens.length - 1];
  const appendToLast = (word: string) => (tokens[tokens.length - 1] += word);
  for (const word of words) {
    const previous = last();
    if (/^\s+$/.test(word)) {
      if (carry) carry += word;
      else if (previous !== undefined) appendToLast(word);
    } else if (OPENING.test(word)) {
      carry += word;
    } else if (CLOSING.test(word)) {
      if (carry || previous === undefined) carry += word;
      else appendToLast(word);
    } else if (SINGLE_CJK.test(word)) {
      if (!carry && previous !== undefined && !/[\s，。、；：！？）》」』”’]$/.test(previous)) appendToLast(word);
      else carry += word;
    } else {
      tokens.push(carry + word);
      carry = '';
    }
  }
  if (carry) {
    if (tokens.length > 0 && !/^[（《「『“‘([]/.test(carry)) appendToLast(carry);
    else tokens.push(carry);
  }
  return tokens;
}

/** Breaks text into lines no wider than maxWidth, between the pieces getWrapTokens gives. */
export function wrapText(text: string, fontSize: number, maxWidth: number, fontWeight = 400): string[] {
  const lines: string[] = [];
  let line = '';
  const add = (token: string) => {
    const candidate = line + token;
    if (line && getTextWidth(candidate.trimEnd(), fontSize, fontWeight) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  };
  for (const token of getWrapTokens(text)) {
    // A Chinese phrase longer than a whole line breaks between its characters.
    if (CJK.test(token) && getTextWidth(token.trim(), fontSize, fontWeight) > maxWidth)
      for (const piece of token.match(CHARACTER_TOKENS) ?? []) add(piece);
    else add(token);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
