import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export async function SiteFooter({ demo }: { demo: boolean }) {
  const t = await getTranslations('common');
  return (
    <footer className="mt-12 border-t-4 border-brand bg-neutral-100 print:hidden">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6 text-sm text-ink-muted">
        {demo && <p className="font-semibold text-ink">{t('demoBanner')}</p>}
        <p>{t('footerLegal')}</p>
        <p>{t('footerHelp')}</p>
        <p>
          <Link href="/registries">{t('registries')}</Link> · <Link href="/help">{t('help')}</Link>
          {demo && (
            <>
              {' · '}
              <Link href="/outbox">{t('outbox')}</Link>
            </>
          )}
        </p>
      </div>
    </footer>
  );
}
