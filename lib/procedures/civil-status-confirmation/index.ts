import { renderConfirmationLetterPdf, type ConfirmationLetterContent } from '@/lib/documents/confirmation-letter-pdf';
import { residenceCommune } from '@/lib/population/residence';
import { defineProcedure } from '../contract';
import { requesterDefaults } from '../requester';
import { crossChecks, requiredDocuments, visibleSteps } from './checks';
import { loadConfirmationContext, type ConfirmationContext } from './context';
import { letterContent, letterPreview } from './document';
import { CONFIRMATION_FORM } from './form';
import type { ConfirmationAnswers } from './schema';
import { reviewFindings, summariseConfirmationAnswers } from './summary';

/** Confirmation of civil-status information for an individual (procedures.md §10; Circular 01/2022 Art. 8(1)). */
export const CIVIL_STATUS_CONFIRMATION = defineProcedure<ConfirmationAnswers, ConfirmationContext, ConfirmationLetterContent>({
  code: 'civilStatusConfirmation',
  forms: [CONFIRMATION_FORM],
  presence: 'none',
  ceremony: null,
  /** Decision 2228/QĐ-BTP: 3 working days; the police's verification extends it. */
  processingWorkingDays: 3,
  verificationWorkingDays: 5,
  verification: { agencies: ['police'], subject: (_answers, ctx) => (ctx.subject ? { personalId: ctx.subject.personalId, fullName: ctx.subject.fullName, dateOfBirth: ctx.subject.dateOfBirth } : null) },
  /** The national catalogue lists no fee for it (procedures.md: unverified): charged where a province publishes one. */
  fee: { item: 'confirmation', quantity: () => 1, exemption: () => null },
  loadContext: loadConfirmationContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: (answers) => visibleSteps(answers),
  pageDefaults(page, answers, ctx, registryCode) {
    // Type (c): the differences the database itself sees between the entries are suggested.
    const found = ctx.detected[0];
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: requesterDefaults(ctx.applicant),
      registry: { registryCode },
      request: { kind: '', events: 'all', purpose: '', agencyRequest: false },
      inconsistencies: {
        item1Information: found?.information ?? '',
        item1FirstValue: found?.firstValue ?? '',
        item1FirstDocument: found?.firstDocument ?? '',
        item1SecondValue: found?.secondValue ?? '',
        item1SecondDocument: found?.secondDocument ?? '',
        item2Information: '',
        item2FirstValue: '',
        item2FirstDocument: '',
        item2SecondValue: '',
        item2SecondDocument: '',
      },
      documents: { proofs: [], authorisation: [], agencyLetter: [] },
    };
    return { ...suggested[page], ...(answers[page as keyof ConfirmationAnswers] as Record<string, unknown> | undefined) };
  },
  fixedValues: () => ({}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks,
  reviewFindings: (answers, ctx) => reviewFindings(answers, ctx),
  requiredAttachments: (answers) => requiredDocuments(answers),
  attachmentKinds: ['proofs', 'authorisation', 'agencyLetter'],
  summary: (answers, ctx) => summariseConfirmationAnswers(answers, ctx),
  title: (_answers, ctx) => ctx.subject?.fullName ?? '',
  reviewPanels: (ctx) => [{ title: 'confirm.review.applicant', person: ctx.applicant }, ...(ctx.subject && ctx.subject.personalId !== ctx.applicant.personalId ? [{ title: 'confirm.review.subject', person: ctx.subject }] : [])],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: {
    kind: 'letter',
    series: 'confirmationLetter',
    book: (year) => `XNTTHT/${year}`,
    prepare: async (_tx, input) => ({ subjectPersonalId: input.ctx.subject?.personalId ?? input.ctx.applicant.personalId, facts: { letterKind: input.answers.request?.kind ?? '' } }),
  },
  document: {
    kind: 'confirmationLetter',
    fileName: 'van-ban-xac-nhan-thong-tin-ho-tich',
    content: letterContent,
    render: renderConfirmationLetterPdf,
    preview: letterPreview,
    holders: (content) => [{ personalId: content.subject.personalId, fullName: content.subject.fullName, dateOfBirth: content.subject.dateOfBirth }],
    holderName: (content) => content.subject.fullName,
  },
  bundle: () => [],
});
