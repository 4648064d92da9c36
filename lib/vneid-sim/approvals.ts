import 'server-only';
import { and, desc, eq, gt } from 'drizzle-orm';
import { vneidSimApprovals } from '@/db/schema';
import type { Db } from '@/db/types';
import { isUuid } from '@/lib/uuid';
import { APPROVAL_TTL_MS, type ApprovalAnswer, type IdentityApprovals } from '@/lib/identity/approvals';

/*
 * The VNeID simulator's approvals: the "push" a citizen's app would show. The requests live in
 * the simulator's own table (the real VNeID keeps its own), so every app instance sees them.
 */

export function simulatedApprovals(db: Db): IdentityApprovals {
  return {
    async request({ personalId, requester, purpose, now }) {
      const [row] = await db
        .insert(vneidSimApprovals)
        .values({ personalId, requester, purpose, status: 'pending', createdAt: now, expiresAt: new Date(now.getTime() + APPROVAL_TTL_MS) })
        .returning({ id: vneidSimApprovals.id });
      return row!.id;
    },
    async answer(reference, now): Promise<ApprovalAnswer> {
      if (!isUuid(reference)) return 'expired';
      const [row] = await db.select().from(vneidSimApprovals).where(eq(vneidSimApprovals.id, reference));
      if (!row) return 'expired';
      if (row.status === 'pending') return row.expiresAt > now ? 'pending' : 'expired';
      return row.status as 'approved' | 'refused';
    },
  };
}

/** What the citizen's simulated app shows: the requests of the last hour, waiting or answered. */
export async function approvalsOf(db: Db, personalId: string, now: Date) {
  const rows = await db
    .select()
    .from(vneidSimApprovals)
    .where(and(eq(vneidSimApprovals.personalId, personalId), gt(vneidSimApprovals.createdAt, new Date(now.getTime() - 60 * 60 * 1000))))
    .orderBy(desc(vneidSimApprovals.createdAt));
  return rows.map((r) => ({ id: r.id, requester: r.requester, purpose: r.purpose, createdAt: r.createdAt, status: r.status === 'pending' && r.expiresAt <= now ? ('expired' as const) : (r.status as 'pending' | 'approved' | 'refused') }));
}

/** The citizen answers in their app: only their own request, only while it waits. */
export async function answerApproval(db: Db, input: { id: string; personalId: string; answer: 'approved' | 'refused'; now: Date }): Promise<boolean> {
  if (!isUuid(input.id)) return false;
  const rows = await db
    .update(vneidSimApprovals)
    .set({ status: input.answer, answeredAt: input.now })
    .where(and(eq(vneidSimApprovals.id, input.id), eq(vneidSimApprovals.personalId, input.personalId), eq(vneidSimApprovals.status, 'pending'), gt(vneidSimApprovals.expiresAt, input.now)))
    .returning({ id: vneidSimApprovals.id });
  return rows.length === 1;
}
