const ENTITY_TAG = /(?:W\/)?"([^"]*)"/g;

/** The opaque part of an entity tag: `W/"x"` and `"x"` both give `x`. */
function opaqueTag(etag: string): string {
  return /"([^"]*)"/.exec(etag)?.[1] ?? etag;
}

/**
 * Whether an If-None-Match header names the current representation, as RFC 9110 §13.1.2 says:
 * weak comparison, so `W/"x"` matches `"x"` (nginx's gzip weakens the tags it passes back), `*`
 * matches any representation, and the tags may be listed with any whitespace around the commas.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.split(',').some((member) => member.trim() === '*')) return true;
  const wanted = opaqueTag(etag);
  for (const [, tag] of header.matchAll(ENTITY_TAG)) if (tag === wanted) return true;
  return false;
}
