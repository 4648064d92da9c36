import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { MARITAL_STATUSES, PARTIES, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the marriage e-form as data for the generic renderer. Labels are `marriage.fields.*`,
 * options `marriage.options.<name>.<value>`. A status the databases confirm is shown read-only
 * (the procedure's fixed values); the judgment fields show for a divorce.
 * Safe for client bundles: no server imports.
 */

const judgment = (party: 'groom' | 'bride'): FieldDef[] => {
  const showIf = { field: `${party}Status`, equals: 'divorced' };
  return [
    { name: `${party}Status`, kind: 'radio', options: MARITAL_STATUSES },
    { name: `${party}Court`, kind: 'text', showIf, optional: true },
    { name: `${party}JudgmentNumber`, kind: 'text', showIf, optional: true },
    { name: `${party}JudgmentDate`, kind: 'date', showIf, optional: true },
  ];
};

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: [
    { name: 'party', kind: 'radio', options: PARTIES },
    { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
    { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
  ],
  otherParty: [{ name: 'personalId', kind: 'personalId', lookup: { role: 'spouse' } }],
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  status: [...judgment('groom'), ...judgment('bride')],
  ceremony: [{ name: 'intendedDate', kind: 'date' }],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['applicant', 'otherParty', 'registry', 'status', 'ceremony', 'documents'];

export const MARRIAGE_FORM: FormDefinition = {
  code: 'marriageRegistration',
  version: 1,
  messages: 'marriage',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
