import { createHmac } from 'node:crypto';
import { DeviceOwner } from '@/components/offline/device-owner';
import { env } from '@/lib/env';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/app/actions/preferences';
import { signOutAction } from '@/app/actions/session';
import { SignOutButton } from '@/components/offline/forget-device-drafts';
import { requestSession } from '@/lib/auth';
import { isOfficeRole } from '@/lib/auth/permissions';
import { languageChoices } from '@/lib/i18n/catalogues';

export async function SiteHeader() {
  const [t, locale, session] = await Promise.all([getTranslations('common'), getLocale(), requestSession()]);
  const role = session?.user.role;
  // Who the device's drafts belong to, as an opaque id (components/offline/device-owner.tsx).
  const subject = session?.user ? (session.user.userId ?? session.user.personalId ?? null) : null;
  const owner = subject ? createHmac('sha256', env.authSecret).update(`device-owner:${role}:${subject}`).digest('base64url').slice(0, 22) : null;
  // Every other language of the catalogues, each named in itself.
  const others = languageChoices().filter((c) => c.locale !== locale);
  const links =
    role === 'citizen'
      ? [
          { href: '/me', label: t('myProfile') },
          { href: '/applications', label: t('myApplications') },
          { href: '/documents', label: t('myDocuments') },
        ]
      : role === 'organisation'
        ? [
            { href: '/applications', label: t('organisationApplications') },
            { href: '/documents', label: t('organisationDocuments') },
            { href: '/apply/organisationConfirmation', label: t('organisationNewRequest') },
          ]
        : isOfficeRole(role)
        ? [{ href: '/office', label: t('officeArea') }]
        : [];

  return (
    <header className="bg-brand text-white print:hidden">
      <DeviceOwner owner={owner} />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-white no-underline">
          {t('serviceName')}
          <span className="block text-sm font-normal">{t('serviceTagline')}</span>
        </Link>
        <form action={setLocale} className="flex flex-wrap gap-2">
          {others.map((c) => (
            <button key={c.locale} type="submit" name="locale" value={c.locale} lang={c.locale} aria-label={c.switchLabel} className="min-h-11 rounded-md border-2 border-white px-3 py-1 font-semibold text-white hover:bg-brand-dark">
              {c.name}
            </button>
          ))}
        </form>
      </div>
      <nav aria-label={t('mainNav')} className="bg-brand-dark">
        <ul className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-1 px-4 py-2">
          <li>
            <Link href="/" className="inline-block py-2 text-white">{t('home')}</Link>
          </li>
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="inline-block py-2 text-white">{l.label}</Link>
            </li>
          ))}
          <li>
            <Link href="/help" className="inline-block py-2 text-white">{t('help')}</Link>
          </li>
          <li className="ms-auto">
            {session ? (
              <form action={signOutAction} className="flex flex-wrap items-center gap-3">
                <Link href="/session" className="inline-block py-2 text-sm text-white">
                  {t('signedInAs', { name: session.user.organisationName ? `${session.user.name} (${session.user.organisationName})` : session.user.name })}
                </Link>
                <SignOutButton label={t('signOut')} className="min-h-11 py-2 font-semibold text-white underline" />
              </form>
            ) : (
              <Link href="/sign-in" className="inline-block py-2 font-semibold text-white">{t('signIn')}</Link>
            )}
          </li>
        </ul>
      </nav>
    </header>
  );
}
