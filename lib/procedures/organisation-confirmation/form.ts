import type { FieldDef, FormDefinition, PageDef } from '../form-types';
import { SCOPES, SELECTIONS, STEP_SCHEMAS, type StepId } from './schema';

/*
 * The pages of an organisation's confirmation request as data for the generic renderer. Labels
 * are `orgConfirm.fields.*`. Safe for client bundles: no server imports.
 */

const FIELDS: Record<StepId, FieldDef[]> = {
  organisation: [
    { name: 'organisationName', kind: 'text' },
    { name: 'representativeName', kind: 'text' },
    { name: 'position', kind: 'text', autoComplete: 'organization-title' },
    { name: 'legalAuthority', kind: 'textarea' },
    { name: 'letterReference', kind: 'text', autoComplete: 'off' },
    { name: 'phone', kind: 'text', inputMode: 'tel', autoComplete: 'tel' },
    { name: 'email', kind: 'text', inputMode: 'email', autoComplete: 'email', optional: true },
  ],
  registry: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }],
  persons: [
    { name: 'selection', kind: 'radio', options: SELECTIONS },
    { name: 'personalIds', kind: 'textarea', importFrom: 'csv', showIf: { field: 'selection', equals: 'idList' } },
    { name: 'birthYearFrom', kind: 'text', inputMode: 'numeric', autoComplete: 'off', showIf: { field: 'selection', equals: 'criteria' } },
    { name: 'birthYearTo', kind: 'text', inputMode: 'numeric', autoComplete: 'off', showIf: { field: 'selection', equals: 'criteria' } },
    { name: 'communeCode', kind: 'select', optionsFrom: 'registries', optional: true, showIf: { field: 'selection', equals: 'criteria' } },
    { name: 'parentIds', kind: 'textarea', optional: true, showIf: { field: 'selection', equals: 'criteria' } },
  ],
  request: [
    { name: 'scope', kind: 'radio', options: SCOPES },
    { name: 'purpose', kind: 'textarea' },
  ],
  documents: [],
};

export const STEP_ORDER: StepId[] = ['organisation', 'registry', 'persons', 'request', 'documents'];

export const ORGANISATION_CONFIRMATION_FORM: FormDefinition = {
  code: 'organisationConfirmation',
  version: 1,
  messages: 'orgConfirm',
  pages: STEP_ORDER.map((id): PageDef => ({ id, kind: id === 'documents' ? 'attachments' : 'fields', schema: STEP_SCHEMAS[id], fields: FIELDS[id] })),
};
