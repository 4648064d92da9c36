import { createRequire } from 'node:module';
import path from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Largest server-action request body: a 5 MB upload and its form (see serverActions below). */
export const SERVER_ACTION_BODY_LIMIT = 6 * 1024 * 1024;

/*
 * Messages are precompiled when lib/i18n/catalogues.ts reads them (they are files read at run time,
 * so a language is added without a build), and formatted by use-intl's format-only runtime: the ICU
 * parser (intl-messageformat) leaves every page's JS and the server's per-request work. This is the
 * alias next-intl's own `precompile` option sets, without its loader for imported catalogues.
 * Turbopack wants the target relative to the project, starting with "./".
 */
const formatOnly = `./${path.relative(process.cwd(), createRequire(import.meta.url).resolve('use-intl/format-message/format-only'))}`;

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { resolveAlias: { 'use-intl/format-message': formatOnly } },
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and argon2 is a native addon: neither may be bundled (STACK-NOTES).
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', 'pg-boss', 'pg'],
  poweredByHeader: false,
  // A clean CI clone builds once: writing Turbopack's build cache there costs half a minute for nothing.
  experimental: {
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
    // Forms that send a file through a server action (register-change evidence, the assisted
    // filing's signed paper) carry up to UPLOAD_POLICY.maxBytes (5 MB, lib/uploads/policy.ts) plus
    // their text fields: 6 MB, not the default 1 MB. The action and the form refuse a larger file
    // with the upload message; lib/uploads/policy.test.ts keeps the two numbers in step.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
