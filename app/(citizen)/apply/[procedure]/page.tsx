import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { defaultRegistry } from '@/lib/applications/start-application';
import { requireCitizenPage } from '@/lib/auth';
import { PROCEDURES } from '@/lib/procedures/catalogue';
import { getRegistry } from '@/lib/registries';
import { startApplicationAction } from '../../applications/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apply'))('startTitle') };
}

/** Start page: says before anything is typed whether the applicant's registry takes this online. */
export default async function StartProcedurePage({ params }: { params: Promise<{ procedure: string }> }) {
  const { procedure } = await params;
  const citizen = await requireCitizenPage(`/apply/${procedure}`);
  if (!PROCEDURES.some((p) => p.code === procedure && p.available)) notFound();
  const db = await getDb();
  const [t, registry] = await Promise.all([getTranslations('apply'), defaultRegistry(db, citizen.personalId, procedure)]);
  const details = registry.registryCode ? await getRegistry(db, registry.registryCode) : undefined;
  const name = details ? `${details.name}, ${details.provinceName}` : '';

  if (!registry.acceptsOnline) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold">{t('notOnlineTitle')}</h1>
        <div role="alert" className="space-y-3 rounded-md border-4 border-brand p-4">
          <p className="font-semibold">{details ? t('notOnline', { registry: name }) : t('noResidence')}</p>
          {details && <p>{t('notOnlineWhat', { registry: details.name })}</p>}
        </div>
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t('startTitle')}</h1>
      <p className="text-lg">{t('startLead')}</p>
      <p className="font-semibold">{t('registry', { name })}</p>
      <p>{t('timeLimit')}</p>
      <section aria-labelledby="need" className="space-y-2">
        <h2 id="need" className="text-2xl font-bold">{t('youNeed')}</h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>{t('need1')}</li>
          <li>{t('need2')}</li>
          <li>{t('need3')}</li>
        </ul>
      </section>
      <form action={startApplicationAction}>
        <input type="hidden" name="procedureCode" value={procedure} />
        <input type="hidden" name="startKey" value={randomUUID()} />
        <button type="submit" className="btn-primary">{t('start')}</button>
      </form>
    </div>
  );
}
