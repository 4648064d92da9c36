import { renderExtractCopyPdf } from '@/lib/documents/extract-copy-pdf';
import { residenceCommune } from '@/lib/population/residence';
import { defineProcedure } from '../contract';
import { requesterDefaults } from '../requester';
import { crossChecks, findCopiedEntries, mayReceive, requiredDocuments, visibleSteps } from './checks';
import { loadCopyContext, type CopyContext } from './context';
import { copyContent, copyPreview, type CopyContent } from './document';
import { COPY_FORM } from './form';
import type { CopyAnswers } from './schema';
import { reviewFindings, summariseCopyAnswers } from './summary';

/** Copies of a civil-status extract or birth certificate (procedures.md §9) as the engine sees it. */
export const EXTRACT_COPY_REQUEST = defineProcedure<CopyAnswers, CopyContext, CopyContent>({
  code: 'extractCopyRequest',
  forms: [COPY_FORM],
  presence: 'none',
  ceremony: null,
  verification: null,
  /** Immediately (Law Art. 64(2)). */
  processingWorkingDays: 0,
  verificationWorkingDays: 0,
  /** 8,000 VND per copy per event (Circular 281/2016/TT-BTC): one event per request. */
  fee: { item: 'copy', quantity: (answers) => Number(answers.request?.copies ?? 0), exemption: () => null },
  loadContext: loadCopyContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: (answers) => visibleSteps(answers),
  pageDefaults(page, answers, ctx, registryCode) {
    // Copies of one's own birth certificate: the child is the applicant, as the population database has them.
    const self = answers.applicant?.relationship === 'self' ? ctx.applicant : ctx.subject;
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: requesterDefaults(ctx.applicant),
      registry: { registryCode },
      request: { documentKind: '', lookup: '', copies: '1' },
      entry: { entryRegistry: registryCode, entryNumber: '', registeredOn: '' },
      birthPersons: { childFullName: self?.fullName ?? '', childDateOfBirth: self?.dateOfBirth ?? '', motherFullName: '', motherDateOfBirth: '', fatherFullName: '', fatherDateOfBirth: '' },
      marriagePersons: { wifeFullName: '', wifeDateOfBirth: '', husbandFullName: '', husbandDateOfBirth: '' },
      deathPersons: { deceasedFullName: '', deceasedDateOfBirth: '', dateOfDeath: '' },
      documents: { authorisation: [] },
    };
    return { ...suggested[page], ...(answers[page as keyof CopyAnswers] as Record<string, unknown> | undefined) };
  },
  fixedValues: () => ({}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks,
  reviewFindings: (answers, ctx) => reviewFindings(answers, ctx),
  requiredAttachments: (answers) => requiredDocuments(answers),
  attachmentKinds: ['authorisation'],
  summary: (answers, ctx) => summariseCopyAnswers(answers, ctx),
  title: (_answers, ctx) => ctx.subject?.fullName ?? '',
  reviewPanels: (ctx) => [{ title: 'copies.review.applicant', person: ctx.applicant }, ...(ctx.subject && ctx.subject.personalId !== ctx.applicant.personalId ? [{ title: 'copies.review.subject', person: ctx.subject }] : [])],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: {
    kind: 'copy',
    find: findCopiedEntries,
    mayReceive,
    // An authorisation is read by an officer before anything is issued.
    issueAtOnce: (answers) => answers.applicant?.relationship !== 'authorised',
    copies: (answers) => Number(answers.request?.copies ?? 1),
  },
  document: {
    kind: 'extractCopy',
    fileName: 'ban-sao-trich-luc',
    content: copyContent,
    render: renderExtractCopyPdf,
    preview: copyPreview,
    holders: (content) => [{ personalId: content.holderPersonalId, fullName: content.subject.fullName, dateOfBirth: content.subject.dateOfBirth }],
    holderName: (content) => content.subject.fullName,
  },
  bundle: () => [],
});
