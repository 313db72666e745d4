import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getGb2312Characters } from './gb2312';

function getRange(from: number, to: number): string {
  let text = '';
  for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  return text;
}

/** Latin text, typographic punctuation, CJK punctuation and full-width forms. */
const BASIC_CHARACTERS = [
  getRange(0x20, 0x7e),
  getRange(0xa0, 0xff),
  getRange(0x2010, 0x206f),
  getRange(0x20a0, 0x20bf),
  getRange(0x2100, 0x215f),
  getRange(0x2190, 0x21ff),
  getRange(0x2200, 0x22ff),
  getRange(0x3000, 0x303f),
  getRange(0xff00, 0xffef),
].join('');

function readTextFiles(dir: string, extension: string): string {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith(extension))
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .join('');
  } catch {
    return '';
  }
}

/** Latin text and punctuation, plus every character the messages and shipped data use. */
export function getCommonChartCharacters(root = process.cwd()): string {
  const used = readTextFiles(path.join(root, 'messages'), '.json') + readTextFiles(path.join(root, 'data'), '.csv');
  return toSortedSet(BASIC_CHARACTERS + used);
}

/** The common characters plus all of GB2312: what uploaded or replaced data may bring. */
export function getFullChartCharacters(root = process.cwd()): string {
  return toSortedSet(getCommonChartCharacters(root) + getGb2312Characters());
}

function toSortedSet(text: string): string {
  const characters = new Set(text);
  for (const control of ['\n', '\r', '\t']) characters.delete(control);
  return [...characters].sort().join('');
}
