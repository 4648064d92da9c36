import { sql } from 'drizzle-orm';

/** A CHECK's list of allowed values from the TypeScript list they come from (constants, never input). */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));
