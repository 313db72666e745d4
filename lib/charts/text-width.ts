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

/** Breaks text into lines no wider than maxWidth: at spaces for Latin text, anywhere between CJK characters. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef][，。、；：）》」』]?|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && getTextWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
