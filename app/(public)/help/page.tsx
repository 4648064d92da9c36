import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PROCEDURES } from '@/lib/procedures/catalogue';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('help'))('title') };
}

export default async function HelpPage() {
  const [t, tc, tp] = await Promise.all([getTranslations('help'), getTranslations('common'), getTranslations('procedures')]);
  const sections = [
    ['signInTitle', 'signIn'],
    ['papersTitle', 'papers'],
    ['deadlineTitle', 'deadline'],
  ] as const;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <section aria-labelledby="help-procedures" className="space-y-2">
        <h2 id="help-procedures" className="text-2xl font-bold">{t('procedure.procedureListTitle')}</h2>
        <ul className="list-disc space-y-1 ps-6">
          {PROCEDURES.filter((p) => p.available).map((p) => (
            <li key={p.code}>
              <Link href={`/help/${p.code}`}>{tp(`${p.code}.name`)}</Link>
            </li>
          ))}
        </ul>
      </section>
      {sections.map(([title, body]) => (
        <section key={title} className="space-y-2">
          <h2 className="text-2xl font-bold">{t(title)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('offlineTitle')}</h2>
        <p>
          {t('offline')} <Link href="/registries">{tc('registries')}</Link>.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-2xl font-bold">{t('demoTitle')}</h2>
        <p>{t('demo')}</p>
      </section>
    </div>
  );
}
