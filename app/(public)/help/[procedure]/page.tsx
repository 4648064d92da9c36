import type { Metadata } from 'next';
import Link from 'next/link';
import { nounsFrom } from '@/lib/i18n/procedure-words';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isProcedureAvailable, procedureOf } from '@/lib/procedures';
import { PROCEDURES } from '@/lib/procedures/catalogue';
import { PrintButton } from './print-button';

/*
 * A procedure's help page, public so a person can prepare before signing in or before coming to
 * the one-stop desk: what you need, how long it takes, what it costs, what happens next, and, where
 * the procedure needs the person at the registry, a checklist to print. Everything comes from the
 * procedure's definition and its messages: a new procedure gets its page with nothing added here.
 */

function helpedProcedure(code: string) {
  const listed = PROCEDURES.find((p) => p.code === code);
  return listed?.available && isProcedureAvailable(code) ? procedureOf(code) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ procedure: string }> }): Promise<Metadata> {
  const { procedure } = await params;
  const t = await getTranslations();
  const definition = helpedProcedure(procedure);
  if (!definition) return { title: t('errors.notFoundTitle') };
  return { title: t('help.procedure.title', { procedure: t(`procedures.${procedure}.name`) }) };
}

export default async function ProcedureHelpPage({ params }: { params: Promise<{ procedure: string }> }) {
  const { procedure } = await params;
  const definition = helpedProcedure(procedure);
  if (!definition) notFound();
  const [t, all] = await Promise.all([getTranslations('help.procedure'), getTranslations()]);
  const own = (key: string) => all(`${definition.formFor().messages}.start.${key}`);
  const nouns = nounsFrom(all, definition.code);
  const forOrganisations = definition.applicants === 'organisation';
  const needs = [own('need1'), own('need2'), own('need3')];
  const doc = { document: nouns.document };
  const kind = definition.registration.kind;
  const steps = [
    t(forOrganisations ? 'stepSignInOrganisation' : 'stepSignIn'),
    t('stepFile'),
    ...(definition.fee ? [t('stepPay')] : []),
    // Copies of an entry already registered: issued at once, or after an officer finds the entry.
    ...(kind === 'copy' ? [t('stepCopy')] : [t('stepReview'), t('stepDraft', doc), definition.presence === 'ceremony' ? t('stepCeremony', doc) : t(kind === 'letter' ? 'stepSignLetter' : 'stepRegister', doc)]),
    definition.presence === 'pickup' ? t('stepPickup', doc) : t('stepResult', doc),
  ];
  const checklist = definition.presence === 'none' ? [] : [t('bringIdCard'), t(definition.presence === 'ceremony' ? 'bringBothParties' : 'bringAppointment'), t('bringOriginals'), t('bringDossierCode')];

  return (
    <div className="max-w-3xl space-y-6">
      <p className="print:hidden">
        <Link href="/help">{t('allHelp')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('title', { procedure: all(`procedures.${procedure}.name`) })}</h1>
      <p className="text-lg">{own('lead')}</p>

      <section aria-labelledby="help-need" className="space-y-2">
        <h2 id="help-need" className="text-2xl font-bold">{t('needTitle')}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {needs.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="help-time" className="space-y-2">
        <h2 id="help-time" className="text-2xl font-bold">{t('timeTitle')}</h2>
        <p>{own('timeLimit')}</p>
        <p>{t('workingDays')}</p>
      </section>

      <section aria-labelledby="help-cost" className="space-y-2">
        <h2 id="help-cost" className="text-2xl font-bold">{t('costTitle')}</h2>
        <p>{own('cost')}</p>
      </section>

      <section aria-labelledby="help-next" className="space-y-2">
        <h2 id="help-next" className="text-2xl font-bold">{t('nextTitle')}</h2>
        <ol className="list-decimal space-y-1 ps-6">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      {checklist.length > 0 && (
        <section aria-labelledby="help-checklist" className="space-y-3 rounded-md border-2 border-neutral-300 p-4 print:border-0 print:p-0">
          <h2 id="help-checklist" className="text-2xl font-bold">{t('checklistTitle')}</h2>
          <p>{t(definition.presence === 'ceremony' ? 'checklistCeremony' : 'checklistPickup', doc)}</p>
          <ul className="space-y-2">
            {checklist.map((item) => (
              <li key={item} className="flex gap-3">
                <span aria-hidden="true" className="inline-block h-5 w-5 shrink-0 border-2 border-ink" />
                <span>{item}</span>
              </li>
            ))}
          </ul>
          <PrintButton label={t('print')} />
        </section>
      )}

      <p className="print:hidden">
        <Link href={forOrganisations ? '/sign-in/organisation' : `/apply/${procedure}`} className="btn-primary inline-block">
          {t('start')}
          <span className="sr-only">: {all(`procedures.${procedure}.name`)}</span>
        </Link>
      </p>
    </div>
  );
}
