const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MARKER_RUN = /([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/;

/** Note markers written as plain digits ("¹²" → "12"): the marker before a note in a list of them, at the list's size. */
/** A marker's size beside text of `fontSize`: 0.7 of it, but not under `minFontSize` when one is set. */
export function getMarkerSize(fontSize: number, minFontSize: number | undefined): number | undefined {
  return minFontSize === undefined ? undefined : Math.max(minFontSize, Math.round(fontSize * 0.7 * 2) / 2);
}

export function toPlainDigits(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (char) => String(SUPERSCRIPT_DIGITS.indexOf(char)));
}

/**
 * A label's text with its note markers (¹ ² …) drawn as raised small digits: many fonts,
 * including the CJK font used for image export, have no glyphs for ⁴–⁹. `markerSize`: their size
 * in viewBox units instead of 0.7 em (a large-text image keeps them at its floor).
 */
export function TextWithMarkers({ text, markerSize }: { text: string; markerSize?: number }) {
  const parts = text.split(MARKER_RUN);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <tspan key={i} baselineShift="super" fontSize={markerSize ?? '0.7em'}>
        {[...part].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join('')}
      </tspan>
    ) : (
      part
    ),
  );
}
