import { randomUUID } from 'node:crypto';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { resolveRegistry } from '@/db/seed/personas';
import type { Db } from '@/db/types';
import { createOfficeUser } from '@/lib/auth/office-accounts';
import type { RegistryStaff } from './registry-staff';
import { saveStep } from './save-step';
import { startApplication } from './start-application';
import { submitApplication } from './submit-application';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';
import { uploadAttachment } from './attachments';
import { answerConsentRequest, consentRequestsOf } from './consents';
import { acceptApplication } from './accept-application';
import { returnDraft } from './return-draft';

/*
 * Test fixtures for the registry use cases: Lan's birth application taken through the real
 * start / save / submit use cases (by procedure code, like any client of the engine), and the
 * demo office accounts. Database tests only.
 */

export const LAN = '001195012345';
export const MINH = '001093054321';
export const HOAN_KIEM = '00070';
export const at = (local: string) => new Date(`${local}+07:00`);

type Child = {
  surname: string; middleName: string; givenName: string; sex: 'male' | 'female'; dateOfBirth: string; timeOfBirth: string;
  placeOfBirthKind: 'healthFacility' | 'other'; placeOfBirth: string; ethnicityCode: string; homeTownKind: 'sameAsFather' | 'sameAsMother' | 'other'; homeTown: string;
};

const SON: Child = {
  surname: 'Trần', middleName: 'Minh', givenName: 'Khôi', sex: 'male', dateOfBirth: '2026-11-15', timeOfBirth: '08:40',
  placeOfBirthKind: 'healthFacility', placeOfBirth: 'Bệnh viện Phụ sản Hà Nội, 43 Tràng Thi, Phường Cửa Nam, Thành phố Hà Nội',
  ethnicityCode: '01', homeTownKind: 'sameAsFather', homeTown: '',
};

/** Lan files the birth of her son (or another child) and submits; returns the submitted application's id. */
export async function submitBirthApplication(
  db: Db,
  options: { now: Date; registryCode?: string; child?: Partial<Child>; bundle?: { residence: boolean; healthInsurance: boolean }; witnessStatement?: boolean; email?: string; householdConsent?: boolean },
): Promise<{ id: string; dossierCode: string }> {
  const { now } = options;
  const app = await startApplication(db, { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now });
  const save = async (step: string, values: unknown) => {
    const result = await saveStep(db, { applicationId: app.id, personalId: LAN, organisationCode: null, step, values, now });
    if (!result.ok) throw new Error(`${step}: ${JSON.stringify(result.fieldErrors)}`);
  };
  await save('registry', { registryCode: options.registryCode ?? HOAN_KIEM });
  await save('applicant', { relationship: 'mother', phone: '0912 345 678', email: options.email ?? 'lan.nguyen@example.vn' });
  await save('mother', { personalId: LAN });
  await save('father', { status: 'provided', personalId: MINH });
  await save('child', { ...SON, ...options.child });
  if (options.witnessStatement) {
    const upload = await uploadAttachment(db, createMemoryStorage(), { applicationId: app.id, personalId: LAN, organisationCode: null, kind: 'witnessStatement', bytes: await jpeg(1500, 2000), originalName: 'witness.jpg', now });
    if (!upload.ok) throw new Error(`upload: ${upload.error}`);
  }
  await save('bundle', options.bundle ?? { residence: true, healthInsurance: true });
  const result = await submitApplication(db, { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now });
  if (!result.ok) throw new Error(`submit: ${JSON.stringify(result.problems)}`);
  // Minh heads the household at 12 Hàng Bài: he agrees to the child's residence unless told not to.
  if (options.householdConsent !== false) {
    for (const request of await consentRequestsOf(db, MINH)) {
      if (request.status === 'requested') await answerConsentRequest(db, { consentId: request.id, personalId: MINH, agree: true, now });
    }
  }
  return { id: result.applicationId, dossierCode: result.dossierCode };
}

/**
 * Lan's birth application of a child born 5 Feb 2026, accepted by Hoàn Kiếm and its draft returned
 * on Fri 13 Feb 2026 at 16:30: her check is due Mon 23 Feb 17:00, after Tết (Art. 6(3)).
 */
export async function birthDraftReturnedBeforeTet(db: Db) {
  const officer = await staff(db, 'officer.hoankiem');
  const child = { dateOfBirth: '2026-02-05', timeOfBirth: '', placeOfBirthKind: 'other' as const, placeOfBirth: '12 Hàng Bài, Phường Hoàn Kiếm, Thành phố Hà Nội' };
  const { id } = await submitBirthApplication(db, { now: at('2026-02-13T09:00'), child, witnessStatement: true });
  await acceptApplication(db, { applicationId: id, officer, now: at('2026-02-13T10:00') });
  const returned = await returnDraft(db, { applicationId: id, officer, now: at('2026-02-13T16:30') });
  return { id, returned };
}

/** A seeded office account as its session would describe it. */
export async function staff(db: Db, username: string): Promise<RegistryStaff> {
  const user = await selectOfficeUserByUsername(db, username);
  if (!user?.registryCode) throw new Error(`No registry account ${username}`);
  return { userId: user.id, registryCode: user.registryCode };
}

/** A signer of Phường Sài Gòn, which the demo data does not have. */
export async function saigonSigner(db: Db): Promise<RegistryStaff> {
  const username = 'leader.saigon.test';
  if (!(await selectOfficeUserByUsername(db, username))) {
    await createOfficeUser(db, {
      username, fullName: 'Trương Văn Sơn', title: 'Chủ tịch UBND phường', role: 'signer',
      registryCode: resolveRegistry('UBND Phường Sài Gòn, TP Hồ Chí Minh'), provinceCode: null, password: 'not-used-0123456789',
    });
  }
  return staff(db, username);
}
