import { selectOverdueApplications } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { notifyApplicant } from '@/lib/notifications';
import { procedureOf } from '@/lib/procedures';
import { annotate } from '@/lib/workflow/apply-action';
import { STATUSES, STATUS_RULES } from '@/lib/workflow/table';
import { SCHEDULER } from './confirm-expired-drafts';

/** Statuses in which the registry's clock runs: a due date passed there is the registry's delay. */
const CLOCK_RUNNING = STATUSES.filter((s) => STATUS_RULES[s].clock === 'running');

/**
 * A non-terminal application whose due date has passed while the registry's clock ran is flagged
 * `delayed`, once: the applicant receives a written apology with a new date (Law on Civil Status
 * Art. 9(3)), and the new date becomes the due date. Each in its own transaction.
 */
export async function flagDelayedApplications(db: Db, options: { now: Date }): Promise<{ flagged: number; failed: number }> {
  const today = calendar.localDate(options.now);
  let flagged = 0;
  let failed = 0;
  for (const app of await selectOverdueApplications(db, today, CLOCK_RUNNING)) {
    try {
      const previousDueOn = app.dueOn!;
      const dueOn = calendar.addWorkingDays(calendar.workingDayOnOrAfter(today), Math.max(1, procedureOf(app.procedureCode).processingWorkingDays));
      await inTransaction(db, async (tx) => {
        const updated = await annotate(tx, {
          applicationId: app.id,
          annotation: 'flagDelayed',
          actor: SCHEDULER,
          scope: { system: true },
          now: options.now,
          payload: { previousDueOn, dueOn },
          changes: { delayedAt: options.now, dueOn },
        });
        await notifyApplicant(tx, updated, 'delayed', { previousDueOn, dueOn }, options.now);
      });
      flagged++;
    } catch {
      failed++;
    }
  }
  return { flagged, failed };
}
