import { z } from 'zod';
import type { Db } from '@/db/types';
import type { DocumentKind } from '@/lib/documents/document-token';
import type { Person } from '@/lib/population/types';
import type { RegistrationPopulation } from '@/lib/population/sync';
import type { Presence } from '@/lib/workflow/table';
import type { Answers, FormDefinition } from './form-types';
import type { EntryPerson, EntryRole, EventType } from '@/lib/civil-status/records';
import type { RegisterHit } from '@/lib/civil-status/register';

/*
 * The procedure contract: what a folder under lib/procedures/ fills in so that the engine (use
 * cases, workflow, documents, notifications, pages) can run it without knowing it. Modelled on
 * opencrvs-core's `defineConfig`: a procedure is validated data plus small pure functions, and
 * `procedureOf(code)` is the only door to it.
 */

export type { Answers } from './form-types';

/** A cross-page problem: blocks saving the page it names and blocks submission. */
export type Problem = { step: string; field: string; message: string };

/** What the officer should look at: an answer compared with the databases. */
export type Finding = {
  /** `<page>.<field>` of the e-form. */
  field: string;
  /** Message id: `findings.<code>` when it has no dot, else a message id as it is. */
  code: string;
  severity: 'error' | 'warning' | 'info';
  typed?: string;
  onRecord?: string;
};

/** One line of check-your-answers and of the officer's review. */
export type SummaryRow = {
  /** Message id of the label. */
  label: string;
  /** A printable value, or an option code when `translate` names its message namespace. */
  value: string;
  translate?: string;
  /** A message with values, when the printable value is composed in the reader's language ("Marriage certificate no. 12, book 01…"). */
  message?: { id: string; values: Record<string, string> };
  /** The page to change it on; `<page>.<field>` for findings is `finding`. */
  step: string;
  finding?: string;
};

/** A printed field of a result document, for HTML previews (draft, verify page). */
export type PreviewRow = { label: string; value: string; emphasis?: boolean };

/** Words the engine's messages use for this procedure, in each language. */
export type Nouns = {
  /** "Đăng ký khai sinh" */
  procedure: string;
  /** the event, lower case: "khai sinh" */
  event: string;
  /** the result document: "Giấy khai sinh" */
  document: string;
};

/** Everything a procedure's context has, whatever else it loads. */
export type BaseContext = {
  /** Today in Asia/Ho_Chi_Minh (YYYY-MM-DD). */
  today: string;
  applicant: Person;
};

export type ConsentStatus = 'requested' | 'given' | 'refused';
export type ConsentRequest = { personalId: string; purpose: string };
export type Consent = ConsentRequest & { status: ConsentStatus };

/** The printed registry part of every result (documents.md, registry-side fields). */
export type RegisterEntry = {
  registryCode: string;
  /** The registry's province: the first digits of a personal ID number allocated there. */
  registryProvinceCode: string;
  /** "Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội" */
  registryName: string;
  entryNumber: string;
  book: string;
  /** YYYY-MM-DD */
  registeredOn: string;
};

/** The facts of a registration, kept in the register event and printed on the document. */
export type RegistrationFacts = RegisterEntry & {
  /** The person the entry is about (the child, the deceased). */
  subjectPersonalId: string;
  registrationType: string;
} & Record<string, string>;

export type RegisterInput<A, C> = {
  applicationId: string;
  answers: A;
  ctx: C;
  entry: RegisterEntry;
  /** YYYY-MM-DD: the day the dossier was received, for the on-time / late decision. */
  submittedOn: string;
  /** The population database inside the registering transaction: changes to it are queued (Art. 3(2)). */
  population: RegistrationPopulation;
  consents: readonly Consent[];
  now: Date;
};

export type RegisterResult = {
  subjectPersonalId: string;
  otherPartyPersonalId: string | null;
  nameOnRecord: string;
  registrationType: string;
  /** Extra facts for the officer, the event and the document (e.g. the child's new personal ID). */
  facts: Record<string, string>;
  /**
   * An amendment (procedures.md §6): the entry it changes and the new value of each printed field,
   * by its label. The engine changes the entry through the adjustment log (Art. 4(2), 12(1)(a)) and,
   * once signed, re-issues that entry's documents as new versions.
   */
  amends?: { recordId: string; values: Readonly<Record<string, string>>; legalBasis: string };
  /** E-records locked by this registration (a deceased person's, Law Art. 34(2)). */
  lock: readonly string[];
  /** The people the entry concerns, linked to their e-records and searched by (Art. 7(2), 11(1)). */
  persons: readonly EntryPerson[];
};

