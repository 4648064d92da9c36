import { selectApplication, selectApplicationsOfApplicant, selectEvents } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { getRegistry } from '@/lib/registries';

/** The applicant's own applications, newest first. */
export function applicationsOfApplicant(db: Db, personalId: string) {
  return selectApplicationsOfApplicant(db, personalId);
}

/** One of the applicant's applications with its registry and history; anyone else's is "not found". */
export async function applicationForApplicant(db: Db, applicationId: string, personalId: string) {
  const app = await selectApplication(db, applicationId, { applicantPersonalId: personalId });
  if (!app) throw new AppError('notFound');
  const [registry, events] = await Promise.all([getRegistry(db, app.registryCode), selectEvents(db, app.id)]);
  return { app, registry: registry ?? null, events };
}
