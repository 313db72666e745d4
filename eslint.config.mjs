import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier';

// Next's own rules (React, hooks, accessibility, imports, TypeScript); formatting is Prettier's alone.
const config = [
  { ignores: ['.next/**', '.next-*/**', 'node_modules/**', 'test-results/**', 'next-env.d.ts', 'bench/results.json'] },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  prettier,
  // next.config.js is CommonJS, as Next loads it.
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      // Unused names are mistakes, except an intentional `_` placeholder.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
];

export default config;
