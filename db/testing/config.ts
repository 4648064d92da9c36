import path from 'node:path';

/** Where the migrated, reference-seeded templates live (built once per test run). */
export const PGLITE_TEMPLATE = path.resolve('.data/test/template.tar.gz');
export const PG_TEMPLATE_DB = 'hotich_test_template';

/** Read by test tooling only: the PostgreSQL server the database suite also runs on. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
