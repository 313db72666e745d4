import 'server-only';
import { createHash } from 'node:crypto';
import type { ImageParams } from '@/lib/charts/image-params';
import { getDataVersion } from '@/lib/datasets/load';
import { BUILD_ID } from '@/lib/http/build-id';

/**
 * A chart image's entity tag, known before anything is drawn: the build, the data's version and the
 * image's parameters once validated (defaults filled in, so `?lang=zh` and no query are one image;
 * the timeline's view sorted by name). A conditional request that matches gets 304 without a drawing.
 */
export function getImageEtag(
  chart: string,
  format: 'svg' | 'png',
  { width, height, scale, locale, theme, textSize, view, annotation }: ImageParams,
): string {
  const viewKey = [...view].toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => `${name}=${value}`);
  const key = [
    BUILD_ID,
    getDataVersion(),
    chart,
    format,
    width,
    height,
    format === 'png' ? scale : 1,
    locale,
    theme,
    textSize,
    ...viewKey,
    annotation?.highlight ?? '',
    annotation?.note ?? '',
  ];
  return `"${createHash('sha256').update(JSON.stringify(key)).digest('base64url').slice(0, 27)}"`;
}
