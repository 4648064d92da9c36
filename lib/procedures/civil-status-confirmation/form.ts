import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { REQUESTER_FIELDS } from '../requester';
import { EVENTS, KINDS, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the confirmation request e-form as data for the generic renderer. Labels are
 * `confirm.fields.*`. Safe for client bundles: no server imports.
 */

const item = (n: 1 | 2): FieldDef[] =>
  (['Information', 'FirstValue', 'FirstDocument', 'SecondValue', 'SecondDocument'] as const).map((k) => ({ name: `item${n}${k}`, kind: 'text', autoComplete: 'off', ...(n === 2 ? { optional: true } : {}) }));

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: REQUESTER_FIELDS,
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  request: [
    { name: 'kind', kind: 'radio', options: KINDS },
    { name: 'events', kind: 'radio', options: EVENTS },
    { name: 'purpose', kind: 'textarea' },
    { name: 'agencyRequest', kind: 'checkbox' },
  ],
  inconsistencies: [...item(1), ...item(2)],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['applicant', 'registry', 'request', 'inconsistencies', 'documents'];

export const CONFIRMATION_FORM: FormDefinition = {
  code: 'civilStatusConfirmation',
  version: 1,
  messages: 'confirm',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
