import { ethnicityCodeByName } from '@/lib/reference/ethnicities';
import { isoDateOfValue, sexOfValue } from '@/lib/civil-status/amended-values';
import type { Problem } from '../contract';
import { ageOn, requesterProblems } from '../requester';
import { chosenEntry, type AmendableEntry, type AmendmentContext } from './context';
import { itemsOf, type AmendmentAnswers, type AmendmentType } from './schema';

/*
 * The rules of procedures.md §6 over the answers and the register: which fields each kind of
 * amendment may touch, that a requested value differs from the register's, and when the person
 * concerned must consent (Civil Code Arts. 28–29: a name change from 9 years, an ethnicity from 15).
 */

/** The fields of the entry this kind of amendment may change. */
export function fieldsFor(entry: AmendableEntry, type: AmendmentType | undefined): AmendableEntry['fields'] {
  return requestable(entry, type).filter((f) => f.type !== 'personalId');
}

function requestable(entry: AmendableEntry, type: AmendmentType | undefined): AmendableEntry['fields'] {
  if (type === 'supplement') return entry.fields.filter((f) => !f.current.trim());
  if (type === 'ethnicityRedetermination') return entry.fields.filter((f) => f.type === 'ethnicity');
  // A change of name is the person's own (Law Art. 26): made on the entry that names them as its subject.
  if (type === 'change') return entry.fields.filter((f) => f.type === 'name' && f.ofSubject);
  return entry.fields;
}

const CONSENT_AGE: Partial<Record<AmendmentType, number>> = { change: 9, ethnicityRedetermination: 15 };

/** Whether the person concerned must consent: someone else's name changed at 9 or over, ethnicity at 15 or over. */
export function consentNeeded(answers: AmendmentAnswers, ctx: AmendmentContext): boolean {
  const type = answers.record?.amendmentType;
  const age = type && CONSENT_AGE[type];
  if (!age || !ctx.subject || ctx.subject.personalId === ctx.applicant.personalId) return false;
  return ageOn(ctx.subject.dateOfBirth, ctx.today) >= age;
}

export function crossChecks(answers: AmendmentAnswers, ctx: AmendmentContext): Problem[] {
  const problems: Problem[] = [...requesterProblems(answers.applicant, ctx)];
  if (!answers.record) return problems;
  const entry = chosenEntry(answers, ctx);
  if (!entry) return [...problems, { step: 'record', field: 'recordId', message: 'amendment.problems.noSuchEntry' }];
  const allowed = fieldsFor(entry, answers.record.amendmentType);
  if (allowed.length === 0) problems.push({ step: 'record', field: 'amendmentType', message: `amendment.problems.nothingTo.${answers.record.amendmentType}` });
  const seen = new Set<string>();
  for (const item of itemsOf(answers)) {
    const at = (name: string) => `item${item.slot}${name}`;
    const field = allowed.find((f) => f.label === item.field);
    if (!field) {
      problems.push({ step: 'items', field: at('Field'), message: 'amendment.problems.fieldNotAllowed' });
      continue;
    }
    if (seen.has(item.field)) problems.push({ step: 'items', field: at('Field'), message: 'amendment.problems.fieldTwice' });
    seen.add(item.field);
    if (sameValue(field, item.value)) problems.push({ step: 'items', field: at('Value'), message: 'amendment.problems.sameValue' });
    else if (field.type === 'date' && (isoDateOfValue(item.value) ?? '') < '1900-01-01') problems.push({ step: 'items', field: at('Value'), message: 'amendment.problems.notADate' });
    else if (field.type === 'date' && isoDateOfValue(item.value)! > ctx.today) problems.push({ step: 'items', field: at('Value'), message: 'amendment.problems.dateInFuture' });
    else if (field.type === 'sex' && !sexOfValue(item.value)) problems.push({ step: 'items', field: at('Value'), message: 'amendment.problems.notASex' });
    else if (field.type === 'ethnicity' && !ethnicityCodeByName(item.value)) problems.push({ step: 'items', field: at('Value'), message: 'amendment.problems.unknownEthnicity' });
    else if (field.type === 'name' && !/^[\p{L}\p{M}' -]+$/u.test(item.value)) problems.push({ step: 'items', field: at('Value'), message: 'validation.nameCharacters' });
  }
  return problems;
}

/** The requested value is what the register holds already (a date by its day, whatever time is printed beside it). */
function sameValue(field: AmendableEntry['fields'][number], value: string): boolean {
  if (field.type === 'date') return isoDateOfValue(value) !== null && isoDateOfValue(value) === isoDateOfValue(field.current.split(',')[0] ?? '');
  if (field.type === 'sex') return sexOfValue(value) !== null && sexOfValue(value) === sexOfValue(field.current);
  return value.toLocaleUpperCase('vi-VN') === field.current.toLocaleUpperCase('vi-VN');
}

export function requiredDocuments(answers: AmendmentAnswers, ctx: AmendmentContext): string[] {
  // A person who must consent and has no account here gives it as a signed statement.
  return ['proof', ...(consentNeeded(answers, ctx) && (answers.documents?.consentStatement?.length ?? 0) > 0 ? ['consentStatement'] : [])];
}
