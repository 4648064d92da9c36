import { answerConsent, selectConsentsAskedOf, selectConsentsOfApplication, upsertConsent } from '@/db/queries/consents';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { enqueueNotification, nounsOf } from '@/lib/notifications';
import { population } from '@/lib/population';
import { procedureOf } from '@/lib/procedures';
import { consentPurposeText } from '@/lib/i18n/procedure-words';
import type { Consent, ConsentStatus } from '@/lib/procedures/contract';

/*
 * Consents an application needs from people other than the applicant (the procedure's `parties`):
 * asked at submission, answered by each person from their own account; applying is consenting
 * when the applicant is that person. The registry registers only once no consent is pending.
 */

/** At submission, inside its transaction: record or request each consent the procedure names. */
export async function requestConsents(
  tx: Db,
  app: { id: string; dossierCode: string; procedureCode: string; applicantPersonalId: string; applicantName: string },
  requests: readonly { personalId: string; purpose: string }[],
  now: Date,
) {
  const existing = await selectConsentsOfApplication(tx, app.id);
  const procedure = procedureOf(app.procedureCode);
  for (const r of requests) {
    if (existing.some((c) => c.personalId === r.personalId && c.purpose === r.purpose)) continue;
    const self = r.personalId === app.applicantPersonalId;
    await upsertConsent(tx, { applicationId: app.id, personalId: r.personalId, purpose: r.purpose, status: self ? 'given' : 'requested', requestedAt: now, answeredAt: self ? now : null });
    if (self) continue;
    await enqueueNotification(tx, {
      applicationId: app.id,
      dossierCode: app.dossierCode,
      eventKey: `${app.id}:consent:${r.purpose}:${r.personalId}`,
      personalId: r.personalId,
      template: 'consentRequested',
      params: { applicantName: app.applicantName, purposeVi: consentPurposeText(procedure.code, r.purpose, 'vi'), purposeEn: consentPurposeText(procedure.code, r.purpose, 'en') },
      nouns: nounsOf(app.procedureCode),
      now,
    });
  }
}

export async function consentsOfApplication(db: Db, applicationId: string): Promise<Consent[]> {
  return (await selectConsentsOfApplication(db, applicationId)).map((c) => ({ personalId: c.personalId, purpose: c.purpose, status: c.status as ConsentStatus }));
}

/** What a person is asked to agree to: the purpose (a message id), whom it is about, who asks. */
export async function consentRequestsOf(db: Db, personalId: string) {
  const rows = await selectConsentsAskedOf(db, personalId);
  const applicants = await population(db).findPeople([...new Set(rows.map((r) => r.applicantPersonalId))]);
  return rows
    .filter((r) => r.applicantPersonalId !== personalId)
    .map((r) => {
      return {
        id: r.consent.id,
        status: r.consent.status as ConsentStatus,
        dossierCode: r.dossierCode,
        purposeMessage: `procedures.${r.procedureCode}.consentPurposes.${r.consent.purpose}`,
        subjectName: r.subjectName,
        applicantName: applicants.find((a) => a.personalId === r.applicantPersonalId)?.fullName ?? '',
      };
    });
}

export async function answerConsentRequest(db: Db, input: { consentId: string; personalId: string; agree: boolean; now: Date }) {
  const row = await answerConsent(db, input.consentId, input.personalId, input.agree ? 'given' : 'refused', input.now);
  if (!row) throw new AppError('notFound');
  return row;
}
