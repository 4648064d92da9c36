import { selectAssistedDraft } from '@/db/queries/assisted-filings';
import type { Db } from '@/db/types';

/**
 * The citizen behind an application this helper may still work on, or null: another helper's,
 * a submitted one, or one never helped with are all "not found" to the caller (lib/auth `filerFor`).
 */
export async function assistedDraftFor(db: Db, input: { applicationId: string; helperUserId: string }) {
  const row = await selectAssistedDraft(db, input.applicationId, input.helperUserId);
  return row ? { citizenPersonalId: row.applicantPersonalId, filing: row.filing } : null;
}
