import { residenceCommune } from '@/lib/population/residence';
import { renderBirthCertificatePdf, type BirthCertificateContent } from '@/lib/documents/birth-certificate-pdf';
import { defineProcedure } from '../contract';
import { birthBundle } from './bundle';
import { loadBirthContext } from './context';
import { AMENDABLE_BIRTH_FIELDS, amendCertificate, certificateContent, certificatePreview } from './document';
import { BIRTH_FORM } from './form';
import { birthNoticeFacts, crossChecks, registrationType, requiredDocuments, suggestChild, type BirthContext } from './prefill';
import { registerBirth } from './registration';
import { reviewFindings } from './review';
import type { BirthAnswers } from './schema';
import { visibleSteps } from './steps';
import { summariseBirthAnswers } from './summary';
import { joinFullName } from '@/lib/population/names';

export * from './schema';
export * from './prefill';
export * from './steps';

/** Birth registration (procedures.md §1) as the engine sees it. */
export const BIRTH_REGISTRATION = defineProcedure<BirthAnswers, BirthContext, BirthCertificateContent>({
  code: 'birthRegistration',
  forms: [BIRTH_FORM],
  presence: 'none',
  ceremony: null,
  verification: null,
  /** Same day once complete (Law Art. 16(2)): 0 working days after the day of receipt. */
  processingWorkingDays: 0,
  /** Up to 3 working days when the parents' marriage is verified with another commune. */
  verificationWorkingDays: 3,
  /** Exempt on time (≤ 60 days, Law Art. 11(1)); late: the province's fee. */
  fee: { item: 'lateRegistration', quantity: (answers) => (answers.child ? 1 : 0), exemption: (answers, _ctx, on) => (answers.child && registrationType(answers.child.dateOfBirth, on) === 'late' ? null : 'onTimeBirth') },
  loadContext: loadBirthContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: (answers, ctx) => visibleSteps(answers, ctx),
  pageDefaults(page, answers, ctx, registryCode) {
    const relationship = answers.applicant?.relationship ?? (ctx.applicant.sex === 'female' ? 'mother' : 'father');
    const suggested: Record<string, Record<string, unknown>> = {
      registry: { registryCode },
      applicant: { relationship, phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
      mother: { personalId: relationship === 'mother' ? ctx.applicant.personalId : '' },
      father: { status: 'provided', personalId: relationship === 'father' ? ctx.applicant.personalId : '' },
      child: { surname: '', middleName: '', givenName: '', timeOfBirth: '', placeOfBirth: '', ethnicityCode: '', homeTown: '', ...suggestChild(ctx) },
      documents: { witnessStatement: [], authorisation: [] },
      bundle: { residence: false, healthInsurance: false },
    };
    const merged = { ...suggested[page], ...(answers[page as keyof BirthAnswers] as Record<string, unknown> | undefined) };
    // The electronic birth notice wins over anything typed earlier.
    return page === 'child' && ctx.birthNotice ? { ...merged, ...birthNoticeFacts(ctx.birthNotice) } : merged;
  },
  fixedValues(page, answers, ctx) {
    // A mother (father) applying for her child is that parent: her own number, not another.
    const relationship = answers.applicant?.relationship;
    if (page === 'mother' && relationship === 'mother') return { personalId: ctx.applicant.personalId };
    if (page === 'father' && relationship === 'father') return { status: 'provided', personalId: ctx.applicant.personalId };
    // The health facility's electronic birth notice decides sex, date, time and place of birth.
    if (page === 'child' && ctx.birthNotice) return birthNoticeFacts(ctx.birthNotice);
    return {};
  },
  excludedOptions: (page, answers): Record<string, readonly string[]> => (page === 'child' && answers.father?.status !== 'provided' ? { homeTownKind: ['sameAsFather'] } : {}),
  notice: (ctx) => (ctx.birthNotice ? { number: ctx.birthNotice.number, issuer: ctx.birthNotice.facility } : null),
  crossChecks,
  reviewFindings,
  requiredAttachments: (answers, ctx) => requiredDocuments(answers, ctx),
  attachmentKinds: ['witnessStatement', 'authorisation'],
  summary: summariseBirthAnswers,
  title: (answers) => (answers.child ? joinFullName(answers.child) : ''),
  reviewPanels: (ctx) => [
    ...(ctx.mother ? [{ title: 'review.mother', person: ctx.mother }] : []),
    ...(ctx.father ? [{ title: 'review.father', person: ctx.father }] : []),
  ],
  reusableDocuments: () => ({}),
  parties(answers, ctx) {
    const head = answers.bundle?.residence ? ctx.householdHead : null;
    return { coApplicants: [], consents: head ? [{ personalId: head.personalId, purpose: 'householdResidence' }] : [] };
  },
  registration: { kind: 'entry', eventType: 'birth', book: (year) => `01/${year}`, register: registerBirth },
  document: {
    kind: 'birthCertificate',
    fileName: 'giay-khai-sinh',
    content: certificateContent,
    render: renderBirthCertificatePdf,
    preview: certificatePreview,
    holders: (content, registration) => [{ personalId: registration.subjectPersonalId, fullName: content.child.fullName, dateOfBirth: content.child.dateOfBirth }],
    holderName: (content) => content.child.fullName,
    amendable: AMENDABLE_BIRTH_FIELDS,
    amend: amendCertificate,
  },
  bundle: birthBundle,
});
