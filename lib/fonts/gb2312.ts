import iconv from 'iconv-lite';

/** GB2312's rows: symbols in 0xA1–0xA9, hanzi in 0xB0–0xF7 (0xAA–0xAF are GBK additions, left out). */
const ROWS = [
  [0xa1, 0xa9],
  [0xb0, 0xf7],
] as const;

/**
 * Every character of GB2312 (6,763 hanzi plus its punctuation, symbols, kana, Greek and Cyrillic):
 * the characters Simplified Chinese text almost always stays within.
 */
export function getGb2312Characters(): string {
  let characters = '';
  for (const [first, last] of ROWS) {
    for (let row = first; row <= last; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        // One code at a time: an unassigned pair decoded in a run would shift the pairs after it.
        const char = iconv.decode(Buffer.from([row, cell]), 'gb2312');
        if (char.length === 1 && char !== '\ufffd' && char.charCodeAt(0) > 0x7f && !(char >= '\ue000' && char <= '\uf8ff'))
          characters += char;
      }
    }
  }
  return characters;
}
