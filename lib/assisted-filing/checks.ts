import 'server-only';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { simulatedApprovals } from '@/lib/vneid-sim/approvals';
import { simulatedCardReader } from '@/lib/vneid-sim/chip-card';
import type { IdentityChecks } from '.';

/**
 * The identity checks this installation has: the VNeID simulator's app approvals and card reader
 * in demo mode; in production none until the real adapters plug in here, so neither method is
 * offered rather than a simulated one accepted.
 */
export async function identityChecks(): Promise<IdentityChecks> {
  if (!env.vneid.simulatorEnabled) return { approvals: null, cardReader: null };
  const db = await getDb();
  return { approvals: simulatedApprovals(db), cardReader: simulatedCardReader(db) };
}
