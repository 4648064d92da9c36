import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { nounsFrom } from '@/lib/i18n/procedure-words';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import Link from 'next/link';
import { defaultRegistry, mayFile } from '@/lib/applications/start-application';
import { requireCitizenPage } from '@/lib/auth';
import { isProcedureAvailable, procedureOf } from '@/lib/procedures';
import { PROCEDURES } from '@/lib/procedures/catalogue';
import { getRegistry } from '@/lib/registries';
import { startApplicationAction } from '../../applications/actions';

export async function generateMetadata({ params }: { params: Promise<{ procedure: string }> }): Promise<Metadata> {
  const { procedure } = await params;
  const t = await getTranslations();
  if (!isProcedureAvailable(procedure)) return { title: t('errors.notFoundTitle') };
  return { title: t(`${procedureOf(procedure).formFor().messages}.start.title`) };
}

/** Start page: says before anything is typed whether the applicant's registry takes this online. */
export default async function StartProcedurePage({ params }: { params: Promise<{ procedure: string }> }) {
  const { procedure } = await params;
  if (!PROCEDURES.some((p) => p.code === procedure && p.available) || !isProcedureAvailable(procedure)) notFound();
  const forOrganisations = procedureOf(procedure).applicants === 'organisation';
  const citizen = await requireCitizenPage(`/apply/${procedure}`, forOrganisations ? '/sign-in/organisation' : '/sign-in');
  if (!mayFile(procedure, citizen.organisationCode)) {
    // A person cannot file an organisation's request, nor an organisation a person's procedure.
    const t = await getTranslations('apply');
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t(forOrganisations ? 'organisationsOnlyTitle' : 'personsOnlyTitle')}</h1>
        <p>{t(forOrganisations ? 'organisationsOnly' : 'personsOnly')}</p>
        <p>
          <Link href={forOrganisations ? '/sign-in/organisation' : '/apply/organisationConfirmation'}>{t(forOrganisations ? 'organisationsOnlyLink' : 'personsOnlyLink')}</Link>
        </p>
      </div>
    );
  }
  const db = await getDb();
  const [t, all, registry] = await Promise.all([getTranslations('apply'), getTranslations(), defaultRegistry(db, citizen.personalId, procedure)]);
  const definition = procedureOf(procedure);
  const ns = definition.formFor().messages;
  const own = (key: string) => all(`${ns}.start.${key}`);
  const nouns = nounsFrom(all, definition.code);
  const details = registry.registryCode ? await getRegistry(db, registry.registryCode) : undefined;
  const name = details ? `${details.name}, ${details.provinceName}` : '';

  if (!registry.acceptsOnline) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t('notOnlineTitle')}</h1>
        <div role="alert" className="space-y-3 rounded-md border-4 border-brand p-4">
          <p className="font-semibold">{details ? t('notOnline', { registry: name, procedure: nouns.procedure }) : t('noResidence')}</p>
          {details && <p>{t('notOnlineWhat', { registry: details.name })}</p>}
        </div>
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{own('title')}</h1>
      <p className="text-lg">{own('lead')}</p>
      <p className="font-semibold">{t('registry', { name })}</p>
      <p>{own('timeLimit')}</p>
      <section aria-labelledby="need" className="space-y-2">
        <h2 id="need" className="text-2xl font-bold">{t('youNeed')}</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{own('need1')}</li>
          <li>{own('need2')}</li>
          <li>{own('need3')}</li>
        </ul>
        <p>
          <Link href={`/help/${procedure}`}>{all('help.procedure.fullHelp')}</Link>
        </p>
      </section>
      <form action={startApplicationAction}>
        <input type="hidden" name="procedureCode" value={procedure} />
        <input type="hidden" name="startKey" value={randomUUID()} />
        <button type="submit" className="btn-primary">{t('start')}</button>
      </form>
    </div>
  );
}
