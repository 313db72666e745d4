import { inflateSync } from 'node:zlib';

export type DecodedPng = { width: number; height: number; pixels: Uint8Array };

/** Width and height from a PNG's IHDR chunk. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function paeth(a: number, b: number, c: number) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
export function decodePng(png: Uint8Array): DecodedPng {
  const { width, height } = readPngSize(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const data: Uint8Array[] = [];
  for (let offset = 8; offset < png.byteLength;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'IHDR' && (png[offset + 16] !== 8 || png[offset + 17] !== 6)) throw new Error('Only 8-bit RGBA PNGs');
    if (type === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** How many pixels in a region differ from a colour such as the background. */
export function countPixelsUnlike(
  png: DecodedPng,
  [r, g, b]: readonly [number, number, number],
  region = { x: 0, y: 0, width: png.width, height: png.height },
) {
  let count = 0;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.pixels[i] !== r || png.pixels[i + 1] !== g || png.pixels[i + 2] !== b) count++;
    }
  }
  return count;
}
