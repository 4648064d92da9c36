import { renderAmendmentExtractPdf, type AmendmentExtractContent } from '@/lib/documents/amendment-extract-pdf';
import { residenceCommune } from '@/lib/population/residence';
import { ethnicityCodeByName } from '@/lib/reference/ethnicities';
import { isoDateOfValue, sexOfValue } from '@/lib/civil-status/amended-values';
import { defineProcedure } from '../contract';
import { requesterDefaults } from '../requester';
import { consentNeeded, crossChecks, fieldsFor, requiredDocuments } from './checks';
import { chosenEntry, loadAmendmentContext, recordValues, type AmendmentContext } from './context';
import { extractContent, extractPreview, LEGAL_BASIS } from './document';
import { AMENDMENT_FORM, STEP_ORDER } from './form';
import { itemsOf, type AmendmentAnswers } from './schema';
import { reviewFindings, summariseAmendment } from './summary';


/**
 * Change, correction, supplement of civil-status information and ethnicity re-determination
 * (procedures.md §6) as the engine sees it. Its result is an entry in the registry's amendment book
 * and the extract; registering it changes the amended entry through the adjustment log, and signing
 * it re-issues that entry's certificate as a new version (lib/applications/amend-entry.ts).
 */
export const CIVIL_STATUS_AMENDMENT = defineProcedure<AmendmentAnswers, AmendmentContext, AmendmentExtractContent>({
  code: 'civilStatusAmendment',
  forms: [AMENDMENT_FORM],
  presence: 'none',
  ceremony: null,
  verification: null,
  /** 3 working days, + up to 3 with verification (Law Art. 28(2)); a supplement the same day (Art. 29(2), the 15:00 rule). */
  processingWorkingDays: 3,
  verificationWorkingDays: 3,
  timeLimit: (answers) => (answers.record?.amendmentType === 'supplement' ? 0 : 3),
  /** The province's fee (Law Art. 11); no exemption applies to an amendment. */
  fee: { item: 'amendment', quantity: (answers) => (answers.record ? 1 : 0), exemption: () => null },
  loadContext: loadAmendmentContext,
  defaultRegistry: residenceCommune,
  // The registry that registered the entry, or the one of the person's residence (Law Art. 27, 46).
  competentRegistries: (answers, ctx) => {
    const entry = chosenEntry(answers, ctx);
    return entry ? [...new Set([entry.registryCode, ...(ctx.residenceRegistry ? [ctx.residenceRegistry] : [])])] : null;
  },
  visiblePages: () => [...STEP_ORDER],
  pageDefaults(page, answers, ctx, registryCode) {
    const entry = chosenEntry(answers, ctx);
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: requesterDefaults(ctx.applicant),
      record: { recordId: ctx.entries.length === 1 ? ctx.entries[0]!.id : '', amendmentType: '' },
      items: { item1Field: '', item1Value: '', item1Reason: '', item2Field: '', item2Value: '', item2Reason: '', item3Field: '', item3Value: '', item3Reason: '' },
      registry: { registryCode: entry?.registryCode ?? registryCode },
      documents: { proof: [], consentStatement: [] },
    };
    return { ...suggested[page], ...(answers[page as keyof AmendmentAnswers] as Record<string, unknown> | undefined) };
  },
  fixedValues: () => ({}),
  // An authorised person does not amend someone else's registered data: the person or their legal representative does.
  excludedOptions: (page): Record<string, readonly string[]> => (page === 'applicant' ? { relationship: ['authorised'] } : {}),
  pageOptions(page, answers, ctx, t): Record<string, { value: string; label: string }[]> {
    if (page === 'record') {
      return {
        recordId: ctx.entries.map((e) => ({
          value: e.id,
          label: t('amendment.recordOption', recordValues(e)),
        })),
      };
    }
    if (page !== 'items') return {};
    const entry = chosenEntry(answers, ctx);
    const fields = entry ? fieldsFor(entry, answers.record?.amendmentType) : [];
    const options = fields.map((f) => ({ value: f.label, label: t('amendment.fieldOption', { field: t(f.label), current: f.current || t('amendment.empty') }) }));
    return { item1Field: options, item2Field: options, item3Field: options };
  },
  notice: () => null,
  crossChecks,
  reviewFindings,
  requiredAttachments: requiredDocuments,
  attachmentKinds: ['proof', 'consentStatement'],
  summary: summariseAmendment,
  title: (_answers, ctx) => ctx.subject?.fullName ?? '',
  reviewPanels: (ctx) => (ctx.subject ? [{ title: 'amendment.summary.subject', person: ctx.subject }] : []),
  // The person concerned consents from their own account unless a signed statement was attached.
  parties: (answers, ctx) => ({
    coApplicants: [],
    consents: consentNeeded(answers, ctx) && !answers.documents?.consentStatement?.length ? [{ personalId: ctx.subject!.personalId, purpose: 'amendment' }] : [],
  }),
  reusableDocuments: () => ({}),
  registration: {
    kind: 'entry',
    eventType: 'amendment',
    book: (year) => `01/${year}`,
    async register(_tx, { answers, ctx, population }) {
      const entry = chosenEntry(answers, ctx);
      const type = answers.record?.amendmentType;
      const subject = ctx.subject;
      if (!entry || !type || !subject) throw new Error('An amendment registered without its entry');
      const items = itemsOf(answers);
      // The person's own name, ethnicity, sex and date of birth are the population database's too:
      // queued with the registration (Art. 3(2)); a reissued number brought the last two already.
      const own = (type: 'name' | 'ethnicity' | 'sex' | 'date') => items.find((i) => entry.fields.some((f) => f.label === i.field && f.ofSubject && f.type === type))?.value;
      const fullName = own('name');
      const ethnicityCode = own('ethnicity') && ethnicityCodeByName(own('ethnicity')!);
      const sex = own('sex') && sexOfValue(own('sex')!);
      const dateOfBirth = own('date') && isoDateOfValue(own('date')!);
      const changes = { ...(fullName ? { fullName } : {}), ...(ethnicityCode ? { ethnicityCode } : {}), ...(sex ? { sex } : {}), ...(dateOfBirth ? { dateOfBirth } : {}) };
      if (Object.keys(changes).length > 0) await population.updateIdentity(subject.personalId, changes);
      return {
        subjectPersonalId: subject.personalId,
        otherPartyPersonalId: null,
        nameOnRecord: subject.fullName,
        registrationType: 'new',
        facts: { amendmentType: type },
        lock: [],
        persons: [{ role: 'holder', personalId: subject.personalId, fullName: subject.fullName, dateOfBirth: subject.dateOfBirth }],
        amends: { recordId: entry.id, values: Object.fromEntries(items.map((i) => [i.field, i.value])), legalBasis: `${LEGAL_BASIS[type]}; ${items.map((i) => i.reason).join('; ')}` },
      };
    },
  },
  document: {
    kind: 'amendmentExtract',
    fileName: 'trich-luc-thay-doi-cai-chinh-ho-tich',
    content: extractContent,
    render: renderAmendmentExtractPdf,
    preview: extractPreview,
    holders: (content) => [{ personalId: content.subject.personalId, fullName: content.subject.fullName, dateOfBirth: content.subject.dateOfBirth }],
    holderName: (content) => content.subject.fullName,
  },
  bundle: () => [],
});
