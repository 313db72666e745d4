// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

// Messages are compiled at build time, so the browser gets a small formatter instead of an ICU parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { path: './messages', format: 'json', locales: ['zh', 'en'], precompile: true },
  },
});

// Security headers for every response. script-src keeps 'unsafe-inline' because Next streams the
// RSC payload as inline <script> tags that differ per page; hashes would disable 'unsafe-inline'
// and nonces would make every page dynamic. The dev server needs 'unsafe-eval' (and its HMR socket).
const isDev = process.env.NODE_ENV !== 'production';
const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", ...(isDev ? ['ws:'] : [])],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
/** The site's Content-Security-Policy; `extra` adds directives such as frame-ancestors. */
function getContentSecurityPolicy(extra = {}) {
  return Object.entries({ ...CSP_DIRECTIVES, ...extra })
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), fullscreen=(self)',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // A self-contained server in .next/standalone (docs/DEPLOY.md); `next start` serves the same build.
  output: 'standalone',
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: __dirname },
  // The stylesheets (about 4 KB gzip) go into the HTML, so the first paint waits for no second request.
  experimental: { inlineCss: true },
  // Every client chunk asks the browser to compile it while it downloads, not on the main thread (scripts/compile-hints.mjs).
  compiler: {
    runAfterProductionCompile: async ({ distDir }) => (await import('./scripts/compile-hints.mjs')).addCompileHints(distDir),
  },
  outputFileTracingRoot: __dirname,
  // Files read at run time by path, which tracing cannot see: the data, and for chart images the
  // fonts and the characters of the messages (so the standalone server draws Chinese too).
  outputFileTracingIncludes: {
    '/**': [
      './data/**/*.csv',
      './messages/**/*.json',
      './node_modules/@expo-google-fonts/noto-sans-sc/*/NotoSansSC_{400Regular,700Bold}.ttf',
    ],
  },
  // Native binary (resvg) and a WebAssembly file read from the package folder (subset-font's harfbuzz);
  // pptxgenjs is plain Node code but names optional modules (sizeof, node:https) a bundler cannot resolve.
  serverExternalPackages: ['@resvg/resvg-js', 'subset-font', 'pptxgenjs'],
  // The chart image route (Pages Router) draws with the same next-intl translator as pages. The
  // Pages Router requires node_modules at run time unless told to bundle them, and only a bundled
  // next-intl gets the plugin's alias to the formatter of build-time compiled messages.
  transpilePackages: ['next-intl', 'use-intl'],
  async headers() {
    // Framing: embeds may be framed by any site; nothing else may be framed at all (clickjacking).
    const framed = { 'frame-ancestors': ['*'] };
    const notFramed = { 'frame-ancestors': ["'none'"] };
    return [
      {
        source: '/:path((?!embed/).*)',
        headers: [
          ...SECURITY_HEADERS,
          { key: 'Content-Security-Policy', value: getContentSecurityPolicy(notFramed) },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      {
        source: '/embed/:path*',
        headers: [...SECURITY_HEADERS, { key: 'Content-Security-Policy', value: getContentSecurityPolicy(framed) }],
      },
    ];
  },
  // Chart images come from a Pages Router API route, the one kind of handler that can send Content-Length.
  async rewrites() {
    return [{ source: '/charts/:file', destination: '/api/charts/:file' }];
  },
};

module.exports = withNextIntl(nextConfig);
