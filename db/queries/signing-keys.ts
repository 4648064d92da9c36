import { eq } from 'drizzle-orm';
import type { JWK } from 'jose';
import { signingKeys } from '../schema';
import type { Db } from '../types';

/** Public keys of the keys the database held before migration 0013 (it holds no private key). */
export async function selectLegacyPublicKeys(db: Db, purpose: string): Promise<JWK[]> {
  const rows = await db.select({ publicJwk: signingKeys.publicJwk }).from(signingKeys).where(eq(signingKeys.purpose, purpose));
  return rows.map((r) => r.publicJwk as JWK);
}
