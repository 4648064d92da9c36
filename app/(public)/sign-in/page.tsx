import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signInWithVneid } from '@/app/actions/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations('signIn'), searchParams]);
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : '/me';
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {params.error && (
        <div role="alert" className="rounded-md border-4 border-brand p-4 font-semibold">{t('error')}</div>
      )}
      {params.signedOut && <p role="status" className="rounded-md bg-neutral-100 p-4">{t('signedOut')}</p>}
      <section aria-labelledby="citizen" className="space-y-3">
        <h2 id="citizen" className="text-2xl font-bold">{t('citizenTitle')}</h2>
        <p>{t('citizenLead')}</p>
        <form action={signInWithVneid}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="btn-primary">{t('vneid')}</button>
        </form>
      </section>
      <section aria-labelledby="organisation" className="space-y-3">
        <h2 id="organisation" className="text-2xl font-bold">{t('organisationTitle')}</h2>
        <p>{t('organisationLead')}</p>
        <p>
          <Link href={params.callbackUrl ? `/sign-in/organisation?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in/organisation'}>{t('organisationLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="office" className="space-y-3">
        <h2 id="office" className="text-2xl font-bold">{t('officeTitle')}</h2>
        <p>
          <Link href="/office/sign-in">{t('officeLink')}</Link>
        </p>
      </section>
    </div>
  );
}
