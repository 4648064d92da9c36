import { residenceCommune } from '@/lib/population/residence';
import { renderDeathExtractPdf, type DeathExtractContent } from '@/lib/documents/death-extract-pdf';
import { defineProcedure } from '../contract';
import { deathBundle } from './bundle';
import { crossChecks, deathNoticeFacts, registrationType, requiredDocuments, visibleSteps } from './checks';
import { loadDeathContext, type DeathContext } from './context';
import { extractContent, extractPreview } from './document';
import { DEATH_FORM } from './form';
import { registerDeath } from './registration';
import { reviewFindings } from './review';
import type { DeathAnswers } from './schema';
import { summariseDeathAnswers } from './summary';

/** Death registration (procedures.md §2) as the engine sees it. */
export const DEATH_REGISTRATION = defineProcedure<DeathAnswers, DeathContext, DeathExtractContent>({
  code: 'deathRegistration',
  forms: [DEATH_FORM],
  presence: 'none',
  ceremony: null,
  verification: null,
  /** Immediately once complete (Law Art. 34(2)). */
  processingWorkingDays: 0,
  verificationWorkingDays: 3,
  /** Exempt on time (≤ 15 days, Law Art. 11(1)); late: the province's fee. */
  fee: { item: 'lateRegistration', quantity: (answers) => (answers.death ? 1 : 0), exemption: (answers, _ctx, on) => (answers.death && registrationType(answers.death.dateOfDeath, on) === 'late' ? null : 'onTimeDeath') },
  loadContext: loadDeathContext,
  defaultRegistry: residenceCommune,
  competentRegistries: () => null,
  visiblePages: (answers, ctx) => visibleSteps(answers, ctx),
  pageDefaults(page, answers, ctx, registryCode) {
    const suggested: Record<string, Record<string, unknown>> = {
      applicant: { relationship: '', phone: ctx.applicant.phone ?? '', email: ctx.applicant.email ?? '' },
      deceased: { personalId: '' },
      // The commune of the deceased's last residence (Law Art. 32).
      registry: { registryCode: (ctx.deceased && residenceCommune(ctx.deceased)) ?? registryCode },
      death: { dateOfDeath: '', timeOfDeath: '', placeOfDeath: '', cause: '', noticeNumber: '', noticeDate: '' },
      documents: { deathNotice: [], authorisation: [] },
      bundle: { residenceDeletion: true, funeralAllowance: false, survivorAllowance: false, recipientPersonalId: ctx.applicant.personalId, bankAccount: '', bank: '' },
    };
    const merged = { ...suggested[page], ...(answers[page as keyof DeathAnswers] as Record<string, unknown> | undefined) };
    return page === 'death' && ctx.deathNotice ? { ...merged, ...deathNoticeFacts(ctx.deathNotice) } : merged;
  },
  // The electronic death notice decides the facts of the death.
  fixedValues: (page, _answers, ctx) => (page === 'death' && ctx.deathNotice ? deathNoticeFacts(ctx.deathNotice) : {}),
  excludedOptions: () => ({}),
  notice: (ctx) => (ctx.deathNotice ? { number: ctx.deathNotice.number, issuer: ctx.deathNotice.issuer } : null),
  crossChecks,
  reviewFindings,
  requiredAttachments: (answers, ctx) => requiredDocuments(answers, ctx),
  attachmentKinds: ['deathNotice', 'authorisation'],
  summary: (answers, ctx) => summariseDeathAnswers(answers, ctx),
  title: (_answers, ctx) => ctx.deceased?.fullName ?? '',
  reviewPanels: (ctx) => [
    ...(ctx.deceased ? [{ title: 'death.steps.deceased', person: ctx.deceased }] : []),
    ...(ctx.spouse ? [{ title: 'death.review.spouse', person: ctx.spouse }] : []),
  ],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: { kind: 'entry', eventType: 'death', book: (year) => `01/${year}`, register: registerDeath },
  document: {
    kind: 'deathExtract',
    fileName: 'trich-luc-khai-tu',
    content: extractContent,
    render: renderDeathExtractPdf,
    preview: extractPreview,
    holders: (content, registration) => [{ personalId: registration.subjectPersonalId, fullName: content.deceased.fullName, dateOfBirth: content.deceased.dateOfBirth }],
    holderName: (content) => content.deceased.fullName,
  },
  bundle: deathBundle,
});
