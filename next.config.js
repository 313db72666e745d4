// @ts-check
const path = require('node:path');
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  outputFileTracingIncludes: { '/**': ['./data/**/*.csv'] },
  serverExternalPackages: [],
};

module.exports = withNextIntl(nextConfig);