import type { Signer } from '@/lib/documents/registry-text';
export type { Signer };

export type DocumentHolder = { personalId: string; fullName: string; dateOfBirth: string };

/**
 * A printed field of a document that an amendment may change (procedures.md §6): its label (the
 * message id of the preview row and the entry's content), how a requested value is checked, and
 * whose field it is when it is a person's name (the entry's persons are searched by it).
 */
export type AmendableField = {
  label: string;
  /**
   * How a requested value is typed and checked: a date as DD/MM/YYYY, a sex as "Nam" / "Nữ".
   * `personalId`: never requested; the population database issues it when it reissues the number.
   */
  type: 'name' | 'text' | 'ethnicity' | 'date' | 'sex' | 'personalId';
  role?: EntryRole;
  /** The subject's own name, ethnicity, sex or date of birth: the population database is told of the change too (Art. 3(2)). */
  ofSubject?: boolean;
  /**
   * The subject's personal ID number encodes it (its century/sex digit and year of birth): a
   * correction the number no longer matches has the number reissued first (Circular 01/2022 Art. 4(1)).
   */
  identifies?: 'sex' | 'dateOfBirth';
};

/**
 * Whether an issued document still serves, apart from its stored status (valid, cancelled…): a
 * marital-status certificate lapses 6 months after issue, or as soon as the holder's status changes.
 */
export type DocumentValidity = { state: 'valid' | 'expired' | 'noLongerValid'; /** YYYY-MM-DD */ validUntil: string | null };

export type DocumentDefinition<A, C, D> = {
  kind: DocumentKind;
  /** File name stem of the PDF: "giay-khai-sinh". */
  fileName: string;
  /** The printed content; for the returned draft the numbers in `registration` are blank. */
  content(answers: A, ctx: C, registration: RegistrationFacts, signer: Signer | null): D;
  /** The PDF; `holder` names whose original it is when there are several (one per spouse). */
  render(content: D, options: { verifyUrl: string; draft?: boolean; holder?: DocumentHolder; copy?: { number: number; of: number } }): Promise<Uint8Array>;
  preview(content: D): PreviewRow[];
  /**
   * Who receives an original, for its QR token and for "Giấy tờ của tôi": one document is issued
   * per holder, each with its own signed QR (a marriage certificate: one per spouse).
   */
  holders(content: D, registration: RegistrationFacts): DocumentHolder[];
  /** The name shown in lists of documents. */
  holderName(content: D): string;
  /** A document whose validity lapses by itself; absent: valid until its status changes. */
  validity?(content: D, input: { issuedOn: string; today: string; holder: Person | null }): DocumentValidity;
  /** The fields an amendment may change; absent: the document is never amended. */
  amendable?: readonly AmendableField[];
  /** The content with amended values (by label), signed by `signer`: the next version of the document. */
  amend?(content: D, values: Readonly<Record<string, string>>, signer: Signer | null): D;
};

/** A request to another agency's system, sent through the outbox once the result is issued. */
export type BundleRequest = { topic: string; key: string; payload: Record<string, unknown> };

export type IssuedResult = {
  applicationId: string;
  registration: RegistrationFacts;
  document: { id: string; kind: DocumentKind; token: string; verifyUrl: string };
  consents: readonly Consent[];
};

/** Why no fee is due although the procedure's fee applies (Law on Civil Status Art. 11(1)). */
export const FEE_EXEMPTIONS = ['meritoriousFamily', 'poorHousehold', 'disability', 'onTimeBirth', 'onTimeDeath', 'guardianship', 'marriage'] as const;
export type FeeExemption = (typeof FEE_EXEMPTIONS)[number];

/**
 * The procedure's fee: the item of the fee schedule it charges (amounts are data, per province and
 * period, in `fee_schedule`), how many units the answers ask for, and the exemption that applies.
 */
