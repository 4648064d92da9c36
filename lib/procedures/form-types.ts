import type { z } from 'zod';

/*
 * The e-form as data, safe for client bundles: the pages of a procedure, each with its zod schema
 * and the fields the generic renderer (components/form) draws. Labels and hints are message ids
 * `<messages>.fields.<name>` / `<messages>.hints.<name>`, options `<messages>.options.<name>.<value>`.
 */

export type FieldDef = {
  name: string;
  kind: 'text' | 'textarea' | 'radio' | 'select' | 'date' | 'time' | 'checkbox' | 'personalId';
  options?: readonly string[];
  /** Options supplied by the page at run time (ethnicities, registries). */
  optionsFrom?: 'ethnicities' | 'registries';
  /** Shown only when another field has a value (or one of several), or when any of several boxes is ticked. */
  showIf?: { field: string; equals: string | readonly string[] } | { anyOf: readonly string[] };
  /** Filled from the electronic notice (birth or death notice): shown read-only when it exists. */
  fromNotice?: boolean;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  optional?: boolean;
  /** A textarea of personal ID numbers that may also be filled from a CSV file, read in the browser. */
  importFrom?: 'csv';
};

export type PageDef = {
  id: string;
  /** `fields` pages are saved from the form; `attachments` pages are written by uploads. */
  kind: 'fields' | 'attachments';
  schema: z.ZodType;
  fields: readonly FieldDef[];
};

export type FormDefinition = {
  code: string;
  version: number;
  /** Message namespace of the form's labels, e.g. `birth`. */
  messages: string;
  pages: readonly PageDef[];
};

/** A form's answers: page id → that page's parsed values. */
export type Answers = { readonly [page: string]: unknown };

export function pageOf(form: FormDefinition, id: string): PageDef | undefined {
  return form.pages.find((p) => p.id === id);
}

/** Whether a field shows, given the values of its page. */
export function fieldShown(field: FieldDef, values: Record<string, unknown> | undefined): boolean {
  const rule = field.showIf;
  if (!rule) return true;
  if ('anyOf' in rule) return rule.anyOf.some((name) => values?.[name] === true);
  const value = values?.[rule.field];
  return typeof rule.equals === 'string' ? value === rule.equals : rule.equals.includes(value as string);
}
