import { nextEntryNumber } from '@/db/queries/register-counters';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { recordEntry } from '@/lib/civil-status/records';
import { AppError } from '@/lib/errors';
import { requestHealthCard, requestPermanentResidence } from '@/lib/integrations';
import { notifyApplicant } from '@/lib/notifications';
import { population, type Address, type Person, type PopulationRegistry } from '@/lib/population';
import { joinFullName } from '@/lib/population/names';
import { homeTownText, registrationType, type BirthAnswers } from '@/lib/procedures/birth-registration';
import { printedRegistryName } from '@/lib/procedures/birth-registration/document';
import { getRegistry } from '@/lib/registries';
import { applyAction } from '@/lib/workflow/apply-action';
import { consentOfApplication } from './household-consent';
import { transitionFor, type Status } from '@/lib/workflow/table';
import { loadBirthContext } from './birth-context';
import { applicationOfRegistry, officerActor, type RegistryStaff } from './registry-staff';

export type BirthRegistration = { entryNumber: string; book: string; registeredOn: string; childPersonalId: string; registryName: string };

/** The population registry is a parameter so a test can make it fail half-way. */
export type RegisterBirthDeps = { population?: (db: Db) => PopulationRegistry };

/** With the residence bundle the child lives where a parent is registered, in that parent's household. */
function residenceFromParent(ctx: { mother: Person | null; father: Person | null }): { address: Address; householdId: string | null; relationshipToHead: string | null } | null {
  const parent = [ctx.mother, ctx.father].find((p) => p?.permanentResidence);
  if (!parent?.permanentResidence) return null;
  // A child of the head or of the head's spouse is the head's child; otherwise a grandchild.
  const parentIsHeadOrSpouse = ['Chủ hộ', 'Vợ', 'Chồng'].includes(parent.relationshipToHead ?? '');
  return {
    address: parent.permanentResidence,
    householdId: parent.householdId,
    relationshipToHead: parent.householdId ? (parentIsHeadOrSpouse ? 'Con' : 'Cháu') : null,
  };
}

/**
 * Makes the register entry (Circular 01/2022 Art. 4(1), 11), all in one transaction: the entry
 * number in book 01/<year>, the child's personal ID from the population database and the child's
 * record there, the civil-status entry, the status change and the bundle requests. Any failure
 * leaves nothing behind, so a number is never used twice or lost.
 */
export async function registerBirth(db: Db, input: { applicationId: string; officer: RegistryStaff; now: Date }, deps: RegisterBirthDeps = {}): Promise<BirthRegistration> {
  const { officer, now } = input;
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, officer.registryCode, { forUpdate: true });
    // Checked before any number is drawn; applyAction checks again under the same lock.
    if (!transitionFor('register', app.status as Status, 'officer')) throw new AppError('illegalTransition', `register is not allowed from ${app.status}`);
    const answers = app.answers as BirthAnswers;
    const child = answers.child;
    if (!child || !answers.bundle) throw new AppError('conflict', 'The application is incomplete');
    const registeredOn = calendar.localDate(now);
    const year = Number(registeredOn.slice(0, 4));
    const ctx = await loadBirthContext(tx, answers, app.applicantPersonalId, registeredOn);
    const registry = await getRegistry(tx, app.registryCode);
    if (!registry) throw new AppError('notFound', `Registry ${app.registryCode} is missing`);

    const entryNumber = String(await nextEntryNumber(tx, { registryCode: registry.code, year, eventType: 'birth' }));
    const book = `01/${year}`;
    const registryName = printedRegistryName(registry);
    const pop = (deps.population ?? population)(tx);
    // The same child registered twice (two drafts, two tabs) would get two personal ID numbers.
    const parentId = ctx.mother?.personalId ?? ctx.father?.personalId;
    const siblings = parentId ? await pop.findChildrenOf(parentId) : [];
    const fullName = joinFullName(child);
    if (siblings.some((s) => s.dateOfBirth === child.dateOfBirth && s.fullName === fullName)) {
      throw new AppError('conflict', 'A child with this name and date of birth is already registered to this parent');
    }
    const childPersonalId = await pop.allocatePersonalId({ registryProvinceCode: registry.provinceCode, sex: child.sex, dateOfBirth: child.dateOfBirth });
    // The residence is registered only with the household head's consent (asked at submission).
    const consent = answers.bundle.residence ? await consentOfApplication(tx, app.id) : undefined;
    if (consent?.status === 'requested') throw new AppError('conflict', "Waiting for the household head's consent to the child's residence", { reason: 'consentPending' });
    const residence = answers.bundle.residence && consent?.status !== 'refused' ? residenceFromParent(ctx) : null;
    const father = answers.father?.status === 'provided' ? ctx.father : null;
    await pop.addPerson({
      personalId: childPersonalId,
      surname: child.surname,
      middleName: child.middleName,
      givenName: child.givenName,
      sex: child.sex,
      dateOfBirth: child.dateOfBirth,
      ethnicityCode: child.ethnicityCode,
      nationality: 'VN',
      placeOfBirth: child.placeOfBirth,
      homeTown: homeTownText(child, ctx),
      permanentResidence: residence?.address ?? null,
      phone: null,
      email: null,
      maritalStatus: 'single',
      fatherPersonalId: father?.personalId ?? null,
      motherPersonalId: ctx.mother?.personalId ?? null,
      householdId: residence?.householdId ?? null,
      relationshipToHead: residence?.relationshipToHead ?? null,
    });
    await recordEntry(tx, {
      eventType: 'birth',
      registrationType: registrationType(child.dateOfBirth, app.submittedAt ? calendar.localDate(app.submittedAt) : registeredOn),
      subjectPersonalId: childPersonalId,
      otherPartyPersonalId: null,
      nameOnRecord: fullName,
      registryCode: registry.code,
      registryName,
      entryNumber,
      book,
      registeredOn,
    });
    const registration: BirthRegistration = { entryNumber, book, registeredOn, childPersonalId, registryName };
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'register',
      actor: officerActor(officer),
      scope: { registryCode: officer.registryCode },
      now,
      payload: registration,
    });

    const birthRegistration = { registryCode: registry.code, entryNumber, book, registeredOn };
    if (residence) {
      await requestPermanentResidence(tx, { applicationId: app.id, childPersonalId, childFullName: fullName, ...residence, birthRegistration }, now);
    }
    if (answers.bundle.healthInsurance) {
      const request = { applicationId: app.id, childPersonalId, childFullName: fullName, sex: child.sex, dateOfBirth: child.dateOfBirth };
      await requestHealthCard(tx, { ...request, residence: residence?.address ?? null, birthRegistration }, now);
    }
    await notifyApplicant(tx, updated, 'registered', { entryNumber, book }, now);
    return registration;
  });
}