export type FeeRule<A, C> = {
  /** `copy` (8,000 VND per copy per event), `lateRegistration`, `certificate`… */
  item: string;
  /** Units charged: copies × events; 1 for a registration. */
  quantity(answers: A, ctx: C): number;
  exemption(answers: A, ctx: C, submittedOn: string): FeeExemption | null;
};

/** A procedure that makes a new entry in its book, then issues the document (birth, marriage…). */
export type EntryRegistration<A, C> = {
  kind: 'entry';
  eventType: EventType;
  /** "01/2026": one book per registry, event type and year (Law Art. 58(2)). */
  book(year: number): string;
  register(tx: Db, input: RegisterInput<A, C>): Promise<RegisterResult>;
};

/**
 * A procedure whose result is a numbered letter, not a register entry (the confirmation of
 * civil-status information, Circular 01/2022 Art. 8): numbered in its own series per registry and
 * year, nothing written to the register.
 */
export type LetterIssue<A, C> = {
  kind: 'letter';
  /** The counter of its numbers, per registry and year. */
  series: string;
  book(year: number): string;
  prepare(tx: Db, input: RegisterInput<A, C>): Promise<{ subjectPersonalId: string; facts: Record<string, string> }>;
};

/** Another agency's system the officer may ask to verify (Decree 87/2020 Art. 13(3)): the police. */
export type VerificationAgency = 'police';
export type VerificationSubject = { personalId: string; fullName: string; dateOfBirth: string };

/** An entry of the register as a copy reproduces it. */
export type CopiedEntry = RegisterHit;

/**
 * A procedure that issues copies of an entry already in the register (procedures.md §9, Law Art.
 * 63–64): the request identifies the entry; the copies are issued at once when exactly one
 * official entry the applicant may have is found, else an officer finds it or refuses (Art. 7(3)).
 */
export type CopyIssue<A, C> = {
  kind: 'copy';
  /** The entries the answers identify that this applicant may receive copies of; only official ones unless an officer looks. */
  find(db: Db, answers: A, ctx: C, options: { officialOnly: boolean }): Promise<CopiedEntry[]>;
  /** Whether the applicant may receive copies of an entry an officer found (own, a minor child's, or authorised). */
  mayReceive(answers: A, ctx: C, entry: CopiedEntry): boolean;
  /** Whether the copies may be issued without an officer (not while an authorisation waits to be read). */
  issueAtOnce(answers: A): boolean;
  /** How many copies to print. */
  copies(answers: A): number;
};

