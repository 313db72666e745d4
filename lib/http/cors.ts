/**
 * The public data API serves published data without cookies, so scripts on any site may read it;
 * the upload routes send none of this, so other sites' scripts cannot use them to check files.
 */
export const ANY_ORIGIN_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
} as const;

/** The response, readable from any origin. */
export function allowAnyOrigin(response: Response): Response {
  for (const [name, value] of Object.entries(ANY_ORIGIN_HEADERS)) response.headers.set(name, value);
  return response;
}

/** The answer to a CORS preflight for a GET that may revalidate with If-None-Match. */
export function preflightForGet(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...ANY_ORIGIN_HEADERS,
      Allow: 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}
