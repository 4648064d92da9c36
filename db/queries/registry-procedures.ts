import { and, eq } from 'drizzle-orm';
import { registryProcedures } from '../schema';
import type { Db } from '../types';

export async function selectOfflineProceduresOfRegistry(db: Db, registryCode: string) {
  const rows = await db
    .select({ procedureCode: registryProcedures.procedureCode })
    .from(registryProcedures)
    .where(and(eq(registryProcedures.registryCode, registryCode), eq(registryProcedures.acceptsOnline, false)));
  return rows.map((r) => r.procedureCode);
}
