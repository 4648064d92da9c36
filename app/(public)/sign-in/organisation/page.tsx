import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signInAsOrganisation } from '@/app/actions/session';
import { CredentialsSignInForm } from '@/components/credentials-sign-in-form';
import { ClientMessages } from '@/lib/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organisationSignIn'))('title') };
}

/** Sign-in for an organisation's representative (Circular 01/2022 Art. 8(2)). */
export default async function OrganisationSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations('organisationSignIn'), searchParams]);
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : '/apply/organisationConfirmation';
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('lead')}</p>
      <ClientMessages>
        <CredentialsSignInForm callbackUrl={callbackUrl} signIn={signInAsOrganisation} messages="organisationSignIn" />
      </ClientMessages>
      <p>
        <Link href="/sign-in">{t('citizenLink')}</Link>
      </p>
    </div>
  );
}
