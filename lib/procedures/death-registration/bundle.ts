import { INTEGRATION_TOPICS } from '@/lib/integrations/types';
import type { BundleRequest, IssuedResult } from '../contract';
import type { DeathContext } from './context';
import type { DeathAnswers } from './schema';

/**
 * The death bundle (Decree 63/2024; Decision 296/QĐ-VPCP): deletion of the deceased's permanent
 * residence, the funeral allowance and the survivor allowance, each with the issued e-death
 * extract, keyed by application and request so each is queued once.
 */
export function deathBundle(answers: DeathAnswers, ctx: DeathContext, issued: IssuedResult): BundleRequest[] {
  const bundle = answers.bundle;
  const death = answers.death;
  if (!bundle || !death || !ctx.deceased) return [];
  const { registration, document, applicationId } = issued;
  const common = {
    applicationId,
    personalId: ctx.deceased.personalId,
    fullName: ctx.deceased.fullName,
    registration: { registryCode: registration.registryCode, entryNumber: registration.entryNumber, book: registration.book, registeredOn: registration.registeredOn },
    document,
    dateOfDeath: death.dateOfDeath,
  };
  const requests: BundleRequest[] = [];
  if (bundle.residenceDeletion) requests.push({ topic: INTEGRATION_TOPICS.residenceDeletion, key: `${applicationId}:residenceDeletion`, payload: common });
  const recipient = ctx.recipient && { personalId: ctx.recipient.personalId, fullName: ctx.recipient.fullName, bankAccount: bundle.bankAccount, bank: bundle.bank };
  if (recipient && bundle.funeralAllowance) requests.push({ topic: INTEGRATION_TOPICS.funeralAllowance, key: `${applicationId}:funeralAllowance`, payload: { ...common, recipient } });
  if (recipient && bundle.survivorAllowance) requests.push({ topic: INTEGRATION_TOPICS.survivorAllowance, key: `${applicationId}:survivorAllowance`, payload: { ...common, recipient } });
  return requests;
}
