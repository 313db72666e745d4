import { LOCALES, type Locale } from '../i18n/routing';
import { THEMES, type Theme } from '../theme';
import { NOTE_MAX_LENGTH, type AnnotationQuery } from './annotation/annotation';
import { getViewParamsHelp, readViewParam, type ChartViewParams, type ViewParamsOptions } from './embed-params';

/**
 * How large an image's text is. `large`, for slides: nothing smaller than a 48th of the image's
 * height (22.5 px at 1080, 16 at 768), which reads from the back of a lecture room. `normal`: the
 * sizes of a page, for documents read up close.
 */
export type ImageTextSize = 'large' | 'normal';
export const IMAGE_TEXT_SIZES: readonly ImageTextSize[] = ['large', 'normal'];

/** What an image URL asks for, after validation. */
export type ImageParams = {
  width: number;
  height: number;
  scale: 1 | 2 | 3;
  locale: Locale;
  theme: Theme;
  /** Large (the default: slides) or the page's own sizes. */
  textSize: ImageTextSize;
  /** The chart's view (its meta's `viewParams`), as its embed takes it; empty for charts without one. */
  view: URLSearchParams;
  /** `highlight` and `note` as given: the chart checks the ids against its marks. */
  annotation?: AnnotationQuery;
};

export type ImageParamsResult = { ok: true; params: ImageParams } | { ok: false; error: string };

export const IMAGE_PRESETS = {
  '16x9': { width: 1920, height: 1080 },
  '16x9-small': { width: 1280, height: 720 },
  '4x3': { width: 1024, height: 768 },
} as const;
export type ImagePreset = keyof typeof IMAGE_PRESETS;
export const IMAGE_PRESET_IDS = Object.keys(IMAGE_PRESETS) as ImagePreset[];

export const DEFAULT_IMAGE_SIZE = IMAGE_PRESETS['16x9-small'];
export const IMAGE_LIMITS = {
  width: { min: 320, max: 3840 },
  height: { min: 180, max: 2160 },
  scale: { min: 1, max: 3 },
  /** Largest bitmap, in pixels per side, so one request cannot ask for gigabytes. */
  maxPixelWidth: 5760,
  maxPixelHeight: 3240,
} as const;

const PARAM_NAMES = ['w', 'h', 'scale', 'lang', 'theme', 'preset', 'text', 'highlight', 'note'] as const;
type ParamName = (typeof PARAM_NAMES)[number];
// A Set, not an object, so names such as `__proto__` or `constructor` are never taken as known.
const KNOWN_PARAMS: ReadonlySet<string> = new Set(PARAM_NAMES);

/** Every parameter an image URL accepts, for 400 messages and documentation. */
export function getImageParamsHelp(charts: readonly ChartViewParams[]): string[] {
  return [
    `w: width in CSS pixels, an integer ${IMAGE_LIMITS.width.min}–${IMAGE_LIMITS.width.max} (default ${DEFAULT_IMAGE_SIZE.width})`,
    `h: height, an integer ${IMAGE_LIMITS.height.min}–${IMAGE_LIMITS.height.max} (default ${DEFAULT_IMAGE_SIZE.height}; with only w or h given, the other follows 16:9)`,
    `scale: pixel density of PNGs, 1, 2 or 3 (default 1); the bitmap is at most ${IMAGE_LIMITS.maxPixelWidth}×${IMAGE_LIMITS.maxPixelHeight} pixels`,
    `lang: ${LOCALES.join(' | ')} (default zh)`,
    `theme: ${THEMES.join(' | ')} (default light)`,
    `preset: ${IMAGE_PRESET_IDS.map((id) => `${id} (${IMAGE_PRESETS[id].width}×${IMAGE_PRESETS[id].height})`).join(' | ')}, instead of w and h`,
    `text: ${IMAGE_TEXT_SIZES.join(' | ')} (default large: no text smaller than a 48th of the image's height, for slides)`,
    `highlight: ids of the chart's marks to highlight, comma-separated (levels, milestones, figures, modes or systems; the others recede)`,
    `note: plain text drawn beside the first highlighted mark, at most ${NOTE_MAX_LENGTH} characters`,
    ...getViewParamsHelp(charts, ', as its embed takes them'),
  ];
}

const INTEGER = /^[0-9]{1,5}$/;

function fail(error: string): ImageParamsResult {
  return { ok: false, error };
}

function readInteger(value: string | undefined, name: string, { min, max }: { min: number; max: number }): number | string | undefined {
  if (value === undefined) return undefined;
  if (!INTEGER.test(value)) return `${name} must be a whole number, got "${value}".`;
  const number = Number(value);
  if (number < min || number > max) return `${name} must be between ${min} and ${max}, got ${number}.`;
  return number;
}

