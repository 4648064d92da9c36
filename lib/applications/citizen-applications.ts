import { selectApplication, selectApplicationsOfApplicant, selectEvents, selectParties } from '@/db/queries/applications';
import { population } from '@/lib/population';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { getRegistry } from '@/lib/registries';

/** The applicant's own applications, newest first. */
export function applicationsOfApplicant(db: Db, personalId: string, organisationCode: string | null) {
  return selectApplicationsOfApplicant(db, personalId, organisationCode);
}

/**
 * One of the person's applications (filed, or joined as a co-applicant) with its registry, its history and the connected agencies'
 * answers (residence, health insurance); anyone else's is "not found".
 */
export async function applicationForApplicant(db: Db, applicationId: string, personalId: string, organisationCode: string | null) {
  const app = await selectApplication(db, applicationId, { partyPersonalId: personalId, organisationCode });
  if (!app) throw new AppError('notFound');
  const [registry, events, receipts, partyRows] = await Promise.all([getRegistry(db, app.registryCode), selectEvents(db, app.id), selectReceiptsOfApplication(db, app.id), selectParties(db, app.id)]);
  const people = await population(db).findPeople([app.applicantPersonalId, ...partyRows.map((p) => p.personalId)]);
  const nameOf = (id: string) => people.find((p) => p.personalId === id)?.fullName ?? '';
  const parties = partyRows.map((p) => ({ personalId: p.personalId, fullName: nameOf(p.personalId), status: p.status as 'pending' | 'confirmed' | 'declined' }));
  return { app, registry: registry ?? null, events, receipts, parties, applicantName: nameOf(app.applicantPersonalId), isApplicant: app.applicantPersonalId === personalId };
}
