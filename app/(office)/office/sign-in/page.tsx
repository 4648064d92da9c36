import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { signInToOffice } from '@/app/actions/session';
import { CredentialsSignInForm } from '@/components/credentials-sign-in-form';
import { ClientMessages } from '@/lib/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('officeSignIn'))('title') };
}

export default async function OfficeSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, params] = await Promise.all([getTranslations('officeSignIn'), searchParams]);
  const callbackUrl = typeof params.callbackUrl === 'string' ? params.callbackUrl : '/office';
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('lead')}</p>
      <ClientMessages>
        <CredentialsSignInForm callbackUrl={callbackUrl} signIn={signInToOffice} messages="officeSignIn" secondFactor />
      </ClientMessages>
      <p className="text-sm text-ink-muted">{t('maxNote', { minutes: env.officeIdleMinutes, hours: env.officeMaxHours })}</p>
      <p>
        <Link href="/sign-in">{t('citizenLink')}</Link>
      </p>
    </div>
  );
}
