import { describe, expect, test } from 'vitest';
import { parseEmbedParams } from '@/lib/charts/embed-params';
import { parseImageParams } from '@/lib/charts/image-params';

// Names every object inherits: a check such as `name in KNOWN` or `KNOWN[name]` would take them as known.
const INHERITED_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

describe('image and embed parameters named after Object.prototype members', () => {
  test.each(INHERITED_NAMES)('?%s=x is an unknown parameter for images and embeds', (name) => {
    const query = () => new URLSearchParams([[name, 'x']]);
    expect(parseImageParams(query())).toEqual({ ok: false, error: `Unknown parameter "${name}".` });
    expect(parseEmbedParams(query(), { allowsView: true })).toEqual({ ok: false, error: `Unknown parameter "${name}".` });
  });

  test('as values they are refused too', () => {
    expect(parseImageParams(new URLSearchParams('preset=__proto__'))).toMatchObject({ ok: false, error: 'Unknown preset "__proto__".' });
    expect(parseImageParams(new URLSearchParams('lang=constructor'))).toMatchObject({ ok: false, error: 'Unknown lang "constructor".' });
    expect(parseEmbedParams(new URLSearchParams('theme=toString'), { allowsView: false })).toMatchObject({ ok: false });
  });
});
