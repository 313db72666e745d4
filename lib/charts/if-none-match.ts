/** The opaque part of an entity tag: `W/"x"` and `"x"` both give `"x"`. */
function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/**
 * Whether an If-None-Match header names `etag`, with the weak comparison RFC 9110 prescribes for it:
 * `W/"x"` matches `"x"`, and `*` matches any current representation.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = opaqueTag(etag);
  return header.split(',').some((tag) => opaqueTag(tag) === wanted);
}
