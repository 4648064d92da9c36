import type { Metadata } from 'next';
import { ClientMessages } from '@/lib/i18n/client-messages';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { WhyWeAsk } from '@/components/form/why-we-ask';
import { getDb } from '@/db/client';
import { attachmentsOfApplication, reusableDocumentsIn } from '@/lib/applications/attachments';
import { ethnicityOptions, formMessagesOf, loadFormPage, pageValues, registryOptions } from '@/lib/applications/form-page';
import { requireFilerPage } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { formatPersonalId } from '@/lib/identity/personal-id';
import { orNotFound } from '@/lib/not-found';
import { pageOf } from '@/lib/procedures/form-types';
import { saveStepAction } from '../../actions';
import { DocumentsStep } from './documents-step';
import { StepForm } from './page-parts';

type Params = { id: string; step: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { id, step } = await params;
  const citizen = await requireFilerPage(`/applications/${id}/${step}`, id);
  const messages = await formMessagesOf(await getDb(), { applicationId: id, personalId: citizen.personalId, organisationCode: citizen.organisationCode });
  const t = await getTranslations();
  const key = messages ? `${messages}.steps.${step}` : '';
  return { title: key && t.has(key) ? t(key) : t('errors.notFoundTitle') };
}

/** One page of any procedure's e-form, drawn from the procedure's data. */
export default async function StepPage({ params }: { params: Promise<Params> }) {
  const { id, step } = await params;
  const citizen = await requireFilerPage(`/applications/${id}/${step}`, id);
  const db = await getDb();
  const page = await orNotFound(loadFormPage(db, { applicationId: id, personalId: citizen.personalId, organisationCode: citizen.organisationCode, clock: systemClock }));
  const form = page.procedure.formFor(page.app.formVersion);
  const def = pageOf(form, step);
  if (!def || !page.steps.includes(step)) notFound();
  if (!page.editable) redirect(`/applications/${id}`);
  const t = await getTranslations();
  const ns = form.messages;
  const index = page.steps.indexOf(step);
  // A helper's way back from the first page is their desk's list, not the citizen's applications.
  const back = index === 0 ? (citizen.assistedBy ? `/office/assist/${citizen.assistedBy.filingId}` : '/applications') : `/applications/${id}/${page.steps[index - 1]}`;
  const { procedure, answers, ctx } = page;
  const fixed = Object.keys(procedure.fixedValues(step, answers, ctx));
  const values = pageValues(page.open, step, page.app.registryCode);

  return (
    <ClientMessages include={[ns]}>
      <div className="max-w-2xl space-y-6">
        <p>
          <Link href={back}>← {t('form.back')}</Link>
        </p>
        <div className="space-y-2">
          <p className="text-ink-muted">{t('form.stepOf', { current: index + 1, total: page.steps.length + 1 })}</p>
          <h1 className="text-3xl font-bold">{t(`${ns}.steps.${step}`)}</h1>
          <p>{t(`${ns}.stepLeads.${step}`)}</p>
          {t.has(`${ns}.why.${step}`) && <WhyWeAsk title={t('form.whyTitle')} text={t(`${ns}.why.${step}`)} />}
        </div>
        {step === 'applicant' && (
          <div className="rounded-md bg-neutral-100 p-3">
            <p className="font-semibold">{t('applicantIdentity')}</p>
            <p>
              {ctx.applicant.fullName} · {formatPersonalId(ctx.applicant.personalId)} · {ctx.applicant.dateOfBirth.split('-').reverse().join('/')}
            </p>
          </div>
        )}
        {def.kind === 'attachments' ? (
          <DocumentsStep
            applicationId={id}
            step={step}
            messages={ns}
            required={procedure.requiredAttachments(answers, ctx)}
            attachments={await attachmentsOfApplication(db, id, citizen.personalId, citizen.organisationCode)}
            // A helper never sees the citizen's documents: no reuse of issued ones at the desk.
            reusable={citizen.assistedBy ? {} : await reusableDocumentsIn(db, page.open, { personalId: citizen.personalId, now: systemClock() })}
          />
        ) : (
          <StepForm
            applicationId={id}
            procedureCode={page.app.procedureCode}
            formVersion={page.app.formVersion}
            step={step}
            fields={def.fields}
            messages={ns}
            defaultValues={values}
            options={{
              ethnicities: ethnicityOptions(),
              ...(def.fields.some((f) => f.optionsFrom === 'registries') ? { registries: registryOptions(String(values.registryCode ?? page.app.registryCode), procedure.competentRegistries(answers, ctx)) } : {}),
              ...procedure.pageOptions?.(step, answers, ctx, (key, vals) => t(key as 'form.back', vals)),
            }}
            notice={procedure.notice(ctx)}
            readOnly={fixed}
            save={saveStepAction}
            excludeOptions={procedure.excludedOptions(step, answers)}
            nextPath={`/applications/${id}/${page.steps[index + 1] ?? 'review'}`}
            stepTitles={Object.fromEntries(page.steps.map((s) => [s, t(`${ns}.steps.${s}`)]))}
          />
        )}
        <p className="text-sm text-ink-muted">{t('form.saveLater')}</p>
      </div>
    </ClientMessages>
  );
}
