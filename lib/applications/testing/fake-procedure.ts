import { PDFDocument } from 'pdf-lib';
import { z } from 'zod';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { population, type Person } from '@/lib/population';
import { defineProcedure, type BaseContext } from '@/lib/procedures/contract';
import { freeText, phone } from '@/lib/procedures/fields';
import type { FormDefinition } from '@/lib/procedures/form-types';

/*
 * A procedure that exists only in the tests, built from the contract alone, so the engine (start,
 * save, submit, review, verification, draft, confirmation, registration, signing, pickup,
 * cancellation, withdrawal, delay) is tested without birth or death. It is collected in person
 * (`pickup`), takes 2 working days and 3 more with a verification, as opencrvs tests its engine
 * with fixture events.
 */

export const FAKE_CODE = 'fakeCertificate';

const pages = {
  registry: z.object({ registryCode: z.string().regex(/^\d{5}$/, 'validation.choose') }),
  applicant: z.object({ phone, email: z.literal('') }),
  subject: z.object({ note: freeText(100) }),
  documents: z.object({ proof: z.array(z.uuid()).default([]) }),
};
type FakeAnswers = { [K in keyof typeof pages]?: z.output<(typeof pages)[K]> };
type FakeContext = BaseContext & { registryPerson: Person | null };
type FakeContent = { registryName: string; entryNumber: string; book: string; registeredOn: string; holder: string; dateOfBirth: string; note: string; signer: string };

export const FAKE_FORM: FormDefinition = {
  code: FAKE_CODE,
  version: 1,
  messages: 'birth',
  pages: [
    { id: 'registry', kind: 'fields', schema: pages.registry, fields: [{ name: 'registryCode', kind: 'select', optionsFrom: 'registries' }] },
    { id: 'applicant', kind: 'fields', schema: pages.applicant, fields: [{ name: 'phone', kind: 'text' }] },
    { id: 'subject', kind: 'fields', schema: pages.subject, fields: [{ name: 'note', kind: 'text' }] },
    { id: 'documents', kind: 'attachments', schema: pages.documents, fields: [] },
  ],
};

async function renderFake(content: FakeContent, options: { verifyUrl: string; draft?: boolean }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(`${options.draft ? 'DRAFT ' : ''}FAKE ${content.entryNumber}/${content.book} ${options.verifyUrl.slice(0, 40)}`, { x: 40, y: 800, size: 10 });
  return doc.save();
}

export const FAKE_PROCEDURE = defineProcedure<FakeAnswers, FakeContext, FakeContent>({
  code: FAKE_CODE,
  forms: [FAKE_FORM],
  presence: 'pickup',
  ceremony: null,
  verification: null,
  processingWorkingDays: 2,
  verificationWorkingDays: 3,
  fee: null,
  async loadContext(db: Db, input) {
    const applicant = await population(db).findPerson(input.applicantPersonalId);
    if (!applicant) throw new AppError('notFound');
    return { today: input.today, applicant, registryPerson: applicant };
  },
  defaultRegistry: (applicant) => applicant.permanentResidence?.communeCode ?? null,
  competentRegistries: () => null,
  visiblePages: (answers) => ['registry', 'applicant', 'subject', ...(answers.subject?.note.includes('proof') ? ['documents'] : [])],
  pageDefaults: (page, answers, ctx, registryCode) => ({ ...(page === 'registry' ? { registryCode } : page === 'applicant' ? { phone: ctx.applicant.phone ?? '', email: '' } : {}), ...(answers[page as keyof FakeAnswers] ?? {}) }),
  fixedValues: () => ({}),
  excludedOptions: () => ({}),
  notice: () => null,
  crossChecks: (answers) => (answers.subject?.note === 'forbidden' ? [{ step: 'subject', field: 'note', message: 'validation.required' }] : []),
  reviewFindings: (answers) => (answers.subject?.note.includes('check') ? [{ field: 'subject.note', code: 'lateRegistration', severity: 'info' }] : []),
  requiredAttachments: (answers) => (answers.subject?.note.includes('proof') ? ['proof'] : []),
  attachmentKinds: ['proof'],
  summary: (answers) => (answers.subject ? [{ label: 'birth.fields.placeOfBirth', value: answers.subject.note, step: 'subject' }] : []),
  title: (answers, ctx) => (answers.subject ? `${ctx.applicant.fullName}: ${answers.subject.note}` : ''),
  reviewPanels: (ctx) => [{ title: 'review.applicant', person: ctx.applicant }],
  parties: () => ({ coApplicants: [], consents: [] }),
  reusableDocuments: () => ({}),
  registration: {
    kind: 'entry',
    // The register accepts only real books (cs_records_event_type): the fake writes in one no procedure uses yet.
    eventType: 'guardianship',
    book: (year) => `FK/${year}`,
    async register(_tx, input) {
      return { subjectPersonalId: input.ctx.applicant.personalId, otherPartyPersonalId: null, nameOnRecord: input.ctx.applicant.fullName, registrationType: 'onTime', facts: { note: input.answers.subject?.note ?? '' }, lock: [], persons: [{ role: 'holder', personalId: input.ctx.applicant.personalId, fullName: input.ctx.applicant.fullName, dateOfBirth: input.ctx.applicant.dateOfBirth }] };
    },
  },
  document: {
    kind: 'recordedOtherExtract',
    fileName: 'giay-thu',
    content: (answers, ctx, registration, signer) => ({
      registryName: registration.registryName, entryNumber: registration.entryNumber, book: registration.book, registeredOn: registration.registeredOn,
      holder: ctx.applicant.fullName, dateOfBirth: ctx.applicant.dateOfBirth, note: answers.subject?.note ?? '', signer: signer?.fullName ?? '',
    }),
    render: renderFake,
    preview: (c) => [{ label: 'verify.registry', value: c.registryName }],
    holders: (c, registration) => [{ personalId: registration.subjectPersonalId, fullName: c.holder, dateOfBirth: c.dateOfBirth }],
    holderName: (c) => c.holder,
  },
  bundle: () => [],
});
