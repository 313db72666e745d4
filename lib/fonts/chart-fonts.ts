import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getCommonChartCharacters, getFullChartCharacters } from './chart-font-characters';

/** The one font family chart images are drawn with, on every machine. */
export const CHART_IMAGE_FONT_FAMILY = 'Noto Sans SC';

const FONT_PACKAGE = 'node_modules/@expo-google-fonts/noto-sans-sc';
export const CHART_FONT_SOURCES = [
  `${FONT_PACKAGE}/400Regular/NotoSansSC_400Regular.ttf`,
  `${FONT_PACKAGE}/700Bold/NotoSansSC_700Bold.ttf`,
];

export class ChartFontMissingError extends Error {
  constructor(readonly file: string) {
    super(
      `The font chart images need is missing: ${file}. Chinese would come out as empty boxes, so no image is drawn. ` +
        'Install the dependencies (npm ci) so that @expo-google-fonts/noto-sans-sc is present.',
    );
    this.name = 'ChartFontMissingError';
  }
}

/**
 * Cuts a 10 MB Noto Sans SC weight down to the given characters and keeps the result in the temp
 * folder, keyed by source and characters, so later processes reuse it without reading the source.
 */
async function subsetToFile(source: string, characters: string, dir: string): Promise<string> {
  if (!existsSync(source)) throw new ChartFontMissingError(source);
  const key = createHash('sha256')
    .update(path.basename(source))
    .update(String(statSync(source).size))
    .update(characters)
    .digest('hex')
    .slice(0, 16);
  const target = path.join(dir, `${path.basename(source, '.ttf')}-${key}.ttf`);
  if (existsSync(target)) return target;
  const { default: subsetFont } = await import('subset-font');
  const subset = await subsetFont(await readFile(source), characters, { targetFormat: 'sfnt' });
  await mkdir(dir, { recursive: true });
  const partial = `${target}.${process.pid}.part`;
  await writeFile(partial, subset);
  await rename(partial, target);
  return target;
}

type FontSet = { characters: Set<string>; files: Promise<string[]> };
const fontSets = new Map<string, FontSet>();

function loadFontSet(root: string, getCharacters: (root: string) => string): FontSet {
  const key = `${getCharacters.name}:${root}`;
  let set = fontSets.get(key);
  if (!set) {
    const characters = getCharacters(root);
    const dir = path.join(tmpdir(), 'egov-dashboard-fonts');
    // The font files are listed in outputFileTracingIncludes (next.config.js), so nothing here needs tracing.
    const files = Promise.all(
      CHART_FONT_SOURCES.map((source) => subsetToFile(path.join(/*turbopackIgnore: true*/ root, source), characters, dir)),
    );
    files.catch(() => fontSets.delete(key));
    set = { characters: new Set(characters), files };
    fontSets.set(key, set);
  }
  return set;
}

/**
 * Paths of chart fonts (regular and bold) that cover `text`, made once per process. Text from the
 * messages and shipped data gets a small subset (about 0.4 MB, which resvg loads in a few ms per
 * image); anything else, such as uploaded rows, the whole of GB2312 (about 2.5 MB).
 */
export function loadChartFontFiles(text = '', root = process.cwd()): Promise<string[]> {
  const common = loadFontSet(root, getCommonChartCharacters);
  const covered = [...text].every((char) => char <= '~' || common.characters.has(char));
  return covered ? common.files : loadFontSet(root, getFullChartCharacters).files;
}
