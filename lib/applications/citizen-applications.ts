import { z } from 'zod';
import { selectApplicantList, selectApplication, selectEvents, selectParties, type ApplicantListCursor } from '@/db/queries/applications';
import { population } from '@/lib/population';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { getRegistry } from '@/lib/registries';

/** Applications shown on one page of "My applications". */
export const APPLICANT_PAGE_SIZE = 20;

const cursorSchema = z.object({ u: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), i: z.uuid() });

/** The cursor of an address, or null (the first page) for a missing or altered one. */
export function parseApplicantCursor(raw: string | undefined): ApplicantListCursor | null {
  if (!raw) return null;
  try {
    const c = cursorSchema.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { updatedAt: c.u, id: c.i };
  } catch {
    return null;
  }
}

/**
 * One page of the applications a person filed or joined, the latest change first (an
 * organisation's representative: the organisation's). Paged by keyset, never unbounded: a
 * department that files hundreds of requests gets the same page as a mother with one.
 */
export async function applicationsOfApplicant(db: Db, personalId: string, organisationCode: string | null, page: { after?: string } = {}) {
  const after = parseApplicantCursor(page.after);
  const rows = await selectApplicantList(db, personalId, organisationCode, { after, size: APPLICANT_PAGE_SIZE });
  const items = rows.slice(0, APPLICANT_PAGE_SIZE).map((row) => ({ id: row.id, procedureCode: row.procedureCode, subjectName: row.subjectName, dossierCode: row.dossierCode, status: row.status, updatedAt: row.updatedAt }));
  const last = rows.length > APPLICANT_PAGE_SIZE ? rows[APPLICANT_PAGE_SIZE - 1] : undefined;
  return { items, first: after === null, next: last ? Buffer.from(JSON.stringify({ u: last.cursorAt, i: last.id })).toString('base64url') : null };
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
