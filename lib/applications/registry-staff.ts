import type { z } from 'zod';
import { selectApplication, type ApplicationRow } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import type { Actor } from '@/lib/workflow/apply-action';

/**
 * An officer or signer as the session knows them. The registry comes from the session, never from
 * input, and scopes every query: another registry's application is "not found".
 */
export type RegistryStaff = { userId: string; registryCode: string };

export const officerActor = (staff: RegistryStaff): Actor => ({ kind: 'officer', id: staff.userId });

/** The application if it belongs to the staff member's registry and has been submitted. */
export async function applicationOfRegistry(db: Db, applicationId: string, registryCode: string, options: { forUpdate?: boolean } = {}): Promise<ApplicationRow> {
  const app = await selectApplication(db, applicationId, { registryCode }, options);
  // A draft (even one withdrawn unsubmitted) is the applicant's own work: the registry never saw it.
  if (!app || app.status === 'draft' || !app.submittedAt) throw new AppError('notFound');
  return app;
}

/** Parses staff input; a failure is `invalidInput` with per-field message ids. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('invalidInput', 'Invalid input', { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  return parsed.data;
}
