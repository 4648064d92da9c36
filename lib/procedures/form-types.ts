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
  /** Options supplied by the page at run time (ethnicities, registries), or by the procedure from its context (`pageOptions`). */
  optionsFrom?: 'ethnicities' | 'registries' | 'context';
  /** Shown only when another field has a value (or one of several), or when any of several boxes is ticked. */
  showIf?: { field: string; equals: string | readonly string[] } | { anyOf: readonly string[] };
  /** Filled from the electronic notice (birth or death notice): shown read-only when it exists. */
  fromNotice?: boolean;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autoComplete?: string;
  optional?: boolean;
  /** A textarea of personal ID numbers that may also be filled from a CSV file, read in the browser. */
  importFrom?: 'csv';
  /**
   * On a `personalId` field: who the holder is to the application, so that the form may show whose
   * number it is (a masked name) — only when the databases agree with that (lib/applications/person-lookup-rules.ts).
   * A personal ID field without it shows nothing.
   */
  lookup?: PersonLookup;
};

/** The part a person looked up from the form plays: each has one consistency rule in the engine. */
export const LOOKUP_ROLES = ['mother', 'father', 'spouse', 'deceased', 'recipient', 'subject'] as const;
export type LookupRole = (typeof LOOKUP_ROLES)[number];

/** What the looked-up person is to the applicant, as the applicant declared it. */
export const KINSHIPS = ['spouse', 'parent', 'child', 'minorChild'] as const;
export type Kinship = (typeof KINSHIPS)[number];

export type PersonLookup = {
  role: LookupRole;
  /** `page.field` of the answers holding the date of birth of the child whose parent this is. */
  childBornOn?: string;
  /**
   * `page.field` of the answer where the applicant said what the person is to them, and what each
   * of its values means; other values say nothing the databases could check.
   */
  kinship?: { from: string; values: Readonly<Partial<Record<string, Kinship>>> };
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
