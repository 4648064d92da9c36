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

export async function selectAcceptsOnline(db: Db, registryCode: string, procedureCode: string): Promise<boolean | undefined> {
  const [row] = await db
    .select({ acceptsOnline: registryProcedures.acceptsOnline })
    .from(registryProcedures)
    .where(and(eq(registryProcedures.registryCode, registryCode), eq(registryProcedures.procedureCode, procedureCode)))
    .limit(1);
  return row?.acceptsOnline;
}
