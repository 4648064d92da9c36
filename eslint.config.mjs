import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * A procedure is data: the engine reaches it only through the registry (`@/lib/procedures`,
 * `procedureOf`) and the client-safe form registry (`@/lib/procedures/forms`). No file outside
 * lib/procedures/ may import a procedure's own folder.
 */
const PROCEDURE_FOLDERS = {
  patterns: [
    {
      // Every module of lib/procedures/ but the engine-facing ones (the registry, the contract, the
      // client form registry, field kinds, page types, the catalogue), and anything inside a folder.
      group: [
        '@/lib/procedures/*',
        '!@/lib/procedures/contract',
        '!@/lib/procedures/forms',
        '!@/lib/procedures/form-types',
        '!@/lib/procedures/fields',
        '!@/lib/procedures/catalogue',
        '@/lib/procedures/*/**',
        '**/lib/procedures/*/**',
      ],
      message: 'A procedure folder is reached only through the registry: import procedureOf from @/lib/procedures (or formOf from @/lib/procedures/forms).',
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    ignores: ['lib/procedures/**'],
    rules: { 'no-restricted-imports': ['error', PROCEDURE_FOLDERS] },
  },
];

export default config;
