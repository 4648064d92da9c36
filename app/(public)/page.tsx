import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { requestSession } from '@/lib/auth';
import { PROCEDURES } from '@/lib/procedures/catalogue';

export default async function HomePage() {
  const [t, tp, session] = await Promise.all([getTranslations('home'), getTranslations('procedures'), requestSession()]);
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <p className="max-w-3xl text-lg">{t('lead')}</p>
        {!session && (
          <p>
            <Link href="/sign-in" className="btn-primary">{t('start')}</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="how" className="space-y-3">
        <h2 id="how" className="text-2xl font-bold">{t('howTitle')}</h2>
        <ol className="list-decimal space-y-1 ps-6">
          <li>{t('how1')}</li>
          <li>{t('how2')}</li>
          <li>{t('how3')}</li>
          <li>{t('how4')}</li>
        </ol>
      </section>

      <section aria-labelledby="catalogue" className="space-y-4">
        <h2 id="catalogue" className="text-2xl font-bold">{t('catalogueTitle')}</h2>
        <p>{t('catalogueLead')}</p>
        <ul className="grid gap-4 sm:grid-cols-2">
          {PROCEDURES.filter((p) => !('forOrganisations' in p)).map((p) => (
            <li key={p.code} className="flex flex-col gap-2 rounded-md border-2 border-neutral-300 p-4">
              <h3 className="text-lg font-bold">{tp(`${p.code}.name`)}</h3>
              <p className="flex-1 text-ink-muted">{tp(`${p.code}.summary`)}</p>
              {p.available ? (
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <Link href={`/apply/${p.code}`} className="btn-primary">
                    {t('available')}
                    <span className="sr-only">: {tp(`${p.code}.name`)}</span>
                  </Link>
                  <Link href={`/help/${p.code}`}>
                    {t('helpLink')}
                    <span className="sr-only">: {tp(`${p.code}.name`)}</span>
                  </Link>
                </div>
              ) : (
                <p className="self-start rounded bg-neutral-200 px-2 py-1 text-sm font-semibold">{t('coming')}</p>
              )}
            </li>
          ))}
        </ul>
        <section aria-labelledby="organisations" className="space-y-2 rounded-md border-2 border-neutral-300 p-4">
          <h3 id="organisations" className="text-lg font-bold">{tp('organisationConfirmation.name')}</h3>
          <p className="text-ink-muted">{tp('organisationConfirmation.summary')}</p>
          <Link href="/sign-in/organisation" className="btn-secondary inline-block">{t('organisationsLink')}</Link>
        </section>
        <p>
          {t('offlineNotice')} <Link href="/registries">{t('offlineLink')}</Link>
        </p>
      </section>
    </div>
  );
}
