import { answerConsent, selectConsentOfApplication, selectConsentsOfHead, upsertConsent } from '@/db/queries/consents';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { enqueueNotification } from '@/lib/notifications';
import { population, type Person } from '@/lib/population';
import type { BirthAnswers, BirthContext } from '@/lib/procedures/birth-registration';

/*
 * The residence bundle registers the child in a parent's household, which needs the household
 * head's consent. When the applicant is the head, applying is consenting; otherwise the head is
 * asked (portal + SMS) and answers from his own account. The registry registers the residence
 * only with the consent given.
 */

/** The household the child would join: the mother's, else the father's (as at registration). */
export async function householdHeadFor(db: Db, ctx: Pick<BirthContext, 'mother' | 'father'>): Promise<Person | null> {
  const parent = [ctx.mother, ctx.father].find((p) => p?.permanentResidence && p.householdId);
  return parent?.householdId ? population(db).findHouseholdHead(parent.householdId) : null;
}

/** At submission, inside its transaction: record or request the head's consent. */
export async function requestHouseholdConsent(
  tx: Db,
  app: { id: string; dossierCode: string; applicantPersonalId: string; answers: BirthAnswers },
  ctx: BirthContext,
  now: Date,
) {
  if (!app.answers.bundle?.residence || (await selectConsentOfApplication(tx, app.id))) return;
  const head = await householdHeadFor(tx, ctx);
  if (!head) return;
  const self = head.personalId === app.applicantPersonalId;
  await upsertConsent(tx, { applicationId: app.id, headPersonalId: head.personalId, status: self ? 'given' : 'requested', requestedAt: now, answeredAt: self ? now : null });
  if (!self) {
    await enqueueNotification(tx, {
      applicationId: app.id,
      dossierCode: app.dossierCode,
      eventKey: `${app.id}:consent:${head.personalId}`,
      personalId: head.personalId,
      template: 'consentRequested',
      params: { applicantName: ctx.applicant.fullName },
      now,
    });
  }
}

export function consentOfApplication(db: Db, applicationId: string) {
  return selectConsentOfApplication(db, applicationId);
}

/** What a household head is asked to agree to, with the child's name and the applicant's. */
export async function consentRequestsOf(db: Db, headPersonalId: string) {
  const rows = await selectConsentsOfHead(db, headPersonalId);
  const applicants = await population(db).findPeople([...new Set(rows.map((r) => r.applicantPersonalId))]);
  return rows.map((r) => {
    const child = (r.answers as BirthAnswers).child;
    return {
      id: r.consent.id,
      status: r.consent.status,
      dossierCode: r.dossierCode,
      childName: child ? [child.surname, child.middleName, child.givenName].filter(Boolean).join(' ') : '',
      applicantName: applicants.find((a) => a.personalId === r.applicantPersonalId)?.fullName ?? '',
    };
  });
}

export async function answerHouseholdConsent(db: Db, input: { consentId: string; headPersonalId: string; agree: boolean; now: Date }) {
  const row = await answerConsent(db, input.consentId, input.headPersonalId, input.agree ? 'given' : 'refused', input.now);
  if (!row) throw new AppError('notFound');
  return row;
}