export type ProcedureDefinition<A extends Answers, C extends BaseContext, D> = {
  code: string;
  /**
   * Who files it: a person for themselves or another person, or an organisation through its
   * representative (Circular 01/2022 Art. 8(2)). Absent: persons.
   */
  applicants?: 'person' | 'organisation';
  /** Every form version still on file; the last one is used for new applications. */
  forms: readonly FormDefinition[];
  presence: Presence;
  /** With presence `ceremony`: a booked appointment missed by this many working days refuses the application. */
  ceremony: { missedAfterWorkingDays: number } | null;
  /** Statutory time limit after the day of receipt (fees-and-deadlines.md). */
  processingWorkingDays: number;
  /** Added to the due date while a verification is pending. */
  verificationWorkingDays: number;
  /** The time limit for these answers, when they decide it (a supplement of information: 0, the same day); absent: `processingWorkingDays`. */
  timeLimit?(answers: A): number;
  fee: FeeRule<A, C> | null;

  /** `organisationCode`: the organisation the applicant files for, when the procedure is filed by organisations. */
  loadContext(db: Db, input: { answers: A; applicantPersonalId: string; organisationCode: string | null; today: string }): Promise<C>;
  /** The registry a new application starts at, from the applicant alone. */
  defaultRegistry(applicant: Person): string | null;
  /** The only registries competent for these answers (either party's commune), or null: any of the province. */
  competentRegistries(answers: A, ctx: C): string[] | null;
  visiblePages(answers: A, ctx: C): string[];
  /** What a page shows before it is answered, merged under what was saved. */
  pageDefaults(page: string, answers: A, ctx: C, registryCode: string): Record<string, unknown>;
  /** Values the applicant cannot change on a page (her own ID where she said she is the mother). */
  fixedValues(page: string, answers: A, ctx: C): Record<string, unknown>;
  /** Options that do not apply to this applicant. */
  excludedOptions(page: string, answers: A): Record<string, readonly string[]>;
  /**
   * The options of the page's `optionsFrom: 'context'` fields, by field name, labelled with `t` in
   * the reader's language (the applicant's registered events); absent: the procedure has none.
   */
  pageOptions?(page: string, answers: A, ctx: C, t: (id: string, values?: Record<string, string>) => string): Record<string, { value: string; label: string }[]>;
  /** The electronic notice whose facts fill the `fromNotice` fields, when there is one. */
  notice(ctx: C): { number: string; issuer: string } | null;
  crossChecks(answers: A, ctx: C): Problem[];
  reviewFindings(answers: A, ctx: C, submittedOn: string): Finding[];
  /** Attachment kinds this application needs now; `attachmentKinds` lists every kind it may have. */
  requiredAttachments(answers: A, ctx: C): string[];
  attachmentKinds: readonly string[];
  summary(answers: A, ctx: C): SummaryRow[];
  /** Whom the application is about, for lists ("Trần Minh Khôi"); '' until known. */
  title(answers: A, ctx: C): string;
  /** People from the population database shown beside the answers in the officer's review. */
  reviewPanels(ctx: C): { title: string; person: Person }[];
  /**
   * Co-applicants (the other party to a marriage: they see the application, are told of every
   * change and confirm `purpose` before the registry receives it), and people whose consent the
   * registration needs.
   */
  parties(answers: A, ctx: C): { coApplicants: readonly ConsentRequest[]; consents: readonly ConsentRequest[] };
  /**
   * Attachment kinds an issued e-document may stand for, and whose it must be (Circular 01/2022
   * Art. 6(2)): the holder picks it from "Giấy tờ của tôi" instead of photographing paper.
   */
  reusableDocuments(answers: A, ctx: C): Record<string, { documentKind: DocumentKind; holderPersonalId: string }>;
  registration: EntryRegistration<A, C> | CopyIssue<A, C> | LetterIssue<A, C>;
  /** Agencies the officer may ask to verify, and about whom; null: verification is typed by the officer. */
  verification: { agencies: readonly VerificationAgency[]; subject(answers: A, ctx: C): VerificationSubject | null } | null;
  document: DocumentDefinition<A, C, D>;
  bundle(answers: A, ctx: C, issued: IssuedResult): BundleRequest[];
};

/** A procedure as the engine holds it: its answers, context and document content are opaque. */
export type Procedure = Omit<ProcedureDefinition<Answers, BaseContext, unknown>, 'applicants'> & {
  applicants: 'person' | 'organisation';
  /** The form of a version, or of the current version. */
  formFor(version?: number): FormDefinition;
  /** Parses stored answers with the form version's page schemas (invalid pages are dropped). */
  parseAnswers(raw: unknown, version: number): Answers;
};

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'function');

/** The shape checked at import: a procedure that misses a part fails at start, not at use. */
const definitionSchema = z.object({
  code: z.string().regex(/^[a-z][A-Za-z]+$/),
  applicants: z.enum(['person', 'organisation']).optional(),
  forms: z
    .array(z.object({ code: z.string(), version: z.number().int().positive(), messages: z.string().min(1), pages: z.array(z.object({ id: z.string().min(1), kind: z.enum(['fields', 'attachments']) }).loose()).min(1) }).loose())
    .min(1),
  presence: z.enum(['none', 'pickup', 'ceremony']),
  ceremony: z.object({ missedAfterWorkingDays: z.number().int().min(1).max(30) }).nullable(),
  processingWorkingDays: z.number().int().min(0).max(60),
  verificationWorkingDays: z.number().int().min(0).max(30),
  fee: z.object({ item: z.string().regex(/^[a-z][A-Za-z]+$/), quantity: fn, exemption: fn }).nullable(),
  attachmentKinds: z.array(z.string().regex(/^[a-z][A-Za-z]+$/)),
  registration: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('entry'), eventType: z.string().min(1), book: fn, register: fn }),
    z.object({ kind: z.literal('copy'), find: fn, mayReceive: fn, issueAtOnce: fn, copies: fn }),
    z.object({ kind: z.literal('letter'), series: z.string().regex(/^[a-z][A-Za-z]+$/), book: fn, prepare: fn }),
  ]),
  pageOptions: fn.optional(),
  timeLimit: fn.optional(),
  verification: z.object({ agencies: z.array(z.enum(['police'])).min(1), subject: fn }).nullable(),
  document: z.object({ kind: z.string(), fileName: z.string().regex(/^[a-z-]+$/), content: fn, render: fn, preview: fn, holders: fn, holderName: fn, validity: fn.optional(), amendable: z.array(z.object({ label: z.string().min(1), type: z.enum(['name', 'text', 'ethnicity', 'date', 'sex', 'personalId']), role: z.string().optional(), ofSubject: z.boolean().optional(), identifies: z.enum(['sex', 'dateOfBirth']).optional() })).optional(), amend: fn.optional() }),
  ...Object.fromEntries(
    ['loadContext', 'defaultRegistry', 'competentRegistries', 'visiblePages', 'pageDefaults', 'fixedValues', 'excludedOptions', 'notice', 'crossChecks', 'reviewFindings', 'requiredAttachments', 'summary', 'title', 'reviewPanels', 'parties', 'reusableDocuments', 'bundle'].map((k) => [k, fn]),
  ),
});

