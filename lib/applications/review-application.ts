import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import type { Finding } from '@/lib/procedures/contract';
import type { Status } from '@/lib/workflow/table';
import { openApplication } from './open-application';
import { applicationOfRegistry } from './registry-staff';

/** Findings compare the answers with the databases before the event is registered, not after it changed them. */
const BEFORE_REGISTRATION: readonly Status[] = ['submitted', 'needsSupplement', 'inReview', 'verificationPending', 'awaitingApplicantConfirmation', 'awaitingRegistration', 'awaitingPersonalId'];

/**
 * Everything the officer needs to check a dossier: the application, the answers, what the
 * databases say (the same context the form was prefilled from, as of the day of submission) and
 * the differences between the two. Only the application's own registry sees it.
 */
export async function applicationForReview(db: Db, applicationId: string, registryCode: string) {
  const application = await applicationOfRegistry(db, applicationId, registryCode);
  const submittedOn = calendar.localDate(application.submittedAt ?? application.updatedAt);
  const open = await openApplication(db, application, submittedOn);
  const mismatches: Finding[] = BEFORE_REGISTRATION.includes(application.status as Status) ? open.procedure.reviewFindings(open.answers, open.ctx, submittedOn) : [];
  return { application, ...open, open, mismatches };
}
