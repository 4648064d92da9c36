import type { Db } from '@/db/types';
import { findEntries, type RegisterQuery } from '@/lib/civil-status/register';
import type { CopiedEntry, Problem } from '../contract';
import type { CopyContext } from './context';
import { requesterProblems } from '../requester';
import { EVENT_OF, type CopyAnswers, type StepId } from './schema';

/** The pages shown: the registration details or the people of the event asked for; the authorisation when someone else's. */
export function visibleSteps(answers: CopyAnswers): StepId[] {
  const steps: StepId[] = ['applicant', 'registry', 'request'];
  const request = answers.request;
  if (request?.lookup === 'byRegistrationDetails') steps.push('entry');
  else if (request?.lookup === 'byPersonalDetails') steps.push(request.documentKind === 'birthCertificateCopy' ? 'birthPersons' : request.documentKind === 'marriageExtract' ? 'marriagePersons' : 'deathPersons');
  if (answers.applicant?.relationship === 'authorised') steps.push('documents');
  return steps;
}

export function requiredDocuments(answers: CopyAnswers): string[] {
  return answers.applicant?.relationship === 'authorised' ? ['authorisation'] : [];
}

/** Who may have copies (Law Art. 63–64): the person, a parent for a minor child, or someone authorised. */
export function crossChecks(answers: CopyAnswers, ctx: CopyContext): Problem[] {
  return requesterProblems(answers.applicant, ctx);
}

/** The register query the answers make (Circular 01/2022 Art. 7(1)–(2)). */
export function queryOf(answers: CopyAnswers): RegisterQuery | null {
  const request = answers.request;
  if (!request) return null;
  const eventType = EVENT_OF[request.documentKind];
  if (request.lookup === 'byRegistrationDetails') {
    const e = answers.entry;
    return e ? { by: 'entry', eventType, registryCode: e.entryRegistry, entryNumber: e.entryNumber, registeredOn: e.registeredOn } : null;
  }
  const dob = (d: string) => d || null;
  if (request.documentKind === 'birthCertificateCopy') {
    const p = answers.birthPersons;
    if (!p) return null;
    return {
      by: 'persons',
      eventType,
      persons: [
        { role: 'child', fullName: p.childFullName, dateOfBirth: p.childDateOfBirth },
        ...(p.motherFullName ? [{ role: 'mother' as const, fullName: p.motherFullName, dateOfBirth: dob(p.motherDateOfBirth) }] : []),
        ...(p.fatherFullName ? [{ role: 'father' as const, fullName: p.fatherFullName, dateOfBirth: dob(p.fatherDateOfBirth) }] : []),
      ],
    };
  }
  if (request.documentKind === 'marriageExtract') {
    const p = answers.marriagePersons;
    return p
      ? { by: 'persons', eventType, persons: [{ role: 'wife', fullName: p.wifeFullName, dateOfBirth: p.wifeDateOfBirth }, { role: 'husband', fullName: p.husbandFullName, dateOfBirth: p.husbandDateOfBirth }] }
      : null;
  }
  const p = answers.deathPersons;
  return p ? { by: 'persons', eventType, persons: [{ role: 'deceased', fullName: p.deceasedFullName, dateOfBirth: p.deceasedDateOfBirth }] } : null;
}

/** The person whose entry it must be: the applicant, their minor child, or the person who authorised them. */
export function mayReceive(_answers: CopyAnswers, ctx: CopyContext, entry: CopiedEntry): boolean {
  const subject = ctx.subject;
  return Boolean(subject && entry.persons.some((p) => p.personalId === subject.personalId));
}

/** Entries anywhere in the country (copies are issued by any registry, Law Art. 63) that the applicant may have. */
export async function findCopiedEntries(db: Db, answers: CopyAnswers, ctx: CopyContext, options: { officialOnly: boolean }): Promise<CopiedEntry[]> {
  const query = queryOf(answers);
  if (!query) return [];
  const hits = await findEntries(db, query, { officialOnly: options.officialOnly, scope: { all: true } });
  return hits.filter((h) => mayReceive(answers, ctx, h));
}
