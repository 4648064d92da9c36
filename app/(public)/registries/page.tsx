import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { PROCEDURE_CODES } from '@/lib/procedures/catalogue';
import { listOfflineRegistries } from '@/lib/registries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registries'))('title') };
}

export default async function OfflineRegistriesPage() {
  await connection();
  const [t, tp, provinces] = await Promise.all([getTranslations('registries'), getTranslations('procedures'), getDb().then(listOfflineRegistries)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="max-w-3xl">{t('lead')}</p>
      {provinces.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        provinces.map((province) => (
          <section key={province.provinceCode} aria-labelledby={`p-${province.provinceCode}`} className="space-y-3">
            <h2 id={`p-${province.provinceCode}`} className="text-2xl font-bold">
              {province.provinceName} <span className="text-base font-normal text-ink-muted">({t('count', { count: province.registries.length })})</span>
            </h2>
            <ul className="space-y-3">
              {province.registries.map((r) => (
                <li key={r.code} className="rounded-md border-2 border-neutral-300 p-4">
                  <h3 className="text-lg font-bold">{r.name}</h3>
                  <p>
                    <span className="font-semibold">{t('procedures')}: </span>
                    {r.procedures.length === PROCEDURE_CODES.length ? t('allProcedures') : r.procedures.map((p) => tp(`${p.code}.name`)).join('; ')}
                  </p>
                  {r.procedures[0]?.note && (
                    <p>
                      <span className="font-semibold">{t('reason')}: </span>
                      {/* written by the registry, in Vietnamese */}
                      <span lang="vi">{r.procedures[0].note}</span>
                    </p>
                  )}
                  <p>{t('whatToDo')}</p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      <p>
        <a href="/api/registries/offline">{t('json')}</a>
      </p>
    </div>
  );
}
