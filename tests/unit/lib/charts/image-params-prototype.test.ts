import { describe, expect, test } from 'vitest';
import { parseEmbedParams } from '@/lib/charts/embed-params';
import { parseImageParams } from '@/lib/charts/image-params';
import { TIMELINE_META } from '@/components/charts/timeline/meta';
import { TRENDS_META } from '@/components/charts/trends/meta';

const CHARTS = [TIMELINE_META, TRENDS_META];
const NO_VIEW = { allowsView: false, charts: CHARTS };

// Names every object inherits: a check such as `name in KNOWN` or `KNOWN[name]` would take them as known.
const INHERITED_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

describe('image and embed parameters named after Object.prototype members', () => {
  test.each(INHERITED_NAMES)('?%s=x is an unknown parameter for images and embeds', (name) => {
    const query = () => new URLSearchParams([[name, 'x']]);
    expect(parseImageParams(query(), NO_VIEW)).toEqual({ ok: false, error: `Unknown parameter "${name}".` });
    expect(parseEmbedParams(query(), { allowsView: true, viewParams: TIMELINE_META.viewParams, charts: CHARTS })).toEqual({
      ok: false,
      error: `Unknown parameter "${name}".`,
    });
  });

  test('as values they are refused too', () => {
    expect(parseImageParams(new URLSearchParams('preset=__proto__'), NO_VIEW)).toMatchObject({
      ok: false,
      error: 'Unknown preset "__proto__".',
    });
    expect(parseImageParams(new URLSearchParams('lang=constructor'), NO_VIEW)).toMatchObject({
      ok: false,
      error: 'Unknown lang "constructor".',
    });
    expect(parseEmbedParams(new URLSearchParams('theme=toString'), NO_VIEW)).toMatchObject({ ok: false });
  });
});
