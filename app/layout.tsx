import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { env } from '@/lib/env';
import { RootMessages } from '@/lib/i18n/client-messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('serviceName'), template: `%s — ${t('serviceName')}` }, description: t('serviceTagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#a4161a' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('common')]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-focus focus:p-3 focus:text-ink">
          {t('skipToContent')}
        </a>
        <RootMessages>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
        </RootMessages>
        <SiteFooter demo={env.demoMode} />
      </body>
    </html>
  );
}