/**
 * Validates a procedure at import and gives the engine its opaque view. Every form must belong to
 * the procedure, versions must be distinct, and page ids unique within a form.
 */
export function defineProcedure<A extends Answers, C extends BaseContext, D>(definition: ProcedureDefinition<A, C, D>): Procedure {
  definitionSchema.parse(definition);
  if ((definition.presence === 'ceremony') !== (definition.ceremony !== null)) throw new Error(`${definition.code}: a ceremony needs its appointment rules, and only a ceremony has them`);
  if ((definition.document.amendable === undefined) !== (definition.document.amend === undefined)) throw new Error(`${definition.code}: an amendable document says both which fields change and how`);
  const versions = new Set<number>();
  for (const form of definition.forms) {
    if (form.code !== definition.code) throw new Error(`Form ${form.code} v${form.version} is not of ${definition.code}`);
    if (versions.has(form.version)) throw new Error(`${definition.code}: form version ${form.version} twice`);
    versions.add(form.version);
    if (!definition.pageOptions && form.pages.some((p) => p.fields.some((f) => f.optionsFrom === 'context'))) throw new Error(`${definition.code} v${form.version}: options from the context need pageOptions`);
    const ids = form.pages.map((p) => p.id);
    if (new Set(ids).size !== ids.length) throw new Error(`${definition.code} v${form.version}: duplicate page ids`);
    // A look-up reads answers by `page.field`: the page must exist, and only a personal ID number is looked up.
    for (const field of form.pages.flatMap((p) => p.fields)) {
      if (!field.lookup) continue;
      const paths = [field.lookup.childBornOn, field.lookup.kinship?.from].filter((x): x is string => x !== undefined);
      if (field.kind !== 'personalId' || paths.some((path) => !ids.includes(path.split('.')[0]!) || path.split('.').length !== 2)) {
        throw new Error(`${definition.code} v${form.version}: bad look-up on ${field.name}`);
      }
    }
  }
  const current = definition.forms.reduce((a, b) => (b.version > a.version ? b : a));
  const formFor = (version?: number): FormDefinition => {
    if (version === undefined) return current;
    const form = definition.forms.find((f) => f.version === version);
    if (!form) throw new Error(`${definition.code} has no form version ${version}`);
    return form;
  };
  const parseAnswers = (raw: unknown, version: number): Answers => {
    const stored = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const parsed: Record<string, unknown> = {};
    for (const page of formFor(version).pages) {
      if (stored[page.id] === undefined) continue;
      const result = page.schema.safeParse(stored[page.id]);
      if (result.success) parsed[page.id] = result.data;
    }
    if (stored.declaration !== undefined) parsed.declaration = stored.declaration;
    return parsed;
  };
  // The engine passes a procedure only the answers and context its own functions produced, so the
  // opaque view is sound; this is the one place the types are widened.
  return { ...(definition as unknown as Omit<Procedure, 'formFor' | 'parseAnswers'>), applicants: definition.applicants ?? 'person', formFor, parseAnswers };
}
