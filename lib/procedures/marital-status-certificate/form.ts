import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { PREVIOUS_CHOICES, PURPOSES, STATUSES, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the marital-status certificate e-form as data for the generic renderer. Labels are
 * `maritalCert.fields.*`. Safe for client bundles: no server imports.
 */

const MARRY = { field: 'purpose', equals: ['marryInVietnam', 'marryAbroad'] } as const;
const ELSEWHERE = { anyOf: ['livedElsewhere'] } as const;

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: [
    { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
    { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
  ],
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  status: [
    { name: 'maritalStatus', kind: 'radio', options: STATUSES },
    { name: 'mismatchNote', kind: 'textarea', optional: true },
  ],
  residence: [
    { name: 'livedElsewhere', kind: 'checkbox' },
    { name: 'previousAddress', kind: 'text', showIf: ELSEWHERE },
    { name: 'previousFrom', kind: 'date', showIf: ELSEWHERE },
    { name: 'previousTo', kind: 'date', showIf: ELSEWHERE },
  ],
  purpose: [
    { name: 'purpose', kind: 'radio', options: PURPOSES },
    { name: 'otherPurpose', kind: 'text', showIf: { field: 'purpose', equals: 'other' } },
    { name: 'spouseFullName', kind: 'text', showIf: MARRY, autoComplete: 'off' },
    { name: 'spouseDateOfBirth', kind: 'date', showIf: MARRY },
    { name: 'spouseNationality', kind: 'text', showIf: MARRY },
    { name: 'spouseIdDocument', kind: 'text', showIf: MARRY },
    { name: 'country', kind: 'text', showIf: { field: 'purpose', equals: 'marryAbroad' } },
  ],
  previous: [
    { name: 'previousChoice', kind: 'radio', options: PREVIOUS_CHOICES },
    { name: 'previousReason', kind: 'textarea', showIf: { field: 'previousChoice', equals: 'notReturned' } },
  ],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['applicant', 'registry', 'status', 'residence', 'purpose', 'previous', 'documents'];

export const MARITAL_CERT_FORM: FormDefinition = {
  code: 'maritalStatusCertificate',
  version: 1,
  messages: 'maritalCert',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
