import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireOfficePage } from '@/lib/auth';
import { registerViewer } from '@/lib/civil-status/register';
import { RegisterSearchForm } from './search-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registerSearch'))('title') };
}

/** The register search for office roles; a citizen gets "not found". */
export default async function RegisterSearchPage() {
  const session = await requireOfficePage('register.search', '/office/register');
  const [t, viewer] = await Promise.all([getTranslations('registerSearch'), getDb().then((db) => registerViewer(db, session.userId))]);
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('lead')}</p>
      <p className="font-semibold">{t('scope', { scope: viewer.body })}</p>
      <RegisterSearchForm />
    </div>
  );
}
