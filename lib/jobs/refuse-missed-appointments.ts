import { selectApplication } from '@/db/queries/applications';
import { selectPastAppointmentsWaiting } from '@/db/queries/appointments';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { notifyApplicant } from '@/lib/notifications';
import { procedureOf } from '@/lib/procedures';
import { applyAction } from '@/lib/workflow/apply-action';
import { SCHEDULER } from './confirm-expired-drafts';

/**
 * The parties did not come to their appointment and did not move it: the application keeps
 * waiting for the procedure's grace period (`ceremony.missedAfterWorkingDays` working days after
 * the appointment day), then it is refused with a message to both. Each in its own transaction.
 */
export async function refuseMissedAppointments(db: Db, options: { now: Date }): Promise<{ refused: number; failed: number }> {
  const today = calendar.localDate(options.now);
  let refused = 0;
  let failed = 0;
  for (const appointment of await selectPastAppointmentsWaiting(db, options.now)) {
    try {
      const app = await selectApplication(db, appointment.applicationId, { system: true });
      const grace = app ? procedureOf(app.procedureCode).ceremony?.missedAfterWorkingDays : undefined;
      if (!app || grace === undefined) continue;
      const day = calendar.localDate(appointment.startsAt);
      if (calendar.workingDaysBetween(day, today) <= grace) continue;
      await inTransaction(db, async (tx) => {
        const updated = await applyAction(tx, { applicationId: app.id, action: 'missAppointment', actor: SCHEDULER, scope: { system: true }, now: options.now, payload: { appointmentOn: day } });
        await notifyApplicant(tx, updated, 'appointmentMissed', { date: day }, options.now);
      });
      refused++;
    } catch {
      failed++;
    }
  }
  return { refused, failed };
}
