import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { REQUESTER_FIELDS } from '../requester';
import { COPY_COUNTS, DOCUMENT_KINDS, LOOKUPS, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the copy request e-form as data for the generic renderer. Labels are
 * `copies.fields.*`. Safe for client bundles: no server imports.
 */

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: REQUESTER_FIELDS,
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  request: [
    { name: 'documentKind', kind: 'radio', options: DOCUMENT_KINDS },
    { name: 'lookup', kind: 'radio', options: LOOKUPS },
    { name: 'copies', kind: 'select', options: COPY_COUNTS },
  ],
  entry: [
    { name: 'entryRegistry', kind: 'select', optionsFrom: 'registries' },
    { name: 'entryNumber', kind: 'text', autoComplete: 'off' },
    { name: 'registeredOn', kind: 'date' },
  ],
  birthPersons: [
    { name: 'childFullName', kind: 'text', autoComplete: 'off' },
    { name: 'childDateOfBirth', kind: 'date' },
    { name: 'motherFullName', kind: 'text', autoComplete: 'off', optional: true },
    { name: 'motherDateOfBirth', kind: 'date', optional: true },
    { name: 'fatherFullName', kind: 'text', autoComplete: 'off', optional: true },
    { name: 'fatherDateOfBirth', kind: 'date', optional: true },
  ],
  marriagePersons: [
    { name: 'wifeFullName', kind: 'text', autoComplete: 'off' },
    { name: 'wifeDateOfBirth', kind: 'date' },
    { name: 'husbandFullName', kind: 'text', autoComplete: 'off' },
    { name: 'husbandDateOfBirth', kind: 'date' },
  ],
  deathPersons: [
    { name: 'deceasedFullName', kind: 'text', autoComplete: 'off' },
    { name: 'deceasedDateOfBirth', kind: 'date' },
    { name: 'dateOfDeath', kind: 'date', optional: true },
  ],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['applicant', 'registry', 'request', 'entry', 'birthPersons', 'marriagePersons', 'deathPersons', 'documents'];

export const COPY_FORM: FormDefinition = {
  code: 'extractCopyRequest',
  version: 1,
  messages: 'copies',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
