import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import type { BirthAnswers, BirthContext } from '@/lib/procedures/birth-registration';
import { reviewFindings, type Finding } from '@/lib/procedures/birth-registration/review';
import { loadBirthContext } from './birth-context';
import { applicationOfRegistry } from './registry-staff';

/**
 * Everything the officer needs to check a dossier: the application, the answers, what the
 * databases say (the same context the form was prefilled from, as of the day of submission) and
 * the differences between the two. Only the application's own registry sees it.
 */
export async function applicationForReview(db: Db, applicationId: string, registryCode: string) {
  const application = await applicationOfRegistry(db, applicationId, registryCode);
  const answers = application.answers as BirthAnswers;
  const submittedOn = calendar.localDate(application.submittedAt ?? application.updatedAt);
  const context: BirthContext = await loadBirthContext(db, answers, application.applicantPersonalId, submittedOn);
  const mismatches: Finding[] = reviewFindings(answers, context, submittedOn);
  return { application, answers, context, mismatches };
}
