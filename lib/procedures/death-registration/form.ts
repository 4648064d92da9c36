import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { BANKS, DEATH_RELATIONSHIPS, NOTICE_ISSUERS, PLACE_OF_DEATH_KINDS, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of the death e-form as data for the generic renderer. Labels are `death.fields.*`,
 * options `death.options.<name>.<value>`. The deceased comes before the registry, because the
 * registry defaults to the commune of the deceased's last residence (Law Art. 32).
 * Safe for client bundles: no server imports.
 */

/** The recipient and the bank account are asked only when an allowance is claimed. */
const ALLOWANCE = { anyOf: ['funeralAllowance', 'survivorAllowance'] } as const;

const FIELDS: Record<StepId, FieldDef[]> = {
  applicant: [
    { name: 'relationship', kind: 'radio', options: DEATH_RELATIONSHIPS },
    { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
    { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
  ],
  // The applicant answered what she is to the deceased: their spouse, child (he is her parent) or parent.
  deceased: [{ name: 'personalId', kind: 'personalId', lookup: { role: 'deceased', kinship: { from: 'applicant.relationship', values: { spouse: 'spouse', child: 'parent', parent: 'child' } } } }],
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  death: [
    { name: 'dateOfDeath', kind: 'date', fromNotice: true },
    { name: 'timeOfDeath', kind: 'time', fromNotice: true, optional: true },
    { name: 'placeOfDeathKind', kind: 'radio', options: PLACE_OF_DEATH_KINDS, fromNotice: true },
    { name: 'placeOfDeath', kind: 'text', fromNotice: true },
    { name: 'cause', kind: 'text', fromNotice: true },
    { name: 'noticeIssuedBy', kind: 'radio', options: NOTICE_ISSUERS, fromNotice: true },
    { name: 'noticeNumber', kind: 'text', fromNotice: true, optional: true },
    { name: 'noticeDate', kind: 'date', fromNotice: true, optional: true },
  ],
  documents: [],
  bundle: [
    { name: 'residenceDeletion', kind: 'checkbox' },
    { name: 'funeralAllowance', kind: 'checkbox' },
    { name: 'survivorAllowance', kind: 'checkbox' },
    { name: 'recipientPersonalId', kind: 'personalId', showIf: ALLOWANCE, lookup: { role: 'recipient' } },
    { name: 'bankAccount', kind: 'text', inputMode: 'numeric', autoComplete: 'off', showIf: ALLOWANCE },
    { name: 'bank', kind: 'select', options: BANKS, showIf: ALLOWANCE },
  ],
};

export const STEP_ORDER: StepId[] = ['applicant', 'deceased', 'registry', 'death', 'documents', 'bundle'];

export const DEATH_FORM: FormDefinition = {
  code: 'deathRegistration',
  version: 1,
  messages: 'death',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
