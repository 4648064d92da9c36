import { logPersonViews, logViews } from '@/lib/civil-status/register';
import { renderOrganisationLetterPdf, type OrganisationLetterContent } from '@/lib/documents/organisation-letter-pdf';
import { COMMUNES } from '@/lib/reference';
import { registryNameFor } from '@/lib/registries';
import { residenceCommune } from '@/lib/population/residence';
import { defineProcedure, type Finding, type SummaryRow } from '../contract';
import { loadOrganisationContext, type OrganisationContext } from './context';
import { disclosedEntries, namedWithoutEntries, organisationLetterContent, organisationLetterPreview, selectionText, statistics } from './document';
import { ORGANISATION_CONFIRMATION_FORM, STEP_ORDER } from './form';
import { idsOf, MAX_PERSONS, SMALLEST_LIST_FOR_STATISTICS, type OrganisationAnswers } from './schema';

/*
 * Confirmation of civil-status information for an organisation (procedures.md §10; Circular
 * 01/2022 Art. 8(2)–(4)): filed by its representative, approved by the officer, issued as a
 * numbered letter within the scope the organisation stated. Only organisations may file it.
 */

function summary(answers: OrganisationAnswers): SummaryRow[] {
  const rows: SummaryRow[] = [];
  const o = answers.organisation;
  if (o) {
    for (const k of ['organisationName', 'representativeName', 'position', 'legalAuthority', 'letterReference', 'phone'] as const) rows.push({ label: `orgConfirm.fields.${k}`, value: o[k], step: 'organisation' });
    if (o.email) rows.push({ label: 'orgConfirm.fields.email', value: o.email, step: 'organisation' });
  }
  const registry = COMMUNES.find((c) => c.code === answers.registry?.registryCode);
  if (registry) rows.push({ label: 'orgConfirm.fields.registryCode', value: registryNameFor(registry), step: 'registry' });
  const p = answers.persons;
  if (p) {
    rows.push({ label: 'orgConfirm.fields.selection', value: p.selection, translate: 'orgConfirm.options.selection', step: 'persons' });
    rows.push({ label: 'orgConfirm.summary.persons', value: selectionText(answers), step: 'persons' });
  }
  const r = answers.request;
  if (r) {
    rows.push({ label: 'orgConfirm.fields.scope', value: r.scope, translate: 'orgConfirm.options.scope', step: 'request' });
    rows.push({ label: 'orgConfirm.fields.purpose', value: r.purpose, step: 'request' });
  }
  rows.push({ label: 'orgConfirm.fields.officialLetter', value: String(answers.documents?.officialLetter?.length ?? 0), translate: 'count', step: 'documents' });
  return rows;
}

/** What the officer weighs before approving: the authority, what was found, and whether the scope suits the purpose. */
function reviewFindings(answers: OrganisationAnswers, ctx: OrganisationContext): Finding[] {
  const findings: Finding[] = [{ field: 'organisation.legalAuthority', code: 'orgConfirm.findings.checkAuthority', severity: 'warning', typed: answers.organisation?.legalAuthority }];
  const found = ctx.found;
  if (found?.selection === 'idList') {
    const unknown = found.persons.filter((p) => !p.person).map((p) => p.personalId);
    if (unknown.length) findings.push({ field: 'persons.personalIds', code: 'orgConfirm.findings.unknownIds', severity: 'warning', typed: unknown.join(', ') });
    findings.push({ field: 'persons.personalIds', code: 'orgConfirm.findings.found', severity: 'info', typed: String(found.persons.length), onRecord: String(found.persons.filter((p) => p.entries.length > 0).length) });
  }
  if (found?.selection === 'criteria') {
    findings.push({ field: 'persons.birthYearFrom', code: 'orgConfirm.findings.found', severity: 'info', typed: selectionText(answers), onRecord: String(found.total) });
    if (found.total > MAX_PERSONS && answers.request?.scope !== 'statisticsOnly') findings.push({ field: 'request.scope', code: 'orgConfirm.findings.tooMany', severity: 'warning', onRecord: String(found.total) });
  }
  return findings;
}

