import { renderMarriageCertificatePdf, type MarriageCertificateContent } from '@/lib/documents/marriage-certificate-pdf';
import { residenceCommune } from '@/lib/population/residence';
import { defineProcedure } from '../contract';
import { competentRegistries, confirmedStatuses, crossChecks, requiredDocuments, sides, visibleSteps } from './checks';
import { loadMarriageContext, type MarriageContext } from './context';
import { AMENDABLE_MARRIAGE_FIELDS, amendCertificate, certificateContent, certificateHolders, certificatePreview } from './document';
import { MARRIAGE_FORM } from './form';
import { registerMarriage } from './registration';
import { reviewFindings } from './review';
import { PARTIES, type MarriageAnswers } from './schema';
import { summariseMarriageAnswers } from './summary';

/**
 * Marriage registration (procedures.md §3) as the engine sees it: two applicants (the other party
 * confirms the joint declaration from their own account), and a ceremony at which both appear and
 * the marriage is registered (presence `ceremony`). One certificate original for each spouse.
 */
export const MARRIAGE_REGISTRATION = defineProcedure<MarriageAnswers, MarriageContext, MarriageCertificateContent>({
  code: 'marriageRegistration',
  forms: [MARRIAGE_FORM],
  presence: 'ceremony',
  /** A booked appointment missed by a week, not moved, refuses the application (design choice). */
  verification: null,
  ceremony: { missedAfterWorkingDays: 5 },
  /** Immediately once the conditions are met (Law on Civil Status Art. 18(2)). */
  processingWorkingDays: 0,
  /** A status the databases cannot confirm is verified with the commune of residence (3 working days). */
  verificationWorkingDays: 3,
  /** Exempt for Vietnamese citizens residing in Vietnam (Law Art. 11(1)(b)). */
  fee: { item: 'registration', quantity: () => 1, exemption: () => 'marriage' },
  loadContext: loadMarriageContext,
  defaultRegistry: residenceCommune,
  competentRegistries: (_answers, ctx) => (ctx.other ? competentRegistries(ctx) : null),
  visiblePages: visibleSteps,
  pageDefaults(page, answers, ctx, registryCode) {
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: { party: ctx.applicant.sex === 'female' ? 'bride' : 'groom', phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
      otherParty: { personalId: '' },
      registry: { registryCode },
      status: Object.fromEntries(PARTIES.flatMap((p) => [[`${p}Status`, ''], [`${p}Court`, ''], [`${p}JudgmentNumber`, ''], [`${p}JudgmentDate`, '']])),
      ceremony: { intendedDate: '' },
      documents: { groomStatusCertificate: [], brideStatusCertificate: [], groomDivorceJudgment: [], brideDivorceJudgment: [] },
    };
    const merged = { ...suggested[page], ...(answers[page as keyof MarriageAnswers] as Record<string, unknown> | undefined) };
    return page === 'status' ? { ...merged, ...confirmedStatuses(answers, ctx) } : merged;
  },
  // A status the databases confirm is theirs, not the applicant's (procedures.md: "the ECSD value prevails").
  fixedValues: (page, answers, ctx) => (page === 'status' ? confirmedStatuses(answers, ctx) : {}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks,
  reviewFindings: (answers, ctx) => reviewFindings(answers, ctx),
  requiredAttachments: requiredDocuments,
  attachmentKinds: ['groomStatusCertificate', 'brideStatusCertificate', 'groomDivorceJudgment', 'brideDivorceJudgment'],
  summary: (answers, ctx) => summariseMarriageAnswers(answers, ctx),
  title(answers, ctx) {
    const { groom, bride } = sides(answers, ctx);
    return groom && bride ? `${groom.person.fullName} – ${bride.person.fullName}` : '';
  },
  reviewPanels(ctx) {
    return [{ title: 'marriage.review.applicant', person: ctx.self.person }, ...(ctx.other ? [{ title: 'marriage.review.otherParty', person: ctx.other.person }] : [])];
  },
  parties: (_answers, ctx) => ({ coApplicants: ctx.other ? [{ personalId: ctx.other.person.personalId, purpose: 'jointDeclaration' }] : [], consents: [] }),
  reusableDocuments(answers, ctx) {
    const s = sides(answers, ctx);
    const reusable: Record<string, { documentKind: 'maritalStatusCertificate'; holderPersonalId: string }> = {};
    for (const p of PARTIES) {
      const record = s[p];
      if (record && record.status === null) reusable[`${p}StatusCertificate`] = { documentKind: 'maritalStatusCertificate', holderPersonalId: record.person.personalId };
    }
    return reusable;
  },
  registration: { kind: 'entry', eventType: 'marriage', book: (year) => `01/${year}`, register: registerMarriage },
  document: {
    kind: 'marriageCertificate',
    fileName: 'giay-chung-nhan-ket-hon',
    content: certificateContent,
    render: renderMarriageCertificatePdf,
    preview: certificatePreview,
    holders: (content) => certificateHolders(content),
    holderName: (content) => `${content.husband.fullName} – ${content.wife.fullName}`,
    amendable: AMENDABLE_MARRIAGE_FIELDS,
    amend: amendCertificate,
  },
  bundle: () => [],
});
