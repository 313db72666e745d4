import { describe, expect, test } from 'vitest';
import { getMarkEmphasis, parseAnnotation, readAnnotation, toAnnotationQuery } from '@/lib/charts/annotation/annotation';

const MARKS = [
  { id: 'provinces', label: 'Provinces' },
  { id: 'county-cities', label: 'County-level cities' },
];

describe('parseAnnotation (images)', () => {
  test('reads comma-separated ids, trimmed and without repeats, and a note', () => {
    expect(parseAnnotation({ highlight: ' provinces, county-cities,provinces,', note: '  Look here ' }, MARKS)).toEqual({
      ok: true,
      annotation: { highlight: ['provinces', 'county-cities'], note: 'Look here' },
    });
    expect(parseAnnotation({}, MARKS)).toEqual({ ok: true, annotation: null });
  });

  test('refuses an id the chart does not have, naming it and the chart’s ids', () => {
    const result = parseAnnotation({ highlight: 'provinces,cities' }, MARKS);
    expect(result).toEqual({ ok: false, error: 'Unknown highlight "cities": its marks are provinces, county-cities.' });
  });

  test('refuses a note over 200 characters, counting characters rather than UTF-16 units', () => {
    expect(parseAnnotation({ note: 'x'.repeat(201) }, MARKS)).toEqual({ ok: false, error: 'note is 201 characters long; at most 200.' });
    expect(parseAnnotation({ note: '𠀀'.repeat(200) }, MARKS).ok).toBe(true);
    expect(parseAnnotation({ note: '省'.repeat(200) }, MARKS).ok).toBe(true);
  });

  test('keeps markup as the text it is, and folds line breaks and control characters into spaces', () => {
    const note = `<script>alert("x")</script> & 'quotes'`;
    expect(parseAnnotation({ note }, MARKS)).toEqual({ ok: true, annotation: { highlight: [], note } });
    expect(parseAnnotation({ note: 'one\nline\u0000two' }, MARKS)).toEqual({
      ok: true,
      annotation: { highlight: [], note: 'one line two' },
    });
  });
});

test('readAnnotation (pages, embeds) drops unknown ids and an over-long note instead of refusing', () => {
  expect(readAnnotation({ highlight: 'nope,provinces', note: 'x'.repeat(201) }, MARKS)).toEqual({ highlight: ['provinces'], note: '' });
  expect(readAnnotation({ highlight: 'nope' }, MARKS)).toBeNull();
});

test('toAnnotationQuery(annotation) gives the parameters a share link carries', () => {
  expect(toAnnotationQuery({ highlight: ['a', 'b'], note: 'n' })).toEqual([
    ['highlight', 'a,b'],
    ['note', 'n'],
  ]);
  expect(toAnnotationQuery({ highlight: [], note: '' })).toEqual([]);
  expect(toAnnotationQuery(null)).toEqual([]);
});

test('getMarkEmphasis(annotation, id): highlighted ids stand out, the others recede, no highlight leaves all alike', () => {
  const annotation = { highlight: ['provinces'], note: '' };
  expect(getMarkEmphasis(annotation, 'provinces')).toBe('highlighted');
  expect(getMarkEmphasis(annotation, 'county-cities')).toBe('receded');
  expect(getMarkEmphasis({ highlight: [], note: 'n' }, 'provinces')).toBe('normal');
  expect(getMarkEmphasis(null, 'provinces')).toBe('normal');
});
