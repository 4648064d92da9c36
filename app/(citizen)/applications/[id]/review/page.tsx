import { summaryValue } from '@/components/ui/summary-value';
import { ClientMessages } from '@/lib/i18n/client-messages';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { loadFormPage } from '@/lib/applications/form-page';
import { requireFilerPage } from '@/lib/auth';
import { systemClock } from '@/lib/calendar';
import { orNotFound } from '@/lib/not-found';
import { feeToPay } from '@/lib/applications/payments';
import { FeeBox } from '../fee-box';
import { WhyWeAsk } from '@/components/form/why-we-ask';
import { SubmitForm } from './submit-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkAnswers'))('title') };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const citizen = await requireFilerPage(`/applications/${id}/review`, id);
  const page = await orNotFound(loadFormPage(await getDb(), { applicationId: id, personalId: citizen.personalId, organisationCode: citizen.organisationCode, clock: systemClock }));
  if (!page.editable) redirect(citizen.assistedBy ? `/office/assist/${citizen.assistedBy.filingId}` : `/applications/${id}`);
  const [t, fee] = await Promise.all([getTranslations(), feeToPay(await getDb(), { applicationId: id, personalId: citizen.personalId, organisationCode: citizen.organisationCode, now: systemClock() })]);
  const rows = page.procedure.summary(page.answers, page.ctx);
  const value = (r: (typeof rows)[number]) => summaryValue(t, r);
  const why = `${page.procedure.formFor(page.app.formVersion).messages}.why.review`;

  return (
    <ClientMessages include={[page.procedure.formFor(page.app.formVersion).messages]}>
      <div className="max-w-3xl space-y-6">
        <p>
          <Link href={`/applications/${id}/${page.steps.at(-1)}`}>← {t('form.back')}</Link>
        </p>
        <h1 className="text-3xl font-bold">{t('checkAnswers.title')}</h1>
        <p>{t('checkAnswers.lead')}</p>
        {t.has(why) && <WhyWeAsk title={t('form.whyTitle')} text={t(why)} />}
        <dl className="divide-y divide-neutral-300 border-y border-neutral-300">
          {rows.map((r) => (
            <div key={r.label + r.value} className="grid gap-1 py-3 sm:grid-cols-[1fr_2fr_auto] sm:gap-4">
              <dt className="font-semibold">{t(r.label)}</dt>
              <dd className="break-words">{value(r)}</dd>
              <dd>
                <Link href={`/applications/${id}/${r.step}`}>
                  {t('form.change')}<span className="sr-only"> {t(r.label)}</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        {page.app.status === 'draft' && <FeeBox fee={fee} lead={t('payment.beforeSubmit')} />}
        <SubmitForm applicationId={id} messages={page.procedure.formFor(page.app.formVersion).messages} />
      </div>
    </ClientMessages>
  );
}
