import { validatePersonalId } from '@/lib/identity/personal-id';
import type { Finding } from '../contract';
import { crossChecks, registrationType } from './checks';
import type { DeathContext } from './context';
import type { DeathAnswers } from './schema';

/**
 * What the officer checks before returning the draft: blocking problems, a late registration
 * (fee), a death with no electronic notice (check the photographed one), who the applicant is to
 * the deceased, and the surviving spouse whose marital status registration will change.
 */
export function reviewFindings(answers: DeathAnswers, ctx: DeathContext, submittedOn: string): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  const { deceased } = ctx;
  if (deceased) {
    const id = validatePersonalId(deceased.personalId, { sex: deceased.sex, dateOfBirth: deceased.dateOfBirth });
    if (id.ok) for (const w of id.warnings) findings.push({ field: 'deceased.personalId', code: `personalId.${w}`, severity: 'warning', typed: deceased.personalId, onRecord: `${deceased.sex}, ${deceased.dateOfBirth}` });
  }
  if (answers.death && registrationType(answers.death.dateOfDeath, submittedOn) === 'late') {
    findings.push({ field: 'death.dateOfDeath', code: 'lateDeathRegistration', severity: 'info', typed: answers.death.dateOfDeath });
  }
  if (!ctx.deathNotice) findings.push({ field: 'documents.deathNotice', code: 'noElectronicDeathNotice', severity: 'info' });
  const relationship = answers.applicant?.relationship;
  if (relationship === 'spouse' && ctx.spouse?.personalId !== ctx.applicant.personalId) {
    findings.push({ field: 'applicant.relationship', code: 'applicantIsNotSpouse', severity: 'warning', onRecord: ctx.spouse?.fullName ?? '—' });
  }
  if (ctx.spouse) findings.push({ field: 'deceased.personalId', code: 'spouseWillBeWidowed', severity: 'info', onRecord: ctx.spouse.fullName });
  return findings;
}