export const ORGANISATION_CONFIRMATION = defineProcedure<OrganisationAnswers, OrganisationContext, OrganisationLetterContent>({
  code: 'organisationConfirmation',
  applicants: 'organisation',
  forms: [ORGANISATION_CONFIRMATION_FORM],
  presence: 'none',
  ceremony: null,
  /** As for individuals (Decision 2228/QĐ-BTP): 3 working days. */
  processingWorkingDays: 3,
  verificationWorkingDays: 5,
  verification: null,
  fee: null,
  loadContext: loadOrganisationContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: () => STEP_ORDER,
  pageDefaults(page, answers, ctx, registryCode) {
    const suggested: Record<string, Record<string, unknown>> = {
      organisation: { organisationName: ctx.organisation?.name ?? '', representativeName: ctx.applicant.fullName, position: '', legalAuthority: '', letterReference: '', phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
      registry: { registryCode },
      persons: { selection: '', personalIds: '', birthYearFrom: '', birthYearTo: '', communeCode: '', parentIds: '' },
      request: { scope: '', purpose: '' },
      documents: { officialLetter: [] },
    };
    return { ...suggested[page], ...(answers[page as keyof OrganisationAnswers] as Record<string, unknown> | undefined) };
  },
  /** The organisation and its representative are as the identity provider asserted them. */
  fixedValues: (page, _answers, ctx) => (page === 'organisation' ? { organisationName: ctx.organisation?.name ?? '', representativeName: ctx.applicant.fullName } : {}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks(answers) {
    const ids = answers.persons?.selection === 'idList' ? idsOf(answers.persons.personalIds) : null;
    if (ids && ids.length > MAX_PERSONS) return [{ step: 'persons', field: 'personalIds', message: 'orgConfirm.validation.tooMany' }];
    // Counts over a handful of named people would tell about each of them (Art. 8(3)).
    if (ids && answers.request?.scope === 'statisticsOnly' && ids.length < SMALLEST_LIST_FOR_STATISTICS) return [{ step: 'request', field: 'scope', message: 'orgConfirm.validation.tooFewForStatistics' }];
    return [];
  },
  reviewFindings: (answers, ctx) => reviewFindings(answers, ctx),
  requiredAttachments: () => ['officialLetter'],
  attachmentKinds: ['officialLetter'],
  summary: (answers) => summary(answers),
  title: (_answers, ctx) => ctx.organisation?.name ?? '',
  reviewPanels: (ctx) => [{ title: 'orgConfirm.review.representative', person: ctx.applicant }],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: {
    kind: 'letter',
    series: 'organisationLetter',
    book: (year) => `XNTTHT-TC/${year}`,
    async prepare(tx, input) {
      // Every person the letter names counts as viewed by the organisation (Art. 8(3)), and the
      // letter is frozen here: it prints these entries and these counts, whatever comes before it
      // is signed.
      const scope = input.answers.request?.scope ?? 'statisticsOnly';
      const viewer = { role: 'organisation' as const, userId: input.ctx.applicant.personalId, name: input.ctx.applicant.fullName, body: input.ctx.organisation?.name ?? '' };
      const purpose = input.answers.request?.purpose ?? '';
      const disclosed = disclosedEntries(input.ctx, scope);
      await logViews(tx, viewer, disclosed, purpose, input.now);
      await logPersonViews(tx, viewer, namedWithoutEntries(input.ctx, scope), purpose, input.now);
      return {
        subjectPersonalId: input.ctx.applicant.personalId,
        facts: { scope, disclosed: [...new Set(disclosed.map((e) => e.id))].join(','), statistics: JSON.stringify(statistics(input.ctx, scope)) },
      };
    },
  },
  document: {
    kind: 'organisationLetter',
    fileName: 'van-ban-xac-nhan-thong-tin-ho-tich-to-chuc',
    content: organisationLetterContent,
    render: renderOrganisationLetterPdf,
    preview: organisationLetterPreview,
    holders: (content, registration) => [{ personalId: registration.subjectPersonalId, fullName: content.organisation.name, dateOfBirth: '' }],
    holderName: (content) => content.organisation.name,
  },
  bundle: () => [],
});
