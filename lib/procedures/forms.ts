import { BIRTH_FORM } from './birth-registration/form';
import { DEATH_FORM } from './death-registration/form';
import { MARITAL_CERT_FORM } from './marital-status-certificate/form';
import { MARRIAGE_FORM } from './marriage-registration/form';
import { COPY_FORM } from './extract-copy-request/form';
import { CONFIRMATION_FORM } from './civil-status-confirmation/form';
import { ORGANISATION_CONFIRMATION_FORM } from './organisation-confirmation/form';
import { AMENDMENT_FORM } from './civil-status-amendment/form';
import type { FormDefinition } from './form-types';

/*
 * The door to the e-forms by code and form version: the step page (a server component) finds a
 * procedure's pages here and hands their fields to the form renderer, and the browser's check of a
 * page loads its schema from here in a chunk of its own, after the page (components/form/
 * page-validation.ts), so zod is not in a form page's first load. The server-side door, with
 * everything else about a procedure, is `procedureOf` in ./index.
 */

const FORMS: readonly FormDefinition[] = [BIRTH_FORM, DEATH_FORM, MARRIAGE_FORM, MARITAL_CERT_FORM, COPY_FORM, CONFIRMATION_FORM, ORGANISATION_CONFIRMATION_FORM, AMENDMENT_FORM];

export function formOf(code: string, version: number): FormDefinition | undefined {
  return FORMS.find((f) => f.code === code && f.version === version);
}
