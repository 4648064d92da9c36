import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { REQUESTER_FIELDS } from '../requester';
import { AMENDMENT_TYPES, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the amendment e-form as data for the generic renderer. Labels are
 * `amendment.fields.*`; the entries and their fields are options the page gets from the register
 * (`optionsFrom: 'context'`). Safe for client bundles.
 */

const item = (n: 1 | 2 | 3): FieldDef[] => [
  { name: `item${n}Field`, kind: 'select', optionsFrom: 'context', ...(n > 1 ? { optional: true } : {}) },
  { name: `item${n}Value`, kind: 'text', autoComplete: 'off', ...(n > 1 ? { optional: true } : {}) },
  { name: `item${n}Reason`, kind: 'textarea', ...(n > 1 ? { optional: true } : {}) },
];

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: REQUESTER_FIELDS,
  record: [
    { name: 'recordId', kind: 'radio', optionsFrom: 'context' },
    { name: 'amendmentType', kind: 'radio', options: AMENDMENT_TYPES },
  ],
  items: [...item(1), ...item(2), ...item(3)],
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['applicant', 'record', 'items', 'registry', 'documents'];

export const AMENDMENT_FORM: FormDefinition = {
  code: 'civilStatusAmendment',
  version: 1,
  messages: 'amendment',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
