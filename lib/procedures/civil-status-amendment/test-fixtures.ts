import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { selectDocument } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import { acceptApplication } from '@/lib/applications/accept-application';
import { uploadAttachment } from '@/lib/applications/attachments';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { settlePayment, startPayment } from '@/lib/applications/payments';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, HOAN_KIEM, LAN, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { mockGateway, signedReturnQuery } from '@/lib/payments/gateway';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';

/* The amendment tests' shared steps: Lan's son registered with a misspelt name, and her correction filed. */

const SECRET = 'test-payment-secret-0123456789abcdef';
const gateway = mockGateway({ appUrl: 'http://portal.test', secret: SECRET });

export function amendmentFixtures(db: () => Db) {
  const storage = createMemoryStorage();

  /** Lan's son registered at Hoàn Kiếm with a given name typed without its diacritics, and his certificate issued. */
  async function misspeltBirth(given = 'Khoi') {
    const officer = await staff(db(), 'officer.hoankiem');
    const signer = await staff(db(), 'leader.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), child: { givenName: given } });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    const { documentIds } = await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-23T11:30'), baseUrl: 'https://hotich.example.vn', storage });
    const child = facts.childPersonalId as string;
    const record = (await recordsOfPerson(db(), child)).find((r) => r.eventType === 'birth')!;
    return { record, certificate: (await selectDocument(db(), documentIds[0]!))!, child };
  }

  /** Lan asks for her son's given name to be corrected, with her proof, and pays the province's fee. */
  async function fileCorrection(recordId: string, child: string, items: Record<string, string>, filer = LAN, options: { type?: string; consentStatement?: boolean; registryCode?: string; forSelf?: boolean } = {}) {
    const now = at('2026-12-01T09:00');
    const app = await startApplication(db(), { personalId: filer, organisationCode: null, procedureCode: 'civilStatusAmendment', startKey: randomUUID(), now });
    const save = async (step: string, values: unknown) => saveStep(db(), { applicationId: app.id, personalId: filer, organisationCode: null, step, values, now });
    const steps: [string, unknown][] = [
      ['applicant', options.forSelf ? { relationship: 'self', subjectPersonalId: '', phone: '0912 345 678', email: '' } : { relationship: 'parentOfMinor', subjectPersonalId: child, phone: '0912 345 678', email: '' }],
      ['record', { recordId, amendmentType: options.type ?? 'correction' }],
      ['items', { item1Field: '', item1Value: '', item1Reason: '', item2Field: '', item2Value: '', item2Reason: '', item3Field: '', item3Value: '', item3Reason: '', ...items }],
      ['registry', { registryCode: options.registryCode ?? HOAN_KIEM }],
    ];
    for (const [step, values] of steps) {
      const saved = await save(step, values);
      if (!saved.ok) return { id: app.id, problems: saved.fieldErrors };
    }
    const upload = await uploadAttachment(db(), storage, { applicationId: app.id, personalId: filer, organisationCode: null, kind: 'proof', bytes: await jpeg(1200, 1600), originalName: 'giay-chung-sinh.jpg', now });
    if (!upload.ok) throw new Error(`upload: ${upload.error}`);
    if (options.consentStatement) {
      const statement = await uploadAttachment(db(), storage, { applicationId: app.id, personalId: filer, organisationCode: null, kind: 'consentStatement', bytes: await jpeg(1200, 1600), originalName: 'y-kien-cua-con.jpg', now });
      if (!statement.ok) throw new Error(`upload: ${statement.error}`);
    }
    const submitted = await submitApplication(db(), { applicationId: app.id, personalId: filer, organisationCode: null, declaration: { agreed: true }, now });
    if (!submitted.ok) return { id: app.id, problems: submitted.problems };
    // The fee is the province's: where it publishes one (the demo data does), it is paid before the registry receives it.
    if (submitted.status !== 'awaitingPayment') return { id: app.id, problems: null };
    const started = await startPayment(db(), { applicationId: app.id, personalId: filer, organisationCode: null, now, gateway, returnUrl: 'http://portal.test/api/payments/return' });
    const params = signedReturnQuery(SECRET, { paymentId: started.paymentId, amountVnd: 7500, result: 'paid', transactionId: `SIM-${randomUUID().slice(0, 8)}`, at: now.toISOString() });
    expect(await settlePayment(db(), { params, now, gateway })).toMatchObject({ ok: true, newlyPaid: true });
    return { id: app.id, problems: null };
  }

  /** Lan's correction of her son's entry filed, received, returned and confirmed: ready to register. */
  async function confirmedCorrection(recordId: string, child: string, items: Record<string, string>) {
    const { id, problems } = await fileCorrection(recordId, child, items);
    expect(problems).toBeNull();
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    return { id, officer };
  }

  return { storage, misspeltBirth, fileCorrection, confirmedCorrection };
}
