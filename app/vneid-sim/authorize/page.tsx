import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { simulatorClient } from '@/lib/vneid-sim';
import { SIMULATOR_PERSONAS } from '@/lib/vneid-sim/accounts';
import { parseAuthorizeRequest } from '@/lib/vneid-sim/protocol';
import { SimulatorSignInForm } from './sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('vneidSim'))('title') };
}

/** The VNeID simulator's sign-in page (authorization endpoint). */
export default async function SimulatorAuthorizePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const client = simulatorClient();
  if (!client) notFound();
  const [t, raw] = await Promise.all([getTranslations('vneidSim'), searchParams]);
  const params = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
  const request = parseAuthorizeRequest(params, client);
  return (
    <div className="mx-auto max-w-lg space-y-6 rounded-lg border-4 border-[#0d47a1] p-5">
      <h1 className="text-2xl font-bold text-[#0d47a1]">{t('title')}</h1>
      <p className="rounded bg-neutral-100 p-3 text-sm">{t('notice')}</p>
      {request.ok ? (
        <SimulatorSignInForm request={params.toString()} personas={SIMULATOR_PERSONAS.map(({ personalId, fullName }) => ({ personalId, fullName }))} />
      ) : (
        <p role="alert" id="error-summary" className="font-semibold">{t('invalidRequest', { error: request.error })}</p>
      )}
    </div>
  );
}
