import { INTEGRATION_TOPICS } from '@/lib/integrations/types';
import type { BundleRequest, IssuedResult } from '../contract';
import type { BirthContext } from './prefill';
import { childResidence, declaredParents } from './registration';
import type { BirthAnswers } from './schema';

/**
 * The birth bundle (Decree 63/2024): the child's permanent residence, with the household head's
 * consent, and a health-insurance card for a child under 6. Each request carries the issued
 * e-birth certificate and is keyed by application, so it is queued once.
 */
export function birthBundle(answers: BirthAnswers, ctx: BirthContext, issued: IssuedResult): BundleRequest[] {
  const child = answers.child;
  if (!child || !answers.bundle) return [];
  const { registration, document, applicationId } = issued;
  const common = {
    applicationId,
    personalId: registration.subjectPersonalId,
    fullName: registration.childFullName ?? '',
    registration: { registryCode: registration.registryCode, entryNumber: registration.entryNumber, book: registration.book, registeredOn: registration.registeredOn },
    document,
  };
  const requests: BundleRequest[] = [];
  const refused = issued.consents.some((c) => c.purpose === 'householdResidence' && c.status === 'refused');
  const residence = answers.bundle.residence && !refused ? childResidence(declaredParents(answers, ctx)) : null;
  if (residence) requests.push({ topic: INTEGRATION_TOPICS.residence, key: `${applicationId}:residence`, payload: { ...common, ...residence } });
  if (answers.bundle.healthInsurance) {
    requests.push({
      topic: INTEGRATION_TOPICS.socialInsurance,
      key: `${applicationId}:healthInsurance`,
      payload: { ...common, sex: child.sex, dateOfBirth: child.dateOfBirth, residence: residence?.address ?? null },
    });
  }
  return requests;
}
