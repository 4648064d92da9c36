import { validatePersonalId } from '@/lib/identity/personal-id';
import type { Person } from '@/lib/population/types';
import { ethnicityName } from '@/lib/reference/ethnicities';
import { crossChecks, registrationType, type BirthContext } from './prefill';
import type { BirthAnswers } from './schema';
import type { Finding } from '../contract';

export type { Finding };

/*
 * What the officer should look at before returning the draft: the applicant's answers compared
 * with the population and civil-status databases. Errors would have blocked submission; warnings
 * and notes do not block anything (a surname may come from either parent by agreement, Civil
 * Code Art. 26), they only point the officer at what to verify.
 */


function personalIdFindings(role: 'mother' | 'father', p: Person | null): Finding[] {
  if (!p) return [];
  const result = validatePersonalId(p.personalId, { sex: p.sex, dateOfBirth: p.dateOfBirth });
  if (!result.ok) return [{ field: `${role}.personalId`, code: `personalId.${result.error}`, severity: 'error', typed: p.personalId }];
  return result.warnings.map((w) => ({ field: `${role}.personalId`, code: `personalId.${w}`, severity: 'warning', typed: p.personalId, onRecord: `${p.sex}, ${p.dateOfBirth}` }));
}

export function reviewFindings(answers: BirthAnswers, ctx: BirthContext, submittedOn: string): Finding[] {
  const findings: Finding[] = crossChecks(answers, ctx).map((p) => ({ field: `${p.step}.${p.field}`, code: p.message, severity: 'error' }));
  const { mother } = ctx;
  const father = answers.father?.status === 'provided' ? ctx.father : null;
  const child = answers.child;

  if (child) {
    const parents = [father, mother].filter((p): p is Person => p !== null);
    if (father && child.surname !== father.surname) {
      const fromMother = mother?.surname === child.surname;
      findings.push({ field: 'child.surname', code: fromMother ? 'surnameFromMother' : 'surnameMatchesNeitherParent', severity: fromMother ? 'info' : 'warning', typed: child.surname, onRecord: father.surname });
    } else if (!father && mother && child.surname !== mother.surname) {
      findings.push({ field: 'child.surname', code: 'surnameMatchesNeitherParent', severity: 'warning', typed: child.surname, onRecord: mother.surname });
    }
    if (parents.length > 0 && !parents.some((p) => p.ethnicityCode === child.ethnicityCode)) {
      const names = parents.map((p) => ethnicityName(p.ethnicityCode) ?? p.ethnicityCode);
      findings.push({ field: 'child.ethnicityCode', code: 'ethnicityNotOfParents', severity: 'warning', typed: ethnicityName(child.ethnicityCode) ?? child.ethnicityCode, onRecord: [...new Set(names)].join(', ') });
    }
    if (registrationType(child.dateOfBirth, submittedOn) === 'late') findings.push({ field: 'child.dateOfBirth', code: 'lateRegistration', severity: 'info', typed: child.dateOfBirth });
  }

  findings.push(...personalIdFindings('mother', mother), ...personalIdFindings('father', father));

  const relationship = answers.applicant?.relationship;
  if ((relationship === 'mother' && mother && mother.personalId !== ctx.applicant.personalId) || (relationship === 'father' && father && father.personalId !== ctx.applicant.personalId)) {
    findings.push({ field: 'applicant.relationship', code: 'applicantIsNotParent', severity: 'warning', typed: relationship });
  }
  // Without a registered marriage the father can only be entered through recognition (procedures §4).
  if (father && mother && !ctx.marriage) findings.push({ field: 'father.personalId', code: 'parentsMarriageNotFound', severity: 'warning' });
  if (!ctx.birthNotice) findings.push({ field: 'documents.witnessStatement', code: 'noElectronicBirthNotice', severity: 'info' });
  for (const [role, p] of [['mother', mother], ['father', father]] as const) {
    if (p?.vitalStatus === 'deceased') findings.push({ field: `${role}.personalId`, code: 'parentDeceased', severity: 'info', onRecord: p.dateOfDeath ?? '' });
  }
  return findings;
}
