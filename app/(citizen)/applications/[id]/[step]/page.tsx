import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { StepForm } from '@/components/form/step-form';
import { getDb } from '@/db/client';
import { ethnicityOptions, loadFormPage, registryOptions, stepDefaults } from '@/lib/applications/form-page';
import { requireCitizenPage } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { orNotFound } from '@/lib/not-found';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { STEP_FIELDS } from '@/lib/procedures/birth-registration/form';
import { requiredDocuments, type StepId } from '@/lib/procedures/birth-registration';
import { attachmentsOfApplication } from '@/lib/applications/attachments';
import { saveStepAction } from '../../actions';
import { DocumentsStep } from './documents-step';

type Params = { id: string; step: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations('birth.steps');
  return { title: t.has(step as 'child') ? t(step as 'child') : undefined };
}

export default async function StepPage({ params }: { params: Promise<Params> }) {
  const { id, step } = await params;
  const citizen = await requireCitizenPage(`/applications/${id}/${step}`);
  const db = await getDb();
  const page = await orNotFound(loadFormPage(db, { applicationId: id, personalId: citizen.personalId, clock: systemClock }));
  if (!page.steps.includes(step as StepId)) notFound();
  if (!page.editable) redirect(`/applications/${id}`);
  const stepId = step as Exclude<StepId, 'declaration'>;
  const t = await getTranslations();
  const index = page.steps.indexOf(stepId);
  const back = index === 0 ? '/applications' : `/applications/${id}/${page.steps[index - 1]}`;
  const notice = page.ctx.birthNotice ? { number: page.ctx.birthNotice.number, facility: page.ctx.birthNotice.facility } : null;

  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={back}>← {t('form.back')}</Link>
      </p>
      <div className="space-y-2">
        <p className="text-ink-muted">{t('form.stepOf', { current: index + 1, total: page.steps.length + 1 })}</p>
        <h1 className="text-3xl font-bold">{t(`birth.steps.${stepId}`)}</h1>
        <p>{t(`birth.stepLeads.${stepId}`)}</p>
      </div>
      {stepId === 'applicant' && (
        <div className="rounded-md bg-neutral-100 p-3">
          <p className="font-semibold">{t('applicantIdentity')}</p>
          <p>
            {page.ctx.applicant.fullName} · {formatPersonalId(page.ctx.applicant.personalId)} · {page.ctx.applicant.dateOfBirth.split('-').reverse().join('/')}
          </p>
        </div>
      )}
      {stepId === 'documents' ? (
        <DocumentsStep
          applicationId={id}
          required={requiredDocuments(page.answers, page.ctx)}
          attachments={await attachmentsOfApplication(db, id, citizen.personalId)}
        />
      ) : (
        <StepForm
          applicationId={id}
          step={stepId}
          fields={STEP_FIELDS[stepId]}
          defaultValues={stepDefaults(stepId, page.answers, page.ctx, page.app.registryCode)}
          options={{ ethnicities: ethnicityOptions(), ...(stepId === 'registry' ? { registries: registryOptions(page.app.registryCode) } : {}) }}
          birthNotice={notice}
          save={saveStepAction}
          excludeOptions={stepId === 'child' && page.answers.father?.status !== 'provided' ? { homeTownKind: ['sameAsFather'] } : {}}
        />
      )}
      <p className="text-sm text-ink-muted">{t('form.saveLater')}</p>
    </div>
  );
}
