import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the birth e-form as data for the generic field renderer (components/form). Labels
 * and hints are message ids `birth.fields.<name>` and options `birth.options.<name>.<value>`.
 * Safe for client bundles: no server imports.
 */

export const STEP_FIELDS: Record<StepId, FieldDef[]> = {
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  applicant: [
    { name: 'relationship', kind: 'radio', options: ['mother', 'father', 'grandparent', 'relative', 'carer', 'authorised'] },
    { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
    { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
  ],
  mother: [{ name: 'personalId', kind: 'personalId', lookup: { role: 'mother', childBornOn: 'child.dateOfBirth' } }],
  father: [
    { name: 'status', kind: 'radio', options: ['provided', 'notDeclared'] },
    { name: 'personalId', kind: 'personalId', showIf: { field: 'status', equals: 'provided' }, lookup: { role: 'father', childBornOn: 'child.dateOfBirth' } },
  ],
  child: [
    { name: 'surname', kind: 'text', autoComplete: 'off' },
    { name: 'middleName', kind: 'text', autoComplete: 'off', optional: true },
    { name: 'givenName', kind: 'text', autoComplete: 'off' },
    { name: 'sex', kind: 'radio', options: ['male', 'female'], fromNotice: true },
    { name: 'dateOfBirth', kind: 'date', fromNotice: true },
    { name: 'timeOfBirth', kind: 'time', fromNotice: true, optional: true },
    { name: 'placeOfBirthKind', kind: 'radio', options: ['healthFacility', 'other'], fromNotice: true },
    { name: 'placeOfBirth', kind: 'text', fromNotice: true },
    { name: 'ethnicityCode', kind: 'select', optionsFrom: 'ethnicities' },
    { name: 'homeTownKind', kind: 'radio', options: ['sameAsFather', 'sameAsMother', 'other'] },
    { name: 'homeTown', kind: 'text', showIf: { field: 'homeTownKind', equals: 'other' } },
  ],
  documents: [],
  bundle: [
    { name: 'residence', kind: 'checkbox' },
    { name: 'healthInsurance', kind: 'checkbox' },
  ],
};

/** The pages in order; `documents` shows only when an attachment is needed (./steps). */
export const STEP_ORDER: StepId[] = ['registry', 'applicant', 'mother', 'father', 'child', 'documents', 'bundle'];

export const BIRTH_FORM: FormDefinition = {
  code: 'birthRegistration',
  version: 1,
  messages: 'birth',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: STEP_FIELDS[id] })),
};

/**
 * Fields of Circular 04/2020's paper birth declaration the applicant fills by hand (procedures.md
 * §1 lists them): the baseline for the typed-field reduction reported in docs/.
 */
export const PAPER_FORM_FIELDS = [
  'applicant.fullName', 'applicant.dateOfBirth', 'applicant.identityDocument', 'applicant.residence', 'applicant.relationship',
  'child.surname', 'child.middleName', 'child.givenName', 'child.sex', 'child.dateOfBirth', 'child.dateOfBirthInWords',
  'child.placeOfBirth', 'child.homeTown', 'child.ethnicity', 'child.nationality',
  'mother.fullName', 'mother.yearOfBirth', 'mother.ethnicity', 'mother.nationality', 'mother.residence', 'mother.identityDocument',
  'father.fullName', 'father.yearOfBirth', 'father.ethnicity', 'father.nationality', 'father.residence', 'father.identityDocument',
  'birthNotice.number', 'birthNotice.date', 'birthNotice.facility',
  'marriage.number', 'marriage.book', 'marriage.date', 'marriage.registry',
  'result.copies', 'declaration.date', 'declaration.signature',
] as const;
