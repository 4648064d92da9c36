import { renderMaritalStatusCertificatePdf, type MaritalStatusCertificateContent } from '@/lib/documents/marital-status-certificate-pdf';
import { residenceCommune } from '@/lib/population/residence';
import { defineProcedure } from '../contract';
import { crossChecks, fixedStatus, requiredDocuments, visibleSteps } from './checks';
import { loadMaritalCertContext, type MaritalCertContext } from './context';
import { certificateContent, certificatePreview, certificateValidity } from './document';
import { MARITAL_CERT_FORM } from './form';
import { registerCertificate } from './registration';
import type { MaritalCertAnswers } from './schema';
import { reviewFindings, summariseMaritalCertAnswers } from './summary';

/** The marital-status certificate (procedures.md §8) as the engine sees it. */
export const MARITAL_STATUS_CERTIFICATE = defineProcedure<MaritalCertAnswers, MaritalCertContext, MaritalStatusCertificateContent>({
  code: 'maritalStatusCertificate',
  forms: [MARITAL_CERT_FORM],
  presence: 'none',
  ceremony: null,
  verification: null,
  /** Decree 123/2015 Art. 22. */
  processingWorkingDays: 3,
  /** Past residences verified with the communes concerned. */
  verificationWorkingDays: 3,
  /** The province's fee (Law Art. 11(2)); charged where the province has published one in the fee schedule. */
  fee: { item: 'certificate', quantity: () => 1, exemption: () => null },
  loadContext: loadMaritalCertContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: visibleSteps,
  pageDefaults(page, answers, ctx, registryCode) {
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: { phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
      registry: { registryCode },
      status: { maritalStatus: '', mismatchNote: '' },
      residence: { livedElsewhere: false, previousAddress: '', previousFrom: '', previousTo: '' },
      purpose: { purpose: '', otherPurpose: '', spouseFullName: '', spouseDateOfBirth: '', spouseNationality: 'Việt Nam', spouseIdDocument: '', country: '' },
      previous: { previousChoice: '', previousReason: '' },
      documents: { divorceJudgment: [] },
    };
    const merged = { ...suggested[page], ...(answers[page as keyof MaritalCertAnswers] as Record<string, unknown> | undefined) };
    return page === 'status' ? { ...merged, ...fixedStatus(ctx) } : merged;
  },
  // The status the databases record prevails; a mismatch is reported in the note (procedures.md §8).
  fixedValues: (page, _answers, ctx) => (page === 'status' ? fixedStatus(ctx) : {}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks,
  reviewFindings: (answers, ctx) => reviewFindings(answers, ctx),
  requiredAttachments: requiredDocuments,
  attachmentKinds: ['divorceJudgment'],
  summary: (answers, ctx) => summariseMaritalCertAnswers(answers, ctx),
  title: (_answers, ctx) => ctx.applicant.fullName,
  reviewPanels: (ctx) => [{ title: 'maritalCert.review.applicant', person: ctx.applicant }],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: { kind: 'entry', eventType: 'maritalStatusCertificate', book: (year) => `01/${year}`, register: registerCertificate },
  document: {
    kind: 'maritalStatusCertificate',
    fileName: 'giay-xac-nhan-tinh-trang-hon-nhan',
    content: certificateContent,
    render: renderMaritalStatusCertificatePdf,
    preview: certificatePreview,
    holders: (content) => [{ personalId: content.person.personalId, fullName: content.person.fullName, dateOfBirth: content.person.dateOfBirth }],
    holderName: (content) => content.person.fullName,
    validity: (content, input) => certificateValidity(content, input),
  },
  bundle: () => [],
});
