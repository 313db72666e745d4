/**
 * Estimated width of a line of text in a system sans-serif, without a DOM to measure it
 * (charts are laid out on the server). CJK characters are one em wide; Latin letters and
 * digits about half that. Errs wide, so labels laid out with it do not collide.
 */
const NARROW = new Set("iljtfrI.,:;!|'’ ()[]");
const WIDE = new Set('mwMW@%');

export function getTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x30ff) || (code >= 0xff00 && code <= 0xffef)) ems += 1;
    else if (NARROW.has(char)) ems += 0.32;
    else if (WIDE.has(char)) ems += 0.86;
    else if (char >= 'A' && char <= 'Z') ems += 0.66;
    else ems += 0.56;
  }
  return ems * fontSize;
}

const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;
/** Latin words with their trailing spaces; each CJK character alone, with the punctuation that may not start a line. */
const CHARACTER_TOKENS = /[\u2e80-\u9fff\uff00-\uffef][，。、；：）》」』]?|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g;
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
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const add = (token: string) => {
    const candidate = line + token;
    if (line && getTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  };
  for (const token of getWrapTokens(text)) {
    // A Chinese phrase longer than a whole line breaks between its characters.
    if (CJK.test(token) && getTextWidth(token.trim(), fontSize) > maxWidth)
      for (const piece of token.match(CHARACTER_TOKENS) ?? []) add(piece);
    else add(token);
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
