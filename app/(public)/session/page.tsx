import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { citizenFrom, currentSession, officeFrom } from '@/lib/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('session'))('title') };
}

/**
 * Who this browser is signed in as, checked as every signed-in page checks it (the proxy's auth,
 * then the guards, which re-read an office account and a representative's organisation): on a
 * shared phone, the way to be sure. Nothing else is read, so `npm run bench` also uses it as P2's
 * baseline (issue 11): the same session check in a minimal page of the same build.
 */
export default async function SessionPage() {
  const session = await currentSession();
  const [t, tc, to, citizen, officer] = await Promise.all([getTranslations('session'), getTranslations('common'), getTranslations('office'), citizenFrom(session), officeFrom(session)]);
  const who = citizen ?? officer;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {!who ? (
        <>
          <p>{t('signedOut')}</p>
          <p>
            <Link href="/sign-in">{tc('signIn')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{tc('signedInAs', { name: who.name })}</p>
          <p>
            {t('role')}: {citizen ? t(`roles.${citizen.role}`, { organisation: citizen.organisationName ?? '' }) : to(`roles.${officer!.role}`)}
          </p>
          <p>{t('sharedDevice')}</p>
        </>
      )}
    </div>
  );
}
