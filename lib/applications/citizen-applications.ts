import { selectApplication, selectApplicationsOfApplicant, selectEvents } from '@/db/queries/applications';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { getRegistry } from '@/lib/registries';

/** The applicant's own applications, newest first. */
export function applicationsOfApplicant(db: Db, personalId: string) {
  return selectApplicationsOfApplicant(db, personalId);
}

/**
 * One of the applicant's applications with its registry, its history and the connected agencies'
 * answers (residence, health insurance); anyone else's is "not found".
 */
export async function applicationForApplicant(db: Db, applicationId: string, personalId: string) {
  const app = await selectApplication(db, applicationId, { applicantPersonalId: personalId });
  if (!app) throw new AppError('notFound');
  const [registry, events, receipts] = await Promise.all([getRegistry(db, app.registryCode), selectEvents(db, app.id), selectReceiptsOfApplication(db, app.id)]);
  return { app, registry: registry ?? null, events, receipts };
}