/**
 * Reads an image URL's query: valid parameters with defaults filled in, or what is wrong (a 400
 * answer, with getImageParamsHelp). `options` say which view parameters the chart takes, and which the
 * others do; their values are the chart's to check.
 */
export function parseImageParams(query: URLSearchParams, options: ViewParamsOptions): ImageParamsResult {
  const values: Partial<Record<ParamName, string>> = {};
  const view = new URLSearchParams();
  for (const [name, value] of query) {
    const read = readViewParam(name, options);
    if (read !== null) {
      if (read !== true) return fail(read);
      if (view.has(name)) return fail(`Parameter "${name}" is given more than once.`);
      view.set(name, value);
      continue;
    }
    if (!KNOWN_PARAMS.has(name)) return fail(`Unknown parameter "${name}".`);
    if (values[name as ParamName] !== undefined) return fail(`Parameter "${name}" is given more than once.`);
    values[name as ParamName] = value;
  }

  const locale = values.lang ?? 'zh';
  if (!(LOCALES as readonly string[]).includes(locale)) return fail(`Unknown lang "${locale}".`);
  const theme = values.theme ?? 'light';
  if (!(THEMES as readonly string[]).includes(theme)) return fail(`Unknown theme "${theme}".`);
  const textSize = values.text ?? 'large';
  if (!(IMAGE_TEXT_SIZES as readonly string[]).includes(textSize)) return fail(`Unknown text "${textSize}".`);
  const scale = readInteger(values.scale, 'scale', IMAGE_LIMITS.scale) ?? 1;
  if (typeof scale === 'string') return fail(scale);

  let width: number;
  let height: number;
  if (values.preset !== undefined) {
    if (!Object.hasOwn(IMAGE_PRESETS, values.preset)) return fail(`Unknown preset "${values.preset}".`);
    if (values.w !== undefined || values.h !== undefined) return fail('Give either preset or w and h, not both.');
    ({ width, height } = IMAGE_PRESETS[values.preset as ImagePreset]);
  } else {
    const w = readInteger(values.w, 'w', IMAGE_LIMITS.width);
    if (typeof w === 'string') return fail(w);
    const h = readInteger(values.h, 'h', IMAGE_LIMITS.height);
    if (typeof h === 'string') return fail(h);
    width = w ?? (h === undefined ? DEFAULT_IMAGE_SIZE.width : Math.round((h * 16) / 9));
    height = h ?? (w === undefined ? DEFAULT_IMAGE_SIZE.height : Math.round((w * 9) / 16));
    const { min: minW, max: maxW } = IMAGE_LIMITS.width;
    const { min: minH, max: maxH } = IMAGE_LIMITS.height;
    if (width < minW || width > maxW || height < minH || height > maxH) {
      return fail(`${width}×${height} is outside ${minW}–${maxW} × ${minH}–${maxH}; give both w and h.`);
    }
  }
  if (width * scale > IMAGE_LIMITS.maxPixelWidth || height * scale > IMAGE_LIMITS.maxPixelHeight) {
    return fail(`${width}×${height} at scale ${scale} exceeds ${IMAGE_LIMITS.maxPixelWidth}×${IMAGE_LIMITS.maxPixelHeight} pixels.`);
  }
  return {
    ok: true,
    params: {
      width,
      height,
      scale: scale as 1 | 2 | 3,
      locale: locale as Locale,
      theme: theme as Theme,
      textSize: textSize as ImageTextSize,
      view,
      ...(values.highlight !== undefined || values.note !== undefined
        ? { annotation: { highlight: values.highlight, note: values.note } }
        : {}),
    },
  };
}

/** The query string that asks for these parameters, leaving defaults out (for share links and oEmbed). */
export function toImageQuery({
  width,
  height,
  scale,
  locale,
  theme,
  textSize = 'large',
  view,
  annotation,
}: Omit<ImageParams, 'textSize' | 'view'> & Partial<Pick<ImageParams, 'textSize' | 'view'>>): string {
  const query = new URLSearchParams();
  const preset = IMAGE_PRESET_IDS.find((id) => IMAGE_PRESETS[id].width === width && IMAGE_PRESETS[id].height === height);
  if (preset && preset !== '16x9-small') query.set('preset', preset);
  else if (!preset) {
    query.set('w', String(width));
    query.set('h', String(height));
  }
  if (scale !== 1) query.set('scale', String(scale));
  if (locale !== 'zh') query.set('lang', locale);
  if (theme !== 'light') query.set('theme', theme);
  if (textSize !== 'large') query.set('text', textSize);
  for (const [name, value] of view ?? []) query.set(name, value);
  if (annotation?.highlight) query.set('highlight', annotation.highlight);
  if (annotation?.note) query.set('note', annotation.note);
  return query.toString().replace(/%2C/g, ',');
}
